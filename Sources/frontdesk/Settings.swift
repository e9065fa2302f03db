import Foundation
import FrontDeskCore

/// Who, where and which database: from options, then the environment, then defaults.
struct Settings {
    let arguments: Arguments
    let environment: [String: String]

    /// The database the user named, or nil for the default file.
    var namedDatabase: String? {
        arguments.option("db") ?? environment["FRONTDESK_DB"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var dataDirectory: String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/frontdesk" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/frontdesk"
    }

    var defaultDatabase: String { dataDirectory + "/frontdesk.sqlite" }
    var demoDatabase: String { dataDirectory + "/demo.sqlite" }

    func property(default fallback: String = "MAIN") throws -> String {
        try Self.propertyCode(arguments.option("property") ?? environment["FRONTDESK_PROPERTY"] ?? fallback)
    }

    /// A property code as the database keeps it: upper case, 1–12 letters, digits or dashes.
    static func propertyCode(_ text: String) throws -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard !code.isEmpty, code.count <= 12, code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw CommandFailure(code: .configuration, message: "property code '\(code)' must be 1–12 letters or digits")
        }
        return code
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

    enum Format: String { case table, json }

    var format: Format {
        get throws {
            let text = arguments.option("format") ?? "table"
            guard let f = Format(rawValue: text) else {
                throw CommandFailure.usage("--format takes table or json, not '\(text)'")
            }
            return f
        }
    }
}
