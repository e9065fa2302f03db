import Foundation

/// A throwaway PostgreSQL server for the tests: `initdb` into a temporary directory, listening only
/// on a Unix socket in that directory (no TCP port), run as the `postgres` user when the tests run
/// as root, and stopped and removed when the test process exits. Nothing needs to run beforehand.
/// Missing server programs fail with what to install; `FRONTDESK_SKIP_POSTGRES=1` skips on purpose.
public final class PostgresTestServer: @unchecked Sendable {
    /// True when the person running the tests chose to leave PostgreSQL out.
    public static let isSkipped = ProcessInfo.processInfo.environment["FRONTDESK_SKIP_POSTGRES"] == "1"

    /// The one server of this test process, started on first use.
    public static func shared() throws -> PostgresTestServer {
        try lock.withLock {
            if let started { return try started.get() }
            let result = Result { try PostgresTestServer() }
            started = result
            return try result.get()
        }
    }
    nonisolated(unsafe) private static var started: Result<PostgresTestServer, Error>?
    private static let lock = NSLock()
    private static let stopLock = NSLock()

    /// A server of its own, for a test that stops or restarts it; stopped at exit like the shared one.
    public static func startPrivate() throws -> PostgresTestServer { try PostgresTestServer() }

    /// A streaming read replica of this server (`pg_basebackup`, then a hot standby following its
    /// log), in a directory and on a socket of its own; stopped at exit like the rest.
    public func startStandby() throws -> PostgresTestServer { try PostgresTestServer(standbyOf: self) }

    public let directory: String
    public let port = 5432
    private let bin: String
    private let runAs: String?
    private let counterLock = NSLock()
    private var databases = 0

    /// libpq's connection string for a database of this server.
    public func conninfo(database: String, user: String = "postgres", password: String? = nil) -> String {
        var info = "host=\(directory) port=\(port) dbname=\(database) user=\(user) connect_timeout=5"
        if let password { info += " password='\(password)'" }
        return info
    }

    /// A `postgres://` URL for the same: what a person would give `--db`.
    public func url(database: String, user: String = "postgres") -> String {
        let host = directory.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? directory
        return "postgres://\(user)@\(host):\(port)/\(database)"
    }

