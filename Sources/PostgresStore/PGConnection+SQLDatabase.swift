import CLibPQ
import Foundation
import FrontDeskCore
import SQLStore

/// The store's SQL on a libpq connection: writes serialisable, reads in one snapshot, list
/// parameters as JSON, search through pg_trgm, rights checked by the database's own functions.
extension PGConnection: SQLDatabase {
    func each(_ sql: String, _ values: [SQLValue], row: (any SQLRow) throws -> Void) throws {
        let result = try execute(sql, values)
        for i in 0..<result.count { try row(PGRow(result: result, index: Int32(i))) }
    }

    @discardableResult
    func run(_ sql: String, _ values: [SQLValue]) throws -> Int {
        try execute(sql, values).affected
    }

    func write<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction {
            throw FrontDeskError.invalid("\(location): a write was started inside another write on the same connection")
        }
        let value = try transaction(begin: "BEGIN ISOLATION LEVEL SERIALIZABLE", notify: true, body)
        countOwnCommit()
        return value
    }

    /// One snapshot, never waiting on a write. On a replica it is tried once: a read cut off there
    /// is made on the primary instead.
    func read<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction { return try body() }
        return try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", notify: false,
                               attempts: role.readAttempts, body)
    }

    /// An empty statement is a round trip: the server hands over the notices it holds for this
    /// connection before it says it is ready, so a commit made elsewhere a moment ago is counted.
    func changeToken() throws -> Int64 {
        do {
            try script("")
        } catch is PGConnectionLost {
            drop()
            try reconnectIfLost()
        }
        return changeCount
    }

    var idsOfList: String { "SELECT frontdesk_ids(?::json)" }
    var textsOfList: String { "SELECT json_array_elements_text(?::json)" }
    /// Through a function running with the owner's rights: a hotel's role reads its own refusals only,
    /// and wrong PINs typed at other hotels count too.
    var refusalCountQuery: String { "SELECT frontdesk_refusal_count(?, ?, ?)" }
    /// Through functions running with the owner's rights: a hotel's role cannot read a PIN hash,
    /// nor compare one but through the counted check.
    var pinSettingQuery: String { "SELECT frontdesk_pin_setting(?)" }
    var checkPINQuery: String? { "SELECT frontdesk_check_pin(?, ?, ?, ?, ?, ?)" }
    func daysLater(_ column: String) -> String { "to_char(\(column)::date + ?::integer, 'YYYY-MM-DD')" }

    /// Through the pg_trgm GIN index on `guests.search_text`: the index is kept by the server.
    func guestsContaining(_ key: String, limit: Int) throws -> [Int64] {
        var pattern = "%"
        for c in key {
            if c == "%" || c == "_" || c == "\\" { pattern.append("\\") }
            pattern.append(c)
        }
        pattern += "%"
        return try query("""
            SELECT id FROM (SELECT id FROM guests WHERE search_text LIKE ? OFFSET 0) found ORDER BY id LIMIT ?
            """, [.text(pattern), .int(Int64(limit))]) { $0.int(0) }
    }

    func indexSearchText(guestID: Int64, old: String?, new: String) throws {}

    func seesOneProperty() throws -> Bool {
        try int("SELECT CASE WHEN frontdesk_property() IS NULL THEN 0 ELSE 1 END") == 1
    }

    /// Dead rows and their index entries are removed now, not when autovacuum comes round.
    func forgetErased(tables: [String]) throws {
        try run("VACUUM " + tables.joined(separator: ", "))
    }

    func continueIDs(of table: String) throws {
        try run("SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT coalesce(max(id), 0) + 1 FROM \(table)), false)", [.text(table)])
    }

    /// One transaction, committed as every save is: when an import says it is done, it is on disk,
    /// and a read replica's terminals can go by the primary's log. Tried once: the load reads its
    /// rows as it goes (an import, from its file), so a second run would start where the first
    /// was cut off and keep only the rest.
    func bulkLoading(_ load: () throws -> Void) throws {
        if isInTransaction {
            throw FrontDeskError.invalid("\(location): a write was started inside another write on the same connection")
        }
        try transaction(begin: "BEGIN ISOLATION LEVEL SERIALIZABLE", notify: true, attempts: 1, load)
        countOwnCommit()
    }
}
