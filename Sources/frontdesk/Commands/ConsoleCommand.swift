import Foundation
import FrontDeskCore
import FrontDeskStores
import FrontDeskUI
import CursesFrontEnd

/// The console itself, on the named database, the default one, or the demo hotel.
enum ConsoleCommand {
    static let demoGuests = 300

    static func run(_ args: Arguments, settings: Settings) throws {
        // Configuration mistakes first: they are worth hearing even without a terminal.
        let theme = try ThemeLocator.theme(settings)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure(code: .usage, message: "the console needs a terminal; for scripts use 'frontdesk guests ...' (see --help)")
        }
        let store = args.has("demo") ? try openDemo(settings) : try Session.store(settings, creating: true)
        let desk = try signIn(on: store, settings, fallback: args.has("demo") ? "DEMO" : "MAIN")
        let app = ConsoleApp(desk: desk)
        // Told to stop (hang-up, SIGTERM): the draft is kept and the terminal restored by now;
        // exit as a shell reports a signal, 128 + its number, so a supervisor sees why.
        if case .signal(let number) = try runConsole(app, theme: theme) {
            exit(128 + number)
        }
        if let reason = app.signedOut { throw CommandFailure(code: .notPermitted, message: reason) }
    }

    /// At a shared desk a mistyped PIN is typed again, up to three times (each one counts towards the lock).
    static func signIn(on store: FrontDeskStore, _ settings: Settings, fallback: String) throws -> Desk {
        var attempt = 1
        while true {
            do {
                return try Session.desk(on: store, settings, fallback: fallback)
            } catch FrontDeskError.notPermitted(let reason) where reason.hasPrefix("wrong PIN") && attempt < 3 {
                attempt += 1
                FileHandle.standardError.write(Data("\(String(reason.prefix { $0 != "(" }).trimmingSpaces): try again\n".utf8))
            }
        }
    }

    /// The demo hotel is made on first use and kept, so what was recorded is there next time;
    /// its stays move up to today, so it always has guests in house and arriving.
    static func openDemo(_ settings: Settings) throws -> FrontDeskStore {
        let path = settings.demoDatabase
        if FileManager.default.fileExists(atPath: path) {
            let store = try Session.open(.file(path))
            try store.moveDemoStays(to: Day(Date()), calendar: .current)
            return store
        }
        try Session.makeDirectory(settings.dataDirectory)
        removeAbandoned(partialsOf: path)
        // Each first run builds its own; only a complete demo gets the real name, and only the
        // first to finish: link() never replaces a file another console has opened meanwhile.
        let partial = path + ".creating-\(getpid())"
        try? FileManager.default.removeItem(atPath: partial)
        let store = try Session.create(.file(partial), settings, property: "DEMO")
        try DemoDataCommand.generate(into: store, guests: demoGuests, property: "DEMO")
        store.close()
        let linked = link(partial, path) == 0 ? 0 : errno
        unlink(partial)
        if linked != 0 && linked != EEXIST {
            throw CommandFailure(code: .unavailable, message: "cannot name the demo hotel \(path): \(String(cString: strerror(linked)))")
        }
        return try openDemo(settings)
    }

    /// Demo hotels half built by a run that ended (its process is gone) are thrown away.
    static func removeAbandoned(partialsOf path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".creating-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count).prefix { $0.isNumber }), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }
}