    private init(standbyOf primary: PostgresTestServer? = nil) throws {
        guard let bin = Self.serverPrograms() else {
            throw ServerError("""
                PostgreSQL's server programs (initdb, pg_ctl, postgres, pg_basebackup) are not installed, and the PostgreSQL \
                tests need them: apt-get install postgresql postgresql-contrib libpq-dev \
                (or set FRONTDESK_SKIP_POSTGRES=1 to leave those tests out on purpose)
                """)
        }
        self.bin = bin
        runAs = getuid() == 0 ? "postgres" : nil
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-pg-\(getpid())-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        if let runAs {
            guard let user = getpwnam(runAs) else {
                throw ServerError("the tests run as root, and PostgreSQL will not: there is no '\(runAs)' user to run it as (apt-get install postgresql creates one)")
            }
            chown(directory, user.pointee.pw_uid, user.pointee.pw_gid)
        }
        Self.stopLock.withLock {
            if Self.toStop.isEmpty { atexit { PostgresTestServer.stopAtExit() } }
            Self.toStop.append((directory, stopCommand))
        }
        if let primary {
            // -R writes standby.signal and how to reach the primary; initdb's rules let a local
            // replication connection in.
            try run("pg_basebackup", ["-h", primary.directory, "-p", "\(primary.port)", "-U", "postgres", "-D", "\(directory)/data",
                                      "-R", "-X", "stream", "-c", "fast"])
        } else {
            try run("initdb", ["-D", "\(directory)/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        }
        try start()
    }

    private var options: String {
        "-c listen_addresses='' -c unix_socket_directories='\(directory)' -p \(port) -c fsync=off -c max_connections=400 -c full_page_writes=off"
    }

    /// Starts the server (again), waiting until it accepts connections.
    public func start() throws {
        try run("pg_ctl", ["-D", "\(directory)/data", "-l", "\(directory)/server.log", "-w", "-t", "60", "-o", options, "start"])
    }

    /// Stops the server at once, as a crash or a power cut would.
    public func stop() throws {
        try run("pg_ctl", ["-D", "\(directory)/data", "-m", "immediate", "-w", "stop"])
    }

    /// A new empty database (copied from `template`), its name returned.
    public func createDatabase(template: String = "template0") throws -> String {
        let name = counterLock.withLock { databases += 1; return "t\(databases)" }
        try psql("CREATE DATABASE \(name) TEMPLATE \(template)")
        return name
    }

    /// Runs SQL as the superuser with `psql`, stopping at the first error; returns what it printed.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres", user: String = "postgres") throws -> String {
        try run("psql", ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", directory, "-p", "\(port)", "-U", user,
                         "-d", database, "-c", sql])
    }

    /// Waits until this standby has replayed everything its primary has committed so far.
    public func waitForReplay(of primary: PostgresTestServer, timeout: TimeInterval = 30) throws {
        // A commit of its own first: it puts the rest of any record only partly on disk (vacuum's,
        // which commits nothing) on disk too, so the standby can replay as far as the next line says.
        try primary.psql("SELECT txid_current()")
        // Where the primary's log is on disk: what a standby can replay, every commit so far included.
        let target = try primary.psql("SELECT pg_current_wal_flush_lsn()").trimmingCharacters(in: .whitespacesAndNewlines)
        let deadline = Date().addingTimeInterval(timeout)
        while try psql("SELECT pg_last_wal_replay_lsn() >= '\(target)'::pg_lsn").trimmingCharacters(in: .whitespacesAndNewlines) != "t" {
            guard Date() < deadline else { throw ServerError("the standby did not replay up to \(target) within \(Int(timeout)) s") }
            usleep(10_000)
        }
    }

    /// A standby stops applying its primary's log (it keeps receiving it), or applies it again.
    public func pauseReplay() throws { try psql("SELECT pg_wal_replay_pause()") }
    public func resumeReplay() throws { try psql("SELECT pg_wal_replay_resume()") }

    /// Stops the server (as a crash would, or cleanly) and starts it again.
    public func restart(immediately: Bool = true) throws {
        try run("pg_ctl", ["-D", "\(directory)/data", "-l", "\(directory)/server.log", "-w", "-m", immediately ? "immediate" : "fast",
                           "-o", options, "restart"])
    }

    private var stopCommand: [String] {
        wrapped(bin + "/pg_ctl", ["-D", "\(directory)/data", "-m", "immediate", "-w", "stop"])
    }

    private func wrapped(_ program: String, _ arguments: [String]) -> [String] {
        guard let runAs else { return [program] + arguments }
        return ["/usr/sbin/runuser", "-u", runAs, "--", program] + arguments
    }

    @discardableResult
    private func run(_ program: String, _ arguments: [String]) throws -> String {
        let command = wrapped(bin + "/" + program, arguments)
        let capture = directory + "/\(program)-\(UUID().uuidString).out"
        defer { unlink(capture) }
        let status = try Self.spawn(command, output: capture)
        let output = (try? String(contentsOfFile: capture, encoding: .utf8)) ?? ""
        guard status == 0 else { throw ServerError("\(program) failed: \(output)") }
        return output
    }

    /// Runs a program to its end with its output in a file, waiting on its own process id alone:
    /// the server pg_ctl starts outlives it and keeps whatever descriptors it was given.
    static func spawn(_ command: [String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // From the root, not the tests' directory: the postgres user may not enter that one (a
        // checkout under a private mktemp directory), and psql would say so in its output.
        let command = ["/usr/bin/env", "-C", "/"] + command
        let argv = command.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw ServerError("cannot run \(command[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Where Debian keeps the server programs (not on PATH), or wherever PATH has them.
    static func serverPrograms() -> String? {
        var candidates: [String] = []
        if let versions = try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql") {
            candidates += versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin" }
        }
        candidates += (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return candidates.first { dir in
            ["initdb", "pg_ctl", "postgres", "psql", "pg_basebackup"].allSatisfy { FileManager.default.isExecutableFile(atPath: dir + "/" + $0) }
        }
    }

    nonisolated(unsafe) private static var toStop: [(directory: String, command: [String])] = []

    private static func stopAtExit() {
        for server in toStop {
            _ = try? spawn(server.command, output: "/dev/null")
            try? FileManager.default.removeItem(atPath: server.directory)
        }
    }
}

public struct ServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
