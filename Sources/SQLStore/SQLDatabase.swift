import Foundation

/// One connection to a relational database, as the store's SQL needs it. The store's statements are
/// written once, in the SQL both engines share (`?` parameters, `RETURNING id`, `ON CONFLICT`); what
/// an engine does its own way — list parameters, the substring index, transactions, the change
/// token — is this protocol's to say.
package protocol SQLDatabase: AnyObject {
    /// Where the data is, for messages: a file path, or a database URL without its password.
    var location: String { get }

    /// Runs a statement, calling `row` for each result row; the row is valid only inside the call.
    func each(_ sql: String, _ values: [SQLValue], row: (any SQLRow) throws -> Void) throws
    /// Runs a statement that returns no rows; returns how many rows it changed.
    @discardableResult
    func run(_ sql: String, _ values: [SQLValue]) throws -> Int

    /// All or nothing, taking the write lock up front; the body must not write outside it.
    func write<T>(_ body: () throws -> T) throws -> T
    /// One snapshot for a read of several statements; joins an open transaction.
    func read<T>(_ body: () throws -> T) throws -> T
    /// Changes whenever any connection commits, this one included.
    func changeToken() throws -> Int64

    /// A subquery giving the members of a list parameter (`SQLValue.jsonList`): ids as integers.
    var idsOfList: String { get }
    /// The same for a list of texts.
    var textsOfList: String { get }

    /// SQL for the day (a 'YYYY-MM-DD' text column) a number of days (one parameter) after `column`'s.
    func daysLater(_ column: String) -> String
    /// How many refusals of an action about a subject there were since a time, everywhere (a login
    /// guessed at several hotels is locked at all); parameters the action, the subject and the time.
    var refusalCountQuery: String { get }
    /// A login's PIN setting (`StaffDirectory.pinSetting`); one parameter, the login.
    var pinSettingQuery: String { get }
    /// When the database itself checks and counts PINs (a chain's, where a hotel's role must not be
    /// able to guess around the count): a query giving "matches", "wrong" or "locked"; parameters
    /// the login, the hash (or NULL), the reason, and the actor's login, property and terminal.
    var checkPINQuery: String? { get }
    /// Guests whose folded search text contains `key`, in id order.
    func guestsContaining(_ key: String, limit: Int) throws -> [Int64]
    /// Keeps the substring index in step with a guest's `search_text` (the row itself is written
    /// by the caller): `old` is what it held before.
    func indexSearchText(guestID: Int64, old: String?, new: String) throws
    /// After rows were written with ids of their own: new rows of `table` get ids after them.
    func continueIDs(of table: String) throws
    /// After an erasure is committed: no copy of what was erased left where the engine keeps
    /// old versions (SQLite's write-ahead log; PostgreSQL's dead rows and index entries).
    func forgetErased(tables: [String]) throws
    /// Whether this connection sees only one property's rows (a chain hotel's role).
    func seesOneProperty() throws -> Bool
    /// Wraps a bulk load: the engine's settings for loading much at once, and one transaction.
    func bulkLoading(_ load: () throws -> Void) throws
}

extension SQLDatabase {
    package func each(_ sql: String, row: (any SQLRow) throws -> Void) throws {
        try each(sql, [], row: row)
    }

    package func query<T>(_ sql: String, _ values: [SQLValue] = [], map: (any SQLRow) throws -> T) throws -> [T] {
        var out: [T] = []
        try each(sql, values) { out.append(try map($0)) }
        return out
    }

    package func first<T>(_ sql: String, _ values: [SQLValue] = [], map: (any SQLRow) throws -> T) throws -> T? {
        var out: T?
        try each(sql, values) { row in if out == nil { out = try map(row) } }
        return out
    }

    package func int(_ sql: String, _ values: [SQLValue] = []) throws -> Int64 {
        try first(sql, values) { $0.int(0) } ?? 0
    }

    @discardableResult
    package func run(_ sql: String) throws -> Int { try run(sql, []) }
}

/// The current row of a statement, columns by position as the SELECT lists them.
package protocol SQLRow {
    func int(_ column: Int32) -> Int64
    func double(_ column: Int32) -> Double
    func isNull(_ column: Int32) -> Bool
    /// Exactly the text stored, embedded NULs and escape sequences included.
    func text(_ column: Int32) -> String
}

extension SQLRow {
    package func bool(_ column: Int32) -> Bool { int(column) != 0 }
    package func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }
    package func optionalInt(_ column: Int32) -> Int64? { isNull(column) ? nil : int(column) }
    package func optionalDouble(_ column: Int32) -> Double? { isNull(column) ? nil : double(column) }
}
