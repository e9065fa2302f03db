import Foundation

/// Set FRONTDESK_SKIP_DESK_SERVER=1 to leave out the tests that make a group and an account on
/// this machine (they need root); without root they otherwise fail, saying so.
let deskServerEnabled = endToEndEnabled && ProcessInfo.processInfo.environment["FRONTDESK_SKIP_DESK_SERVER"] != "1"

/// A desk server as the README sets one up, in a throwaway directory: frontdesk installed setgid
/// to a data group of its own, the hotel's database in the group's directory, and an associate's
/// account outside the group. Everything it made is removed when it goes.
final class DeskServer {
    let directory: String
    let prefix: String
    let binary: String
    let database: String
    let dataGroup = "fdata" + DeskServer.suffix()
    let associate = "fdesk" + DeskServer.suffix()
    private var madeGroup = false, madeUser = false

    static func suffix() -> String { String(UUID().uuidString.prefix(6)).lowercased() }

    /// With `administrator`, root (the IT person) is the hotel's first administrator; without, the
    /// hotel has no administrator yet, and with `staffed` false no staff at all.
    init(administrator: Bool = true, staffed: Bool = true) throws {
        guard getuid() == 0 else {
            throw E2EFailure("the desk-server tests make a group and an account: run them as root, "
                             + "or set FRONTDESK_SKIP_DESK_SERVER=1 to leave them out on purpose")
        }
        directory = NSTemporaryDirectory() + "frontdesk-server-" + DeskServer.suffix()
        prefix = directory + "/usr"
        binary = prefix + "/bin/frontdesk"
        database = directory + "/data/hotel.sqlite"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        chmod(directory, 0o755) // the associate reaches the installed binary through it
        try system("/usr/sbin/groupadd", ["--system", dataGroup])
        madeGroup = true
        try system(try Shell.frontdesk, ["install", "--prefix", prefix, "--group", dataGroup, "--database", database, "--property", "LIS"])
        try system("/usr/sbin/useradd", ["--create-home", "--shell", "/bin/sh", associate])
        madeUser = true
        try system("/usr/sbin/usermod", ["--password", "*", associate]) // no password, but not locked: keys work
        try asRoot(["db", "init"])
        if administrator { try asRoot(["staff", "add", "root", "--name", "IT", "--role", "administrator"]) }
        if staffed { try asRoot(["staff", "add", associate, "--name", "Desk Associate", "--role", "associate"]) }
    }

    deinit {
        if madeUser {
            _ = try? Shell.run("/usr/bin/pkill", ["-KILL", "-u", associate])
            for _ in 0..<50 where (try? Shell.run("/usr/bin/pgrep", ["-u", associate]).status) == 0 { usleep(100_000) }
            _ = try? Shell.run("/usr/sbin/userdel", ["--remove", associate])
        }
        if madeGroup { _ = try? Shell.run("/usr/sbin/groupdel", [dataGroup]) }
        try? FileManager.default.removeItem(atPath: directory)
    }

    var rootEnvironment: [String: String] {
        ["HOME": directory, "PATH": "/usr/bin:/bin", "TZ": "UTC", "LANG": "C.UTF-8"]
    }

    /// The installed frontdesk run by root (who has every group's access).
    @discardableResult
    func asRoot(_ args: [String], input: String? = nil) throws -> Shell.Result {
        let result = try Shell.run(binary, args, environment: rootEnvironment, input: input)
        if result.status != 0 { throw E2EFailure("frontdesk \(args.joined(separator: " ")) as root exited \(result.status): \(result.error)") }
        return result
    }

    /// A program run by the associate, with their own ids and groups (as their login would).
    func asAssociate(_ program: String, _ args: [String], environment: [String: String] = [:], input: String? = nil) throws -> Shell.Result {
        let env = ["HOME": "/home/\(associate)", "PATH": "/usr/bin:/bin", "TZ": "UTC", "LANG": "C.UTF-8"].merging(environment) { $1 }
        return try Shell.run("/usr/bin/setpriv", ["--reuid", associate, "--regid", associate, "--init-groups", "--", program] + args,
                             environment: env, input: input)
    }

    func system(_ program: String, _ args: [String]) throws {
        let result = try Shell.run(program, args, environment: rootEnvironment)
        if result.status != 0 { throw E2EFailure("\(program) \(args.joined(separator: " ")) exited \(result.status): \(result.error)") }
    }

    func mode(_ path: String) -> (mode: mode_t, uid: uid_t, gid: gid_t) {
        var info = stat()
        return stat(path, &info) == 0 ? (info.st_mode & 0o7777, info.st_uid, info.st_gid) : (0, 0, 0)
    }
}
