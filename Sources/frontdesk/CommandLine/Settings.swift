import Foundation
import FrontDeskCore
import FrontDeskOutput

/// Who, where and which database: from options, then the environment, then defaults.
struct Settings {
    let arguments: Arguments
    let environment: [String: String]

    /// The database the user named (a file path or a `postgres://` URL), or nil for the default file.
    var namedLocation: StoreLocation? {
        (arguments.option("db") ?? environment["FRONTDESK_DB"].flatMap { $0.isEmpty ? nil : $0 }).map(StoreLocation.init)
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
            guard let text = arguments.option("property") ?? environment["FRONTDESK_PROPERTY"].flatMap({ $0.isEmpty ? nil : $0 })
            else { return nil }
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

    var terminal: String {
        if let name = ttyname(STDIN_FILENO) { return String(cString: name) }
        return environment["SSH_CONNECTION"].map { "ssh " + ($0.split(separator: " ").first.map(String.init) ?? "") } ?? "script"
    }

    /// Signing in as the operating-system user needs nothing more; as someone else (`--as`), their PIN.
    func signInRequest(defaultProperty: String = "MAIN") throws -> SignIn.Request {
        SignIn.Request(login: login, property: try namedProperty, defaultProperty: try Self.propertyCode(defaultProperty),
                       terminal: terminal, pin: arguments.option("as") != nil ? { [login] in try PinPrompt.read(prompt: "PIN for \(login): ") } : nil)
    }

    /// `--format`, for a command that offers `allowed`.
    func format(_ allowed: [OutputFormat] = [.table, .json]) throws -> OutputFormat {
        do { return try OutputFormat.parse(arguments.option("format"), allowed: allowed) } catch let e as OutputError {
            throw CommandFailure.usage(e.description)
        }
    }
}
