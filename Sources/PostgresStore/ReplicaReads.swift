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

    /// How far the replica must have replayed before a read there: nil until asked of the primary.
    private var needed: Int64?
    /// The replica connection (`ReplicaConnection.generation`) known to have replayed that far.
    private var confirmedOn: Int?
    /// The primary's change count when `needed` was asked: changes counted after it are not covered.
    private var coveredChanges: Int64?

    init(primary: PGConnection, replicaConninfo: String, replicaLocation: String) {
        self.primary = primary
        replica = ReplicaConnection(conninfo: replicaConninfo, location: replicaLocation, primary: primary)
    }

    func close() { replica.close() }

    /// Asks the primary where its log is now, for the reads to come: after every change it has
    /// counted so far.
    private func markEndOfLog() {
        coveredChanges = primary.changeCount
        needed = try? primary.int(ReplicaConnection.endOfLog)
        confirmedOn = nil
    }

    /// The replica, when a read there would see everything this terminal must see; else nil.
    private func replicaInStep() -> PGConnection? {
        guard let connection = replica.current() else { return nil }
        if needed == nil { markEndOfLog() }
        // The primary could not say where its log is: the read goes there and meets the trouble.
        guard let needed else { return nil }
        if confirmedOn == replica.generation { return connection }
        do {
            guard let replayed = try replica.replayed(on: connection), replayed >= needed else { return nil }
            confirmedOn = replica.generation
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
            needed = nil
            throw error
        }
    }

    /// On the replica when it is in step. A read that fails there for the replica's sake (cut off,
    /// cancelled by its replay or its statement timeout, refused at its start) sets the replica aside
    /// and is made on the primary; an error the read throws itself, not from a statement (a
    /// guest not found), is the answer, and is not asked twice.
    func read<T>(_ body: () throws -> T) throws -> T {
        if reading != nil || primary.isInTransaction { return try body() }
        if let connection = replicaInStep() {
            reading = connection
            failedOnReplica = false
            var failedByItself = false
            defer { reading = nil }
            do {
                return try connection.read {
                    do { return try body() } catch {
                        failedByItself = !failedOnReplica
                        throw error
                    }
                }
            } catch where !failedByItself {
                replica.setAside("\(error)")
            }
        }
        return try primary.read(body)
    }

    /// The primary's token. When it counts a change `needed` does not cover yet, the reads that
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
        defer { needed = nil }
        try primary.bulkLoading(load)
    }
}
