import CLibPQ
import Foundation
import FrontDeskCore
import SQLStore

/// One libpq connection: parameterised statements only, each prepared once per connection,
/// transactions that are all or nothing, change notices through LISTEN/NOTIFY, and libpq's errors
/// turned into FrontDeskErrors that say what happened and where.
final class PGConnection {
    /// Where it connects, without any password, for messages.
    let location: String
    private let conninfo: String
    private(set) var handle: OpaquePointer?
    /// Statements prepared on this connection, by their SQL; a new connection prepares them again.
    private var prepared: [String: String] = [:]
    private var preparedCount = 0
    private(set) var isInTransaction = false
    /// Change notices received (every committed write sends one, this connection's included).
    private var notices: Int64 = 0
    private var ownCommits: Int64 = 0
    /// Settings every session of this connection starts with (read-only, say), again after a reconnect.
    var sessionSettings = ""
    /// Set by `close()`: a connection this program let go of is not reconnected.
    private var closedByProgram = false
    /// After a lost connection: when the next attempt may be made, and the wait after that one.
    private var retryAt = Date.distantPast
    private var backoff: TimeInterval = 0.25
    /// The chain's database itself, or a read replica of it.
    let role: PGServerRole

    /// The channel every committed write notifies: open screens refresh when it speaks.
    static let changeChannel = "frontdesk_changes"

    init(conninfo: String, location: String, role: PGServerRole = .primary) throws {
        self.conninfo = conninfo
        self.location = location
        self.role = role
        try connect()
    }

    deinit { close() }

    func close() {
        closedByProgram = true
        drop()
    }

    func drop() {
        if let handle { PQfinish(handle) }
        handle = nil
        prepared.removeAll()
        isInTransaction = false
    }

    private func connect() throws {
        drop()
        // How long a server that does not answer is given, unless the URL says otherwise.
        let settings = [("dbname", conninfo)] + role.connectionDefaults.filter { !conninfo.contains($0.0) }
        let h = Self.withCStrings(settings.map(\.0)) { keys in
            Self.withCStrings(settings.map(\.1)) { values in PQconnectdbParams(keys, values, 1) }
        }
        handle = h
        guard let h, PQstatus(h) == CONNECTION_OK else {
            let why = handle.map { Self.firstLine(String(cString: PQerrorMessage($0))) } ?? "out of memory"
            drop()
            throw FrontDeskError.unavailable("cannot reach the database at \(location): \(why)")
        }
        // Notices (a NOTICE from a migration) are not the terminal's business.
        PQsetNoticeProcessor(h, { _, _ in }, nil)
        let setup = "SET client_encoding = 'UTF8'; \(role.sessionSetup) \(sessionSettings)"
        _ = try check(answer(exec: { PQexec(h, setup) }, send: { PQsendQuery(h, setup) }))
    }

