import Foundation
import FrontDeskCore
import SQLStore

/// The connection to a chain database's read replica: made when first needed, used only when it
/// is a standby of the same server's same database read with the same role (so the same rows are
/// there, under the same row-level security), and set aside when it fails, to be tried again
/// after a second, then after longer, up to a minute.
final class ReplicaConnection {
    let location: String
    private let conninfo: String
    private let primary: PGConnection
    private var connection: PGConnection?
    /// Counts the connections made: a new one (a standby restarted, or another behind the same
    /// name) has to show again how far it has replayed.
    private(set) var generation = 0
    private var retryAt = Date.distantPast
    private var backoff: TimeInterval = 1
    /// Why the replica is not being used, when it is not.
    private(set) var trouble: String?

    static let notAStandby = "it is not a standby server replaying the primary's log"

    init(conninfo: String, location: String, primary: PGConnection) {
        self.conninfo = conninfo
        self.location = location
        self.primary = primary
    }

    /// The replica, when it is connected or can be connected to now. A primary that cannot say who
    /// it is leaves the replica alone: the read goes to the primary and meets the trouble there.
    func current() -> PGConnection? {
        if let connection { return connection }
        guard Date() >= retryAt, let ours = try? primary.first("SELECT " + Self.identity, map: Self.identityRow) else { return nil }
        do {
            let made = try PGConnection(conninfo: conninfo, location: location, role: .replica)
            if let why = try mismatch(made, ours) {
                made.close()
                setAside(why)
                return nil
            }
            connection = made
            generation += 1
            backoff = 1
            trouble = nil
            return made
        } catch {
            setAside("\(error)")
            return nil
        }
    }

    func setAside(_ why: String) {
        connection?.close()
        connection = nil
        trouble = why
        retryAt = Date().addingTimeInterval(backoff)
        backoff = min(backoff * 2, 60)
    }

    func close() {
        connection?.close()
        connection = nil
    }

    /// Which server's log, which database, which role: the same on a replica as on its primary.
    private static let identity = "(SELECT system_identifier FROM pg_control_system())::text, current_database()::text, session_user::text"
    private static func identityRow(_ row: any SQLRow) -> [String] { [row.text(0), row.text(1), row.text(2)] }

    /// Why `replica` must not stand in for the primary, whose identity is `ours`, or nil when it may.
    private func mismatch(_ replica: PGConnection, _ ours: [String]) throws -> String? {
        guard try replica.first("SELECT pg_is_in_recovery()", map: { $0.bool(0) }) == true else { return Self.notAStandby }
        let theirs = try replica.first("SELECT " + Self.identity, map: Self.identityRow) ?? ["", "", ""]
        if theirs[0] != ours[0] { return "it is a standby of another database server" }
        if theirs[1] != ours[1] { return "it holds the database \(theirs[1]), not \(ours[1])" }
        if theirs[2] != ours[2] {
            return "it is read as \(theirs[2]) and the primary as \(ours[2]): read it as the hotel's own role, so its rules apply there too"
        }
        return nil
    }

    /// Where the primary's log is safely on disk: every commit it has acknowledged or announced
    /// (frontdesk's sessions commit synchronously, `PGServerRole`) ends there or before, and a
    /// standby replays up to it. The insert position would not do: a record no commit has flushed
    /// yet (the snapshot the server logs every 15 seconds) reaches a standby only with the next
    /// commit. The flushed position can itself fall inside a record (vacuum's, which commits
    /// nothing) until the next commit anywhere on the server writes the rest: in a chain, within
    /// moments, and meanwhile the reads are made on the primary.
    static let endOfLog = "SELECT pg_current_wal_flush_lsn() - '0/0'::pg_lsn"
    /// How far a standby has replayed; NULL on a server that is not one (a standby promoted since).
    static let replayed = "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() - '0/0'::pg_lsn END"

    /// How far `replica` has replayed, or nil (and set aside) when it is no longer a standby.
    func replayed(on replica: PGConnection) throws -> Int64? {
        guard let replayed = try replica.first(Self.replayed, map: { $0.optionalInt(0) }), let replayed else {
            setAside(Self.notAStandby)
            return nil
        }
        return replayed
    }

    /// Why the replica cannot serve reads now, or nil when it can: for `db check`, which tries it
    /// at once whatever the backoff says and gives it a few seconds to catch up.
    func check() -> String? {
        if connection == nil { retryAt = .distantPast }
        guard let replica = current() else { return trouble ?? "the primary could not say who it is, so the replica was not tried" }
        let target: Int64
        do {
            // A commit of its own first: the rest of any record only partly on disk goes with it, so
            // the replica can reach the position read next.
            _ = try? primary.run("SELECT txid_current()")
            target = try primary.int(Self.endOfLog)
        } catch {
            return "the primary could not say where its log is (\(error))"
        }
        do {
            if try replica.int("SELECT CASE WHEN pg_is_wal_replay_paused() THEN 1 ELSE 0 END") == 1 {
                return "its replay of the primary's log is paused, so it falls behind: SELECT pg_wal_replay_resume() there"
            }
            let deadline = Date().addingTimeInterval(5)
            while let replayed = try replayed(on: replica) {
                if replayed >= target { return nil }
                if Date() >= deadline {
                    return "it is \((target - replayed + 1023) / 1024) kB behind the primary's log and did not catch up in 5 seconds"
                }
                usleep(50_000)
            }
            return Self.notAStandby
        } catch {
            setAside("\(error)")
            return trouble
        }
    }
}
