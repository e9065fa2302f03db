import CSQLite
import Foundation
import FrontDeskCore
import SQLStore

/// A thin wrapper over one sqlite3 handle: cached prepared statements, binding,
/// stepping, transactions, and turning SQLite result codes into FrontDeskErrors
/// that name the file.
final class SQLiteConnection: SQLDatabase {
    let path: String
    var location: String { path }
    /// `PRAGMA data_version` ignores this connection's own commits; counting them makes every commit visible.
    private var ownCommits: Int64 = 0
    let busyTimeoutMilliseconds: Int32
    private(set) var handle: OpaquePointer?
    /// Prepared once, reset after each use: search-as-you-type runs the same few statements per key.
    private var statements: [String: OpaquePointer] = [:]
    /// New guests' substring-index entries held back during a bulk load (nil outside one); see
    /// `indexSearchText`.
    var heldSearchText: [(id: Int64, text: String)]?

    init(path: String, flags: Int32, busyTimeoutMilliseconds: Int32) throws {
        self.path = path
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, flags, nil)
        handle = db
        if code != SQLITE_OK {
            let error = failure(code)
            close()
            throw error
        }
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
    }

    deinit { close() }

    func close() {
        for statement in statements.values { sqlite3_finalize(statement) }
        statements.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// True when the file could only be opened for reading (write-protected, or opened read-only).
    var isReadOnly: Bool { handle != nil && sqlite3_db_readonly(handle, "main") == 1 }
    var isInTransaction: Bool { handle != nil && sqlite3_get_autocommit(handle) == 0 }

    // MARK: Statements

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let cached = statements[sql] { return cached }
        guard handle != nil else { throw FrontDeskError.unavailable("\(path) was closed by this program") }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else { throw failure(code) }
        statements[sql] = statement
        return statement
    }

    private func bind(_ values: [SQLValue], to statement: OpaquePointer) throws {
        for (offset, value) in values.enumerated() {
            try value.checkedForStorage(in: path)
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(statement, index)
            case .int(let i): code = sqlite3_bind_int64(statement, index, i)
            case .real(let d): code = sqlite3_bind_double(statement, index, d)
            case .text(let s):
                // Explicit byte length: a name may hold a NUL, and the store keeps exactly what it is given.
                code = sqlite3_bind_text(statement, index, s, Int32(s.utf8.count), fd_sqlite_transient())
            }
            guard code == SQLITE_OK else { throw failure(code) }
        }
    }

    /// Runs a statement, calling `row` for each result row.
    func each(_ sql: String, _ values: [SQLValue], row: (any SQLRow) throws -> Void) throws {
        let statement = try prepared(sql)
        // Always reset: a statement left mid-step would hold its read snapshot open.
        defer { sqlite3_reset(statement); sqlite3_clear_bindings(statement) }
        try bind(values, to: statement)
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code) }
            try row(SQLiteRow(statement: statement))
        }
    }

    @discardableResult
    func run(_ sql: String, _ values: [SQLValue]) throws -> Int {
        try each(sql, values) { _ in }
        return Int(sqlite3_changes64(handle))
    }

    /// Several statements at once (migrations); not cached.
    func script(_ sql: String) throws {
        guard handle != nil else { throw FrontDeskError.unavailable("\(path) was closed by this program") }
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        let text = message.map { String(cString: $0) }
        sqlite3_free(message)
        guard code == SQLITE_OK else { throw failure(code, detail: text) }
    }

    /// Switches the file to write-ahead logging. SQLite does not consult the busy handler for
    /// this switch, so terminals opening a new file together would fail at once: wait here instead.
    /// SQLITE_FCNTL_PERSIST_WAL: the last connection to close checkpoints but keeps the files.
    func keepWriteAheadLogFiles() {
        var on: Int32 = 1
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &on)
    }

    func useWriteAheadLog() throws {
        let deadline = Date().addingTimeInterval(Double(busyTimeoutMilliseconds) / 1000)
        while true {
            let code = sqlite3_exec(handle, "PRAGMA journal_mode = WAL", nil, nil, nil)
            if code == SQLITE_OK { return }
            guard code & 0xFF == SQLITE_BUSY, Date() < deadline else { throw failure(code) }
            usleep(2_000)
        }
    }

    // MARK: Transactions

    /// `BEGIN IMMEDIATE` takes the write lock up front, so the busy timeout applies here
    /// instead of a deferred transaction failing with "database is locked" when it first writes.
    func write<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction {
            throw FrontDeskError.invalid("\(path): a write was started inside another write on the same connection")
        }
        let result = try transaction(begin: "BEGIN IMMEDIATE", body)
        ownCommits += 1
        return result
    }

    func changeToken() throws -> Int64 {
        let dataVersion = try int("PRAGMA data_version")
        return (dataVersion << 32) | (ownCommits & 0xFFFF_FFFF)
    }

    /// One snapshot for a read that takes several statements; joins an open transaction.
    func read<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction { return try body() }
        return try transaction(begin: "BEGIN", body)
    }

    /// All or nothing: any error rolls back what the body did.
    private func transaction<T>(begin: String, _ body: () throws -> T) throws -> T {
        try run(begin)
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            rollback()
            throw error
        }
    }

    func rollback() {
        if isInTransaction { sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
    }

    // MARK: Errors

    /// Maps a result code to the error a user can act on; every message names the file.
    func failure(_ code: Int32, detail: String? = nil) -> FrontDeskError {
        let message = detail ?? handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        let systemErrno = handle.map { sqlite3_system_errno($0) } ?? 0
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return .unavailable("\(path) is busy with another program; try again in a moment")
        case SQLITE_FULL:
            return .unavailable("\(path) cannot grow: the disk is full; nothing was saved")
        case SQLITE_READONLY:
            return .notPermitted("\(path) is read-only for this user: nothing can be saved there")
        case SQLITE_PERM, SQLITE_AUTH:
            return .notPermitted("\(path): permission denied (\(message))")
        case SQLITE_NOTADB:
            return .badData("\(path) is not a frontdesk database (\(message))")
        case SQLITE_CORRUPT:
            return .badData("\(path) is damaged (\(message)); run `frontdesk db check`")
        case SQLITE_CANTOPEN, SQLITE_IOERR:
            if systemErrno == EACCES || systemErrno == EPERM || systemErrno == EROFS {
                return .notPermitted("\(path): permission denied (\(message))")
            }
            if systemErrno == ENOSPC {
                return .unavailable("\(path) cannot grow: the disk is full; nothing was saved")
            }
            if code == SQLITE_CANTOPEN && systemErrno == ENOENT {
                return .notFound("no database at \(path) (\(message))")
            }
            return .unavailable("\(path) cannot be read or written (\(message))")
        case SQLITE_ERROR, SQLITE_SCHEMA, SQLITE_MISMATCH, SQLITE_RANGE:
            // The SQL is fixed, so a failure here means the file's schema is not the one expected.
            return .badData("\(path) does not have the expected frontdesk tables (\(message))")
        case SQLITE_CONSTRAINT:
            return .invalid("\(path) refused the change (\(message))")
        default:
            return .unavailable("\(path): \(message) (SQLite result code \(code))")
        }
    }
}
