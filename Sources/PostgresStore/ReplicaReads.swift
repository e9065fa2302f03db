import Foundation
import FrontDeskCore
import SQLStore

/// A chain grown past one server: reads made in one snapshot (search as you type, profiles,
/// arrival reviews, traces, duplicates) from a streaming read replica near the hotel, everything
/// else (saves, sign-in, single look-ups such as the complaint queue) from the primary.
///
/// A read goes to the replica only when the replica has replayed the primary's log at least as far
/// as the primary had it on disk when this terminal first read, last saved, or last reported a
/// change through the change token. So an associate always sees their own save, and a screen
/// refreshed for a change shows that change. A keystroke's search does not wait on the primary:
/// only those three moments ask it where its log is. When the replica lags behind that point, is
/// down or is not a standby of this database, the read is made on the primary.
final class ReplicaReads {
    let primary: PGConnection
    let replica: ReplicaConnection
    /// While a read runs on the replica, where its statements go.
    private var reading: PGConnection?
    /// Set when a statement of a read on the replica failed: the read is made on the primary.
    private var failedOnReplica = false

    /// How far the replica must have replayed before a read there.
    private enum Horizon {
        /// To be asked of the primary before the next read.
        case unknown
        case at(Int64)
        /// The replica is known to be there.
        case reached
    }
    private var horizon = Horizon.unknown
    /// The primary's change count when the horizon was last set: changes counted after it are not
    /// yet covered by it.
    private var coveredChanges: Int64?

    init(primary: PGConnection, replicaConninfo: String, replicaLocation: String) {
        self.primary = primary
        replica = ReplicaConnection(conninfo: replicaConninfo, location: replicaLocation, primary: primary)
    }

    func close() { replica.close() }

    /// Where the primary's log is safely on disk: every commit it has acknowledged or announced
    /// (with `synchronous_commit` on, the default) ends there or before, and a standby replays up
    /// to it. The insert position would not do: a record no commit has flushed yet (the snapshot
    /// the server logs every 15 seconds) reaches a standby only with the next commit. The flushed
    /// position can itself fall inside a record (vacuum's, which commits nothing) until the next
    /// commit anywhere on the server writes the rest: in a chain, within moments, and meanwhile the
    /// reads are made on the primary.
    static let endOfLog = "SELECT pg_current_wal_flush_lsn() - '0/0'::pg_lsn"
    /// How far a standby has replayed; NULL on a server that is not one (a standby promoted since).
    static let replayed = "SELECT pg_last_wal_replay_lsn() - '0/0'::pg_lsn"

    /// Asks the primary where its log is now, for the reads to come: after every change it has
    /// counted so far.
    private func markEndOfLog() {
        coveredChanges = primary.changeCount
        horizon = (try? primary.int(Self.endOfLog)).map { .at($0) } ?? .unknown
    }

    /// The replica, when a read there would see everything this terminal must see; else nil.
    private func replicaInStep() -> PGConnection? {
        guard let connection = replica.current() else { return nil }
        if case .unknown = horizon { markEndOfLog() }
        let needed: Int64
        switch horizon {
        case .reached: return connection
        case .unknown: return nil  // the primary could not say where its log is
        case .at(let position): needed = position
        }
        do {
            guard let replayed = try connection.first(Self.replayed, map: { $0.optionalInt(0) }), let replayed else {
                replica.setAside(ReplicaConnection.notAStandby)
                return nil
            }
            guard replayed >= needed else { return nil }
            horizon = .reached
            return connection
        } catch {
            replica.setAside("\(error)")
            return nil
        }
    }

    /// Runs a statement where this moment's statements go, noting a replica's failure.
    private func onCurrent<T>(_ statement: (PGConnection) throws -> T) throws -> T {
        guard let reading else { return try statement(primary) }
        do {
            return try statement(reading)
        } catch {
            failedOnReplica = true
            throw error
        }
    }

    private func refuseInsideRead() throws {
        if reading != nil { throw FrontDeskError.invalid("\(location): a write was started inside a read") }
    }
}

extension ReplicaReads: SQLDatabase {
    var location: String { primary.location }

    func each(_ sql: String, _ values: [SQLValue], row: (any SQLRow) throws -> Void) throws {
        try onCurrent { try $0.each(sql, values, row: row) }
    }

    @discardableResult
    func run(_ sql: String, _ values: [SQLValue]) throws -> Int {
        try onCurrent { try $0.run(sql, values) }
    }

    /// On the primary; afterwards the replica must have this save before it is read from again.
    func write<T>(_ body: () throws -> T) throws -> T {
        try refuseInsideRead()
        do {
            let value = try primary.write(body)
            markEndOfLog()
            return value
        } catch {
            // A save that failed may still have been made.
            horizon = .unknown
            throw error
        }
    }

    /// On the replica when it is in step; a read that fails there for the replica's sake (cut off,
    /// cancelled by its replay or its statement timeout) is made on the primary. A read's own error
    /// (a guest not found) is the answer, and is not asked twice.
    func read<T>(_ body: () throws -> T) throws -> T {
        if reading != nil || primary.isInTransaction { return try body() }
        if let connection = replicaInStep() {
            reading = connection
            failedOnReplica = false
            defer { reading = nil }
            do {
                return try connection.read(body)
            } catch where failedOnReplica || !connection.isConnected {
                if !connection.isConnected { replica.setAside("\(error)") }
            }
        }
        return try primary.read(body)
    }

    /// The primary's token. When it counts a change the horizon does not cover yet, the reads that
    /// follow (the screens reading again) must see it: the primary is asked where its log is,
    /// after all of them. A terminal's own save is covered already.
    func changeToken() throws -> Int64 {
        let token = try primary.changeToken()
        if token != coveredChanges { markEndOfLog() }
        return token
    }

    var idsOfList: String { primary.idsOfList }
    var textsOfList: String { primary.textsOfList }
    func daysLater(_ column: String) -> String { primary.daysLater(column) }
    var refusalCountQuery: String { primary.refusalCountQuery }
    var pinSettingQuery: String { primary.pinSettingQuery }
    var checkPINQuery: String? { primary.checkPINQuery }

    func guestsContaining(_ key: String, limit: Int) throws -> [Int64] {
        try onCurrent { try $0.guestsContaining(key, limit: limit) }
    }

    func indexSearchText(guestID: Int64, old: String?, new: String) throws {
        try primary.indexSearchText(guestID: guestID, old: old, new: new)
    }
    func continueIDs(of table: String) throws { try primary.continueIDs(of: table) }
    func forgetErased(tables: [String]) throws { try primary.forgetErased(tables: tables) }
    func seesOneProperty() throws -> Bool { try onCurrent { try $0.seesOneProperty() } }

    func bulkLoading(_ load: () throws -> Void) throws {
        try refuseInsideRead()
        defer { horizon = .unknown }
        try primary.bulkLoading(load)
    }
}
