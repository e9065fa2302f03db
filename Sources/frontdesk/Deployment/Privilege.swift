import Foundation

/// frontdesk installed setgid to the group that owns the hotel's data (mode 2755): staff outside
/// the group reach the data only through it, so it behaves as a privileged program must. The
/// database and property come from the system configuration alone; the environment is cut down
/// to what only shapes the screen; files a user names are read with the user's own rights; and it
/// never starts another program.
enum Privilege {
    /// Read on first use, which `main` makes before any group is set aside (`asCaller`).
    nonisolated(unsafe) private(set) static var realGroup = getgid()
    nonisolated(unsafe) private(set) static var dataGroup = getegid()

    /// Running with a group the caller does not have of their own.
    static var isElevated: Bool { realGroup != dataGroup }

    /// The caller has the data's group themselves (or is root), so nothing is lent to them: they
    /// may name any database, set up a new one, and add the first administrator.
    static var callerHasDataAccess: Bool {
        if !isElevated || getuid() == 0 { return true }
        let count = getgroups(0, nil)
        var groups = [gid_t](repeating: 0, count: Int(max(count, 0)))
        let got = getgroups(count, &groups)
        return groups.prefix(Int(max(got, 0))).contains(dataGroup)
    }

    /// Lending the group to someone outside it.
    static var isLent: Bool { !callerHasDataAccess }

    /// What may stay in the environment of a lent program: the terminal, the language, the time
    /// zone, colours and the Esc delay, and what sshd set. Everything else (FRONTDESK_DB, HOME,
    /// XDG_*, PG*, SQLITE_TMPDIR, TMPDIR, TERMINFO...) could point the program somewhere.
    static let keptVariables: Set<String> = [
        "TERM", "COLUMNS", "LINES", "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_COLLATE", "LC_TIME", "LC_NUMERIC",
        "TZ", "NO_COLOR", "ESCDELAY", "FRONTDESK_THEME", "SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY", "SSH_ORIGINAL_COMMAND",
        "USER", "LOGNAME", "HOME",
    ]

    /// The environment this run goes by: all of it, or for a lent program only what is kept, the
    /// rest removed from the process too so no library reads it.
    static func environment(_ full: [String: String]) -> [String: String] {
        guard isLent else { return full }
        for name in full.keys where !keptVariables.contains(name) { unsetenv(name) }
        // libpq would read the caller's own ~/.pg_service.conf and ~/.pgpass: a service entry of
        // theirs could point the group's key files at a server of their choosing. The
        // installation's own folder holds the chain's, if any.
        let folder = (Installation.configurationFiles[0] as NSString).deletingLastPathComponent
        for (name, file) in [("PGSERVICEFILE", "pg_service.conf"), ("PGPASSFILE", "pgpass"), ("PGSYSCONFDIR", "")] {
            setenv(name, file.isEmpty ? folder : folder + "/" + file, 1)
        }
        return full.filter { keptVariables.contains($0.key) }
    }

    /// Runs `body` with the caller's own group, so a file they name is read with their rights,
    /// not the data's group's.
    static func asCaller<T>(_ body: () throws -> T) throws -> T {
        guard isElevated else { return try body() }
        guard setegid(realGroup) == 0 else {
            throw CommandFailure(code: .unavailable, message: "cannot set aside the frontdesk group to read a file (\(String(cString: strerror(errno))))")
        }
        defer { _ = setegid(dataGroup) }
        return try body()
    }

    /// Gives the group up for the rest of the run (the demo hotel is the user's own).
    static func giveUp() throws {
        guard isElevated else { return }
        // With the effective group changed, setregid sets the saved one too: no way back.
        guard setregid(realGroup, realGroup) == 0 else {
            throw CommandFailure(code: .unavailable, message: "cannot give up the frontdesk group (\(String(cString: strerror(errno))))")
        }
        dataGroup = realGroup
    }
}
