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

    /// The replica, when it is connected or can be connected to now.
    func current() -> PGConnection? {
        if let connection { return connection }
        guard Date() >= retryAt else { return nil }
        do {
            let made = try PGConnection(conninfo: conninfo, location: location, role: .replica)
            if let why = try mismatch(made) {
                made.close()
                setAside(why)
                return nil
            }
            connection = made
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

    /// Why `replica` must not stand in for the primary, or nil when it may.
    private func mismatch(_ replica: PGConnection) throws -> String? {
        let ours = try primary.first("SELECT " + Self.identity) { [$0.text(0), $0.text(1), $0.text(2)] } ?? ["", "", ""]
        let standby = try replica.first("SELECT pg_is_in_recovery()") { $0.bool(0) } ?? false
        guard standby else { return Self.notAStandby }
        let theirs = try replica.first("SELECT " + Self.identity) { [$0.text(0), $0.text(1), $0.text(2)] } ?? ["", "", ""]
        if theirs[0] != ours[0] { return "it is a standby of another database server" }
        if theirs[1] != ours[1] { return "it holds the database \(theirs[1]), not \(ours[1])" }
        if theirs[2] != ours[2] {
            return "it is read as \(theirs[2]) and the primary as \(ours[2]): read it as the hotel's own role, so its rules apply there too"
        }
        return nil
    }

    /// Why the replica cannot serve reads now, or nil when it can: for `db check`, which tries it
    /// at once whatever the backoff says and gives it a few seconds to catch up.
    func check() -> String? {
        if connection == nil { retryAt = .distantPast }
        guard let replica = current() else { return trouble }
        do {
            if try replica.int("SELECT CASE WHEN pg_is_wal_replay_paused() THEN 1 ELSE 0 END") == 1 {
                return "its replay of the primary's log is paused: SELECT pg_wal_replay_resume() there"
            }
            let target = try primary.int(ReplicaReads.endOfLog)
            let deadline = Date().addingTimeInterval(5)
            var replayed = try replica.int(ReplicaReads.replayed)
            while replayed < target && Date() < deadline {
                usleep(50_000)
                replayed = try replica.int(ReplicaReads.replayed)
            }
            if replayed < target {
                return "it is \((target - replayed + 1023) / 1024) kB behind the primary's log and did not catch up in 5 seconds"
            }
            // A commit not yet on disk is announced before a standby can have it.
            if try primary.first("SELECT current_setting('synchronous_commit')", map: { $0.text(0) }) == "off" {
                return "the primary's synchronous_commit is off, so a screen told of a save could read the replica before it has it: "
                    + "set synchronous_commit to on (the default)"
            }
            return nil
        } catch {
            setAside("\(error)")
            return trouble
        }
    }
}