    /// Whether the server is still there as far as libpq knows.
    var isConnected: Bool { handle.map { PQstatus($0) == CONNECTION_OK } ?? false }

    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
        let copies = strings.map { strdup($0) } + [nil]
        defer { for p in copies { free(p) } }
        return copies.map { $0.map { UnsafePointer($0) } }.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Connects again after the server went away, no more often than the backoff allows (a quarter
    /// of a second, doubling to five): a terminal typing on while the server restarts is not held up
    /// by one attempt per key. Statements are prepared anew, and screens read everything afresh.
    func reconnectIfLost() throws {
        guard handle == nil || !isConnected else { return }
        if closedByProgram { throw FrontDeskError.unavailable("the connection to \(location) was closed by this program") }
        if !role.reconnects { throw Self.down(location) }
        guard Date() >= retryAt else { throw Self.down(location) }
        // Just lost: a restarting server is usually back within a second, so try a few times at once.
        let attempts = retryAt == .distantPast ? 4 : 1
        for attempt in 1...attempts {
            do {
                try connect()
                retryAt = .distantPast
                backoff = 0.25
                notices += 1
                return
            } catch where attempt < attempts {
                usleep(250_000)
            } catch {}
        }
        retryAt = Date().addingTimeInterval(backoff)
        backoff = min(backoff * 2, 5)
        throw Self.down(location)
    }

    static func down(_ location: String) -> FrontDeskError {
        .unavailable("\(location) cannot be reached, so nothing was saved: try again in a moment")
    }

    // MARK: Statements

    /// Runs a statement and hands back its result. Outside a transaction a statement cut off by a
    /// lost connection is run once more on a new one: alone, it either ran or it did not.
    func execute(_ sql: String, _ values: [SQLValue]) throws -> PGResult {
        if isInTransaction { return try executeOnce(sql, values) }
        try reconnectIfLost()
        do {
            return try executeOnce(sql, values)
        } catch is PGConnectionLost {
            drop()
            try reconnectIfLost()
            do { return try executeOnce(sql, values) } catch is PGConnectionLost { drop(); throw Self.down(location) }
        }
    }

    private func executeOnce(_ sql: String, _ values: [SQLValue]) throws -> PGResult {
        guard let handle else { throw FrontDeskError.unavailable("the connection to \(location) was closed by this program") }
        let name = try statementName(sql, values)
        var cStrings: [UnsafeMutablePointer<CChar>?] = []
        for value in values {
            do { try value.checkedForStorage(in: location) } catch { for p in cStrings { free(p) }; throw error }
            cStrings.append(value.wire.map { strdup($0) } ?? nil)
        }
        defer { for p in cStrings { free(p) } }
        let result = try cStrings.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            try buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(1, buffer.count)) { params in
                let list = values.isEmpty ? nil : params
                return try answer(exec: { PQexecPrepared(handle, name, Int32(values.count), list, nil, nil, 0) },
                                  send: { PQsendQueryPrepared(handle, name, Int32(values.count), list, nil, nil, 0) })
            }
        }
        return try check(result)
    }

    /// A statement's name on this connection: prepared the first time it runs, its `?` numbered.
    private func statementName(_ sql: String, _ values: [SQLValue]) throws -> String {
        if let name = prepared[sql] { return name }
        preparedCount += 1
        let name = "s\(preparedCount)"
        let types = values.map(\.typeOID)
        let numbered = ParameterNumbering.numbered(sql)
        let result = try types.withUnsafeBufferPointer { buffer in
            try answer(exec: { PQprepare(handle, name, numbered, Int32(types.count), buffer.baseAddress) },
                       send: { PQsendPrepare(handle, name, numbered, Int32(types.count), buffer.baseAddress) })
        }
        _ = try check(result)
        prepared[sql] = name
        return name
    }

    /// Runs SQL with no parameters, several statements allowed: the schema and session settings.
    func script(_ sql: String) throws {
        if !isInTransaction { try reconnectIfLost() }
        guard let handle else { throw FrontDeskError.unavailable("the connection to \(location) was closed by this program") }
        _ = try check(answer(exec: { PQexec(handle, sql) }, send: { PQsendQuery(handle, sql) }))
        drainNotices()
    }

    /// The result of what `exec` runs. The primary is given as long as it takes (libpq waits).
    /// A replica is given `role.answerWithin`: `send` sends the same without waiting, and a
    /// replica that has not answered by then (stopped, or its machine gone quiet) is let go of.
    private func answer(exec: () -> OpaquePointer?, send: () -> Int32) throws -> OpaquePointer? {
        guard let limit = role.answerWithin else { return exec() }
        guard let handle, send() == 1 else { return nil }
        let deadline = Date().addingTimeInterval(limit)
        while PQisBusy(handle) == 1 {
            var socket = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
            let wait = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            if wait == 0 || (poll(&socket, 1, wait) == 0 && Date() >= deadline) {
                drop()
                throw PGConnectionLost(location: location, why: "no answer within \(Int(limit)) seconds")
            }
            // A failed read ends the wait: the result says what happened.
            if PQconsumeInput(handle) == 0 { break }
        }
        var last: OpaquePointer?
        while let next = PQgetResult(handle) {
            if let last { PQclear(last) }
            last = next
        }
        return last
    }

    private func check(_ result: OpaquePointer?) throws -> PGResult {
        guard let result else { throw failure(nil) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PGResult(result)
        default:
            let error = failure(result)
            PQclear(result)
            throw error
        }
    }

    static func firstLine(_ message: String) -> String {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        return line.replacingOccurrences(of: "ERROR:  ", with: "").replacingOccurrences(of: "FATAL:  ", with: "")
            .trimmingCharacters(in: .whitespaces)
    }

    /// The server's SQLSTATE says what kind of failure it is; its message says the rest.
    private func failure(_ result: OpaquePointer?) -> Error {
        let message = result.map { String(cString: PQresultErrorMessage($0)) } ?? (handle.map { String(cString: PQerrorMessage($0)) } ?? "")
        let why = Self.firstLine(message)
        let state = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) } ?? ""
        // An error without a SQLSTATE is libpq's own: the connection itself failed.
        if !isConnected || state.isEmpty || state.hasPrefix("08") || state == "57P01" || state == "57P02" || state == "57P03" {
            return PGConnectionLost(location: location, why: why)
        }
        switch state {
        case "40001", "40P01": return PGSerializationFailure(why: why)
        case "42501": return FrontDeskError.notPermitted("\(location) refused it: \(why)")
        case _ where state.hasPrefix("23"): return FrontDeskError.invalid("\(location) refused the change (\(why))")
        case _ where state.hasPrefix("22"): return FrontDeskError.invalid("\(location) refused the value (\(why))")
        case "53100": return FrontDeskError.unavailable("\(location) cannot grow: its disk is full; nothing was saved")
        case "25006": return FrontDeskError.notPermitted("\(location) is read-only: nothing can be saved there")
        case _ where state.hasPrefix("42"):
            return FrontDeskError.badData("\(location) does not have the expected frontdesk tables (\(why))")
        default: return FrontDeskError.unavailable("\(location) failed: \(why)")
        }
    }

    // MARK: Transactions

    /// All or nothing. Writes are serialisable, as if one terminal wrote at a time (what the SQLite
    /// file's write lock gives): a conflict with another connection's write is tried again, and so is
    /// a transaction cut off by a lost connection before its commit (the server rolled it back).
    /// A connection lost during the commit itself leaves the outcome unknown, and says so.
    /// `attempts` 1 is for a body that cannot be run twice (a load reading its rows from a file).
    func transaction<T>(begin: String, notify: Bool, attempts: Int = 30, _ body: () throws -> T) throws -> T {
        for attempt in 1...attempts {
            try reconnectIfLost()
            var committing = false
            var answer: T?
            do {
                try script(begin)
                isInTransaction = true
                let value = try body()
                answer = value
                if notify { try script("NOTIFY \(Self.changeChannel)") }
                committing = true
                try script("COMMIT")
                isInTransaction = false
                return value
            } catch is PGConnectionLost {
                drop()
                // A read (it notifies nobody) has its answer once its body has run: what it read stays read.
                if committing, !notify, let answer { return answer }
                if committing {
                    throw FrontDeskError.unavailable(
                        "the connection to \(location) dropped while saving, so it may or may not be saved: look before saving again")
                }
                if attempt >= min(2, attempts) { throw Self.down(location) }
            } catch is PGSerializationFailure where attempt < attempts {
                isInTransaction = false
                try? script("ROLLBACK")
                // Apart at random, waiting longer each time (up to a tenth of a second): terminals that
                // collided do not collide again in step.
                usleep(UInt32.random(in: 0...min(100_000, 1_000 << min(attempt, 7))))
            } catch is PGSerializationFailure {
                isInTransaction = false
                try? script("ROLLBACK")
                break
            } catch {
                isInTransaction = false
                if isConnected { try? script("ROLLBACK") }
                throw error
            }
        }
        throw FrontDeskError.unavailable("\(location) is too busy with other terminals' saves, so nothing was saved: try again in a moment")
    }

    // MARK: Notifications

    /// Takes in change notices the server has sent, without waiting.
    private func drainNotices() {
        guard let handle else { return }
        while let note = PQnotifies(handle) {
            notices += 1
            PQfreemem(note)
        }
    }

    /// Reads what has arrived on the socket and counts the change notices in it.
    func pollNotices() throws {
        guard let handle else { throw FrontDeskError.unavailable("the connection to \(location) was closed by this program") }
        if PQconsumeInput(handle) == 0 || PQstatus(handle) != CONNECTION_OK {
            throw PGConnectionLost(location: location, why: Self.firstLine(String(cString: PQerrorMessage(handle))))
        }
        drainNotices()
    }

    /// The socket to wait on for notices (poll(2)), or -1 when closed.
    var socket: Int32 { handle.map { PQsocket($0) } ?? -1 }

    /// After a commit made on this connection.
    func countOwnCommit() { ownCommits += 1 }
    /// Commits made here and commits heard of: it moves whenever there may be something new to read.
    var changeCount: Int64 { notices + ownCommits }
}
