import Foundation
import FrontDeskCore

/// Who is at the keyboard. By default the operating-system user, so an SSH login is the sign-in;
/// `--as LOGIN` at a shared desk asks for that person's PIN. An unknown or disabled login is
/// refused. A database with no staff yet is in setup: whoever can write the file works in it.
enum SignIn {
    static let attempts = 5

    static func staff(_ settings: Settings, directory: StaffDirectory & AuditTrail, defaultProperty: String = "MAIN",
                      pinReader: () throws -> String = PinPrompt.read) throws -> (member: StaffMember, actor: Actor) {
        let login = settings.login
        let property = try settings.property(default: defaultProperty)
        let actor = Actor(login: login, property: property, terminal: settings.terminal)
        guard !(try directory.allStaff().isEmpty) else {
            return (StaffMember(login: login, displayName: login, role: .administrator, homeProperty: property), actor)
        }
        guard let member = try directory.staffMember(login: login) else {
            throw Refusal.refuse(directory, actor, action: "sign in", subject: login,
                                 "'\(login)' is not on the staff list: an administrator adds staff with 'frontdesk staff add'")
        }
        if member.isDisabled {
            throw Refusal.refuse(directory, actor, action: "sign in", subject: login, "'\(login)' is disabled and cannot sign in")
        }
        // Staff work at their home property; only an administrator acts for another one.
        let named = settings.arguments.option("property") ?? settings.environment["FRONTDESK_PROPERTY"].flatMap { $0.isEmpty ? nil : $0 }
        if member.role != .administrator, let named, named.uppercased() != member.homeProperty {
            throw Refusal.refuse(directory, actor, action: "sign in", subject: login,
                                 "'\(login)' works at \(member.homeProperty); only an administrator acts for \(named.uppercased())")
        }
        let signed = Actor(login: login, property: member.role == .administrator ? property : member.homeProperty,
                           terminal: actor.terminal)
        if settings.arguments.option("as") != nil {
            // Five wrong PINs in fifteen minutes lock the login for the rest of that time: 10,000 PINs are few.
            let recent = try directory.auditTrail(login: login, since: Date().addingTimeInterval(-15 * 60), limit: 50)
            if recent.filter({ $0.refused && $0.action == "sign in" && $0.detail.hasPrefix("wrong PIN") }).count >= SignIn.attempts {
                throw Refusal.refuse(directory, actor, action: "sign in", subject: login,
                                     "'\(login)' is locked for 15 minutes after \(SignIn.attempts) wrong PINs")
            }
            guard let hash = try directory.pinHash(login: login) else {
                throw Refusal.refuse(directory, actor, action: "sign in", subject: login,
                                     "'\(login)' has no PIN yet: an administrator sets one with 'frontdesk staff set-pin \(login)'")
            }
            guard PinHasher.matches(try pinReader(), hash: hash) else {
                throw Refusal.refuse(directory, actor, action: "sign in", subject: login, "wrong PIN for '\(login)'")
            }
        }
        return (member, signed)
    }
}

/// Reads a PIN: from the terminal without echo, or a line of standard input when it is not one.
enum PinPrompt {
    static func read() throws -> String {
        try read(prompt: "PIN: ")
    }

    static func read(prompt: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = Swift.readLine(strippingNewline: true) else {
                throw CommandFailure(code: .noInput, message: "no PIN on standard input")
            }
            return line
        }
        FileHandle.standardError.write(prompt.data(using: .utf8)!)
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write("\n".data(using: .utf8)!)
        }
        return Swift.readLine(strippingNewline: true) ?? ""
    }
}
