import Foundation
import FrontDeskCore
import SQLStore

/// A chain grown past one server: snapshot reads (search as you type, profiles, queues, arrivals)
/// from a streaming read replica near the hotel, everything else from the primary.
///
/// A read goes to the replica only when the replica has replayed the primary's log at least as far
/// as the primary had written it when this terminal connected, last saved, or last heard of
/// another terminal's commit. So an associate always sees their own save, and a screen refreshed
/// for a change shows that change. When the replica lags behind that point, is down or is not a
/// standby, the read is made on the primary, and nobody at the desk notices but by speed.
final class ReplicaReads {
    let primary: PGConnection
    private let conninfo: String
    /// The replica as messages name it (no password).
    let replicaLocation: String
    private var replica: PGConnection?
    /// While a read runs on the replica, where its statements go.
    private var reading: PGConnection?

    /// How far the replica must have replayed before a read there: unknown until asked of the
    /// primary, nil once the replica is known to be there.
    private enum Horizon { case unknown, at(Int64) }
    private var horizon: Horizon? = .unknown
    private var changesSeen: Int64

    /// A replica that could not be used is tried again after a second, then after longer (up to a
    /// minute): a replica that is down costs a terminal one short wait now and then, not every read.
    private var retryAt = Date.distantPast
    private var backoff: TimeInterval = 1
    /// Why the replica is not being used, when it is not.
    private(set) var trouble: String?

    init(primary: PGConnection, replicaConninfo: String, replicaLocation: String) {
        self.primary = primary
        conninfo = replicaConninfo
        self.replicaLocation = replicaLocation
        changesSeen = primary.changeCount
        _ = connectedReplica()
    }

    func close() {
        replica?.close()
        replica = nil
    }

    /// Where this moment's statements go: the replica during a read there, else the primary.
    private var current: PGConnection { reading ?? primary }

    /// The replica, when a read there would see everything this terminal must see; else nil.
    private func replicaInStep() -> PGConnection? {
        primary.takeArrivedNotices()
        if primary.changeCount != changesSeen {
            changesSeen = primary.changeCount
            horizon = .unknown
        }
        guard let replica = connectedReplica() else { return nil }
        do {
            if case .unknown = horizon {
                // After the commit this terminal made or heard of: its place in the log is behind this.
                horizon = .at(try primary.int(Self.endOfLog))
            }
            if case .at(let needed) = horizon {
                guard let replayed = try replica.first("SELECT pg_last_wal_replay_lsn() - '0/0'::pg_lsn", map: { $0.optionalInt(0) }),
                      let replayed else {
                    setAside("it is not a standby server replaying the primary's log")
                    return nil
                }
                guard replayed >= needed else { return nil }
                horizon = nil
            }
            return replica
        } catch {
            if !replica.isConnected { setAside("\(error)") }
            return nil
        }
    }

    /// Where the primary's log is safely on disk: every commit it has acknowledged or announced
    /// (with `synchronous_commit` on, the default) ends there or before, and a standby replays up
    /// to it. The insert position would not do: a record no commit has flushed yet (the snapshot
    /// the server logs every 15 seconds) reaches a standby only with the next commit.
    static let endOfLog = "SELECT pg_current_wal_flush_lsn() - '0/0'::pg_lsn"

    private func connectedReplica() -> PGConnection? {
        if let replica { return replica }
        guard Date() >= retryAt else { return nil }
        do {
            let connection = try PGConnection(conninfo: conninfo, location: replicaLocation, replica: true)
            guard try connection.int("SELECT CASE WHEN pg_is_in_recovery() THEN 1 ELSE 0 END") == 1 else {
                connection.close()
                setAside("it is not a standby server replaying the primary's log")
                return nil
            }
            replica = connection
            horizon = .unknown
            backoff = 1
            trouble = nil
            return connection
        } catch {
            setAside("\(error)")
            return nil
        }
    }

    private func setAside(_ why: String) {
        replica?.close()
        replica = nil
        trouble = why
        retryAt = Date().addingTimeInterval(backoff)
        backoff = min(backoff * 2, 60)
    }

    /// Why the replica cannot be read from now, or nil when it can: for `db check`, which tries it
    /// at once whatever the backoff says.
    func check() -> String? {
        if replica == nil { retryAt = .distantPast }
        guard let replica = connectedReplica() else { return trouble }
        do {
            let theirs = try replica.int("SELECT version FROM frontdesk_schema")
            let ours = try primary.int("SELECT version FROM frontdesk_schema")
            if theirs != ours { return "it holds schema version \(theirs), the primary \(ours): it is not replaying this database" }
            // A commit not yet on disk is announced before a standby can have it.
            if try primary.first("SELECT current_setting('synchronous_commit')", map: { $0.text(0) }) == "off" {
                return "the primary's synchronous_commit is off, so a screen told of a save could read the replica before it has it: "
                    + "set synchronous_commit to on (the default)"
            }
            return nil
        } catch {
            return "\(error)"
        }
    }
}

extension ReplicaReads: SQLDatabase {
    var location: String { primary.location }

    func each(_ sql: String, _ values: [SQLValue], row: (any SQLRow) throws -> Void) throws {
        try current.each(sql, values, row: row)
    }

    @discardableResult
    func run(_ sql: String, _ values: [SQLValue]) throws -> Int {
        try current.run(sql, values)
    }

    /// On the primary; afterwards the replica must catch up with it before it is read from again
    /// (a save that failed may still have been made).
    func write<T>(_ body: () throws -> T) throws -> T {
        defer { horizon = .unknown }
        return try primary.write(body)
    }

    func read<T>(_ body: () throws -> T) throws -> T {
        if reading != nil || primary.isInTransaction { return try body() }
        if let replica = replicaInStep() {
            reading = replica
            defer { reading = nil }
            do {
                return try replica.read(body)
            } catch {
                // Cut off, or cancelled by the replay (a standby's conflict with recovery): the primary answers.
                if !replica.isConnected { setAside("\(error)") }
            }
        }
        return try primary.read(body)
    }

    func changeToken() throws -> Int64 { try primary.changeToken() }

    var idsOfList: String { primary.idsOfList }
    var textsOfList: String { primary.textsOfList }
    func daysLater(_ column: String) -> String { primary.daysLater(column) }
    var refusalCountQuery: String { primary.refusalCountQuery }
    var pinSettingQuery: String { primary.pinSettingQuery }
    var checkPINQuery: String? { primary.checkPINQuery }

    func guestsContaining(_ key: String, limit: Int) throws -> [Int64] {
        try current.guestsContaining(key, limit: limit)
    }

    func indexSearchText(guestID: Int64, old: String?, new: String) throws {}
    func continueIDs(of table: String) throws { try primary.continueIDs(of: table) }
    func forgetErased(tables: [String]) throws { try primary.forgetErased(tables: tables) }
    func seesOneProperty() throws -> Bool { try current.seesOneProperty() }

    func bulkLoading(_ load: () throws -> Void) throws {
        defer { horizon = .unknown }
        try primary.bulkLoading(load)
    }
}
