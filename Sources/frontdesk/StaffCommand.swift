import Foundation
import FrontDeskCore

/// `frontdesk staff add|list|set-role|set-pin|disable`: administrators manage who may sign in.
/// While the database has no administrator, whoever can write the file may add the first one.
enum StaffCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        guard let verb = words.first else {
            throw CommandFailure.usage("staff needs a command: add, list, set-role, set-pin or disable")
        }
        try args.allowOnly(verb == "add" ? ["name", "role", "with-pin"] : [], command: "staff \(verb)")
        let store = try StoreOpening.open(settings)
        let operands = Array(words.dropFirst())
        if verb == "list" {
            _ = try administrator(settings, store: store, bootstrapping: false, doing: "list staff")
            try list(store, settings: settings)
            return
        }
        guard operands.count == (verb == "set-role" ? 2 : 1) else {
            throw CommandFailure.usage(verb == "set-role" ? "staff set-role needs a login and a role" : "staff \(verb) needs one login")
        }
        let login = try validLogin(operands[0])
        let actor = try administrator(settings, store: store, bootstrapping: verb == "add" && args.option("role") == "administrator",
                                      doing: "manage staff")
        do {
            switch verb {
            case "add":
                guard let name = args.option("name") else { throw CommandFailure.usage("staff add needs --name \"Display Name\"") }
                let role = try parseRole(args.option("role") ?? "")
                // --with-pin reads the new member's PIN in the same step (the first administrator's too).
                let pin = args.has("with-pin") ? try readNewPin() : nil
                try store.addStaff(StaffMember(login: login, displayName: name, role: role,
                                               homeProperty: try settings.property()), by: actor)
                if let pin { try store.setPinHash(login: login, hash: try PinHasher.hash(pin), by: actor) }
                Output.print("Added \(login) (\(role.label))\(pin == nil ? "" : " with a PIN").")
            case "set-role":
                let role = try parseRole(operands[1])
                try store.setRole(login: login, role: role, by: actor)
                Output.print("\(login) is now \(role.label).")
            case "set-pin":
                guard try store.staffMember(login: login) != nil else {
                    throw CommandFailure(code: .noInput, message: "no staff member '\(login)'")
                }
                let pin = try readNewPin()
                try store.setPinHash(login: login, hash: try PinHasher.hash(pin), by: actor)
                Output.print("PIN set for \(login).")
            case "disable":
                try store.disableStaff(login: login, by: actor)
                Output.print("\(login) is disabled; what they recorded stays signed with their name.")
            default:
                throw CommandFailure.usage("unknown staff command '\(verb)' (add, list, set-role, set-pin, disable)")
            }
        } catch let error as FrontDeskError {
            throw CommandFailure(error)
        }
    }

    static func list(_ store: StaffDirectory & AuditTrail, settings: Settings) throws {
        let staff = try store.allStaff()
        switch try settings.format {
        case .json: try Output.printJSON(staff)
        case .table:
            Output.print(Output.table(["LOGIN", "NAME", "ROLE", "PROPERTY", "STATUS"], staff.map {
                [$0.login, $0.displayName, $0.role.label, $0.homeProperty, $0.isDisabled ? "disabled" : "active"]
            }))
        }
    }

    /// The signed-in administrator, or anyone creating the first administrator of a database.
    static func administrator(_ settings: Settings, store: StaffDirectory & AuditTrail, bootstrapping: Bool,
                              doing what: String) throws -> Actor {
        if bootstrapping, try !store.hasActiveAdministrator() {
            return Actor(login: settings.login, property: try settings.property(), terminal: settings.terminal)
        }
        let (member, actor) = try SignIn.staff(settings, directory: store)
        guard member.role == .administrator else {
            throw Refusal.refuse(store, actor, action: what, subject: "staff",
                                 "only an administrator may \(what); '\(member.login)' is \(member.role.label.lowercased())")
        }
        return actor
    }

    static func parseRole(_ text: String) throws -> Role {
        guard let role = Role(text: text) else {
            throw CommandFailure.usage("--role takes associate, coordinator, supervisor or administrator, not '\(text)'")
        }
        return role
    }

    static func validLogin(_ text: String) throws -> String {
        do { return try StaffLogin.validated(text) } catch let e as FrontDeskError { throw CommandFailure.usage(e.description) }
    }

    /// Four to twelve digits, typed twice at a terminal; one line when read from a script.
    static func readNewPin() throws -> String {
        let pin = try PinPrompt.read(prompt: "New PIN: ")
        if isatty(STDIN_FILENO) == 1, try PinPrompt.read(prompt: "Again: ") != pin {
            throw CommandFailure(code: .badData, message: "the two PINs differ; nothing was changed")
        }
        guard (4...12).contains(pin.count), pin.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            throw CommandFailure(code: .badData, message: "a PIN is 4 to 12 digits; nothing was changed")
        }
        return pin
    }
}
