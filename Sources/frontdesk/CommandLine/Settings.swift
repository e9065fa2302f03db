import Foundation
import FrontDeskCore
import FrontDeskOutput

/// Who, where and which database: from options, then the environment, then the system
/// configuration, then defaults. A program whose group is lent to its caller (`Privilege`) goes
/// by the system configuration alone.
struct Settings {
    let arguments: Arguments
    let environment: [String: String]
    /// The desk server's configuration (`/etc/frontdesk/frontdesk.conf`), if there is one.
    var system: SystemConfiguration? = nil
    /// The caller is outside the data's group: options and environment do not say where data is.
    var lent = false

    /// The database named for this run (a file path or a `postgres://` URL), or nil for the default file.
    var namedLocation: StoreLocation? {
        get throws {
            if lent {
                guard let database = system?.database else {
                    throw CommandFailure(code: .configuration, message: "this frontdesk opens the hotel's data for staff outside its group, "
                        + "so it needs 'database = PATH' in \(system?.file ?? Installation.configurationFiles[0]) (ask whoever runs this server)")
                }
                return StoreLocation(database)
            }
            return userNamedLocation ?? system?.database.map(StoreLocation.init)
        }
    }

    /// The database named with --db or FRONTDESK_DB, not by the system configuration.
    var userNamedLocation: StoreLocation? {
        (arguments.option("db") ?? environment["FRONTDESK_DB"].flatMap { $0.isEmpty ? nil : $0 }).map(StoreLocation.init)
    }

    /// A chain database's read replica near this hotel: --read-db or FRONTDESK_READ_DB with a
    /// database named the same way, else the system configuration's with its own database (a
    /// replica goes with the database it follows).
    var readReplica: StoreLocation? {
        let named = lent ? nil : (arguments.option("read-db") ?? environment["FRONTDESK_READ_DB"].flatMap { $0.isEmpty ? nil : $0 })
        if let named { return StoreLocation(named) }
        return userNamedLocation == nil || lent ? system?.readDatabase.map(StoreLocation.init) : nil
    }

    /// The same settings without one option (`prefs add --property` means something of its own).
    func removing(option: String) -> Settings {
        var copy = Settings(arguments: arguments.removing(option: option), environment: environment)
        copy.system = system
        copy.lent = lent
        return copy
    }

    var dataDirectory: String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/frontdesk" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/frontdesk"
    }

    var defaultDatabase: String { dataDirectory + "/frontdesk.sqlite" }
    var demoDatabase: String { dataDirectory + "/demo.sqlite" }

    /// The property named for this run (`--property`, then FRONTDESK_PROPERTY), if any.
    var namedProperty: String? {
        get throws {
            let named = lent ? nil : arguments.option("property") ?? environment["FRONTDESK_PROPERTY"].flatMap({ $0.isEmpty ? nil : $0 })
            guard let text = named ?? system?.property else { return nil }
            return try Self.propertyCode(text)
        }
    }

    func property(default fallback: String = "MAIN") throws -> String {
        try namedProperty ?? Self.propertyCode(fallback)
    }

    /// A property code as the database keeps it: upper case, 1–12 letters, digits or dashes.
    static func propertyCode(_ text: String) throws -> String {
        do { return try PropertyCode.validated(text) } catch let e as FrontDeskError {
            throw CommandFailure(code: .configuration, message: e.description)
        }
    }

    /// The operating-system user, so an SSH login is the sign-in; `--as` (with a PIN) for a
    /// shared desk. Never $USER or $LOGNAME: anyone can set those.
    var login: String {
        if let who = arguments.option("as"), !who.isEmpty { return who }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid\(getuid())"
    }

    /// Where the session comes from, as far as the program can tell: over SSH, the client's
    /// address as sshd set it (and, with a terminal, which one); else the terminal's device, or
    /// "script" without one. Under ForceCommand the associate cannot change SSH_CONNECTION.
    var terminal: String {
        let tty = ttyname(STDIN_FILENO).map { String(cString: $0) }
        if let ssh = environment["SSH_CONNECTION"], let client = ssh.split(separator: " ").first {
            return "ssh " + client + (tty.map { " " + $0 } ?? "")
        }
        return tty ?? "script"
    }

    /// Signing in as the operating-system user needs nothing more; as someone else (`--as`), their PIN.
    func signInRequest(defaultProperty: String = "MAIN") throws -> SignIn.Request {
        var request = SignIn.Request(login: login, property: try namedProperty, defaultProperty: try Self.propertyCode(defaultProperty),
                                     terminal: terminal,
                                     pin: arguments.option("as") != nil ? { [login] in try PinPrompt.read(prompt: "PIN for \(login): ") } : nil)
        request.maySetUp = !lent
        return request
    }

    /// `--format`, for a command that offers `allowed`.
    func format(_ allowed: [OutputFormat] = [.table, .json]) throws -> OutputFormat {
        do { return try OutputFormat.parse(arguments.option("format"), allowed: allowed) } catch let e as OutputError {
            throw CommandFailure.usage(e.description)
        }
    }
}
