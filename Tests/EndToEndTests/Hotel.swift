import Foundation

/// A throwaway hotel: its own data directory and database file, and the binary to run on it.
final class Hotel {
    let directory: URL
    var database: String { directory.appendingPathComponent("hotel.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var environment: [String: String] {
        ["HOME": directory.path, "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
         "PATH": "/usr/bin:/bin", "USER": "maria.s", "FRONTDESK_PROPERTY": "DEMO"]
    }

    /// Runs a frontdesk command (not the console) on this hotel's database.
    @discardableResult
    func run(_ args: [String], as login: String = "maria.s", input: String? = nil) throws -> Shell.Result {
        var env = environment
        env["USER"] = login
        return try Shell.run(try Shell.frontdesk, args, environment: env, input: input)
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

    func console(as login: String = "maria.s", width: Int = 80, height: Int = 24, extra: [String] = []) throws -> Tmux {
        var env = environment
        env["USER"] = login
        env["ESCDELAY"] = "25"
        return try Tmux([try Shell.frontdesk, "--db", database] + extra, environment: env, width: width, height: height)
    }

    func expectOK(_ result: Shell.Result) throws {
        if result.status != 0 { throw E2EFailure("frontdesk exited \(result.status): \(result.error)") }
    }
}
