import Foundation

/// A throwaway hotel: its own data directory and database file (or a chain's database), and the
/// binary to run on it.
final class Hotel {
    let directory: URL
    /// What `--db` names: the hotel's own file, or a chain's `postgres://` URL.
    let database: String
    /// Where its terminals stand (FRONTDESK_PROPERTY).
    let property: String
    /// More of the environment its commands and consoles run with (FRONTDESK_READ_DB, say).
    var extraEnvironment: [String: String] = [:]

    init(database: String? = nil, property: String = "DEMO") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.database = database ?? directory.appendingPathComponent("hotel.sqlite").path
        self.property = property
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var environment: [String: String] {
        ["HOME": directory.path, "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
         "PATH": "/usr/bin:/bin", "FRONTDESK_PROPERTY": property, "TZ": "UTC"].merging(extraEnvironment) { $1 }
    }

    /// Runs a frontdesk command (not the console) on this hotel's database.
    /// The operating-system user running the tests: who frontdesk signs in without `--as`.
    static let osUser: String = {
        guard let pw = getpwuid(getuid()), let name = pw.pointee.pw_name else { return "root" }
        return String(cString: name)
    }()

    /// Every member the tests add gets this PIN (`staff add --with-pin`), so a command can sign in as them.
    static let pin = "123456"
    private(set) var hasStaff = false

    /// Runs a frontdesk command (not the console) on this hotel's database, signed in as `login`:
    /// the operating-system user as themselves, anyone else with `--as` and their PIN on standard input.
    @discardableResult
    func run(_ args: [String], as login: String = "maria.s", input: String? = nil) throws -> Shell.Result {
        var args = args
        // Standard input in the order frontdesk reads it: the sign-in PIN, a new member's PIN, then the test's own.
        var lines: [String] = []
        if login != Hotel.osUser {
            args += ["--as", login]
            lines.append(Hotel.pin)
        }
        if args.starts(with: ["staff", "add"]) {
            args.append("--with-pin")
            lines.append(Hotel.pin)
        }
        let stdin = lines.isEmpty ? input : lines.map { $0 + "\n" }.joined() + (input ?? "")
        let result = try Shell.run(try Shell.frontdesk, args, environment: environment, input: stdin)
        if args.starts(with: ["staff", "add"]) && result.status == 0 { hasStaff = true }
        return result
    }

    /// A new database with some guests, made with the command line as an administrator would.
    func seeded() throws -> Hotel {
        try expectOK(run(["db", "init", "--db", database]))
        return self
    }

    func addGuest(_ args: [String], as login: String = "maria.s") throws -> Int64 {
        let result = try run(["guests", "add", "--db", database] + args, as: login)
        try expectOK(result)
        guard let id = Int64(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw E2EFailure("guests add printed '\(result.output)' instead of an id")
        }
        return id
    }

    /// The console in tmux, signed in as `login` (with `--as` and the PIN typed at its prompt,
    /// once the hotel has staff).
    func console(as login: String = "maria.s", width: Int = 80, height: Int = 24, extra: [String] = []) throws -> Tmux {
        var env = environment
        env["ESCDELAY"] = "25"
        let signIn = login == Hotel.osUser ? [] : ["--as", login]
        let desk = try Tmux([try Shell.frontdesk, "--db", database] + signIn + extra, environment: env, width: width, height: height)
        if hasStaff && !signIn.isEmpty && !extra.contains("--as") {
            try desk.waitUntil("the PIN prompt or an error") { $0.contains("PIN for ") || $0.contains("frontdesk:") }
            if try desk.screen().contains("PIN for ") {
                try desk.type(Hotel.pin)
                try desk.press("Enter")
            }
        }
        return desk
    }

    /// A day counted from today in UTC, the hotel's time zone in these tests: "2026-11-22".
    static func day(_ offset: Int = 0) -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = TimeZone(identifier: "UTC")
        f.locale = Locale(identifier: "en_US_POSIX")
        return f.string(from: Date().addingTimeInterval(Double(offset) * 86_400))
    }

    func expectOK(_ result: Shell.Result) throws {
        if result.status != 0 { throw E2EFailure("frontdesk exited \(result.status): \(result.error)") }
    }
}
