import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk staff add|list|set-role|set-pin|disable`: administrators manage who may sign in.
/// While the database has no administrator, whoever can write the file may add the first one.
enum StaffCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        guard let verb = words.first else {
            throw CommandFailure.usage("staff needs a command: add, list, set-role, set-pin or disable")
        }
        try args.allowOnly(verb == "add" ? ["name", "role", "with-pin"] : [], command: "staff \(verb)")
        let operands = Array(words.dropFirst())
        if verb == "list" {
            let format = try settings.format(OutputFormat.allCases)
            let staff = try Session.desk(settings).staffList()
            try Output.print(Listing(columns: ["login", "name", "role", "property", "status"], items: staff) {
                [$0.login, $0.displayName, $0.role.label, $0.homeProperty, $0.isDisabled ? "disabled" : "active"]
            }, as: format)
            return
        }
        guard ["add", "set-role", "set-pin", "disable"].contains(verb) else {
            throw CommandFailure.usage("unknown staff command '\(verb)' (add, list, set-role, set-pin, disable)")
        }
        guard operands.count == (verb == "set-role" ? 2 : 1) else {
            throw CommandFailure.usage(verb == "set-role" ? "staff set-role needs a login and a role" : "staff \(verb) needs one login")
        }
        let login = try validLogin(operands[0])
        let store = try Session.store(settings)
        switch verb {
        case "add":
            guard let name = args.option("name") else { throw CommandFailure.usage("staff add needs --name \"Display Name\"") }
            let role = try parseRole(args.option("role") ?? "")
            let request = try settings.signInRequest()
            let desk = try (role == .administrator ? SignIn.firstAdministrator(store, request, pins: PinHasher()) : nil)
                ?? Session.desk(on: store, settings)
            // --with-pin reads the new member's PIN in the same step (the first administrator's too).
            let pin = args.has("with-pin") ? try PinPrompt.readNew() : nil
            try desk.addStaff(login: login, name: name, role: role, pin: pin)
            Output.print("Added \(login) (\(role.label))\(pin == nil ? "" : " with a PIN").")
        case "set-role":
            let role = try parseRole(operands[1])
            try Session.desk(on: store, settings).setRole(of: login, to: role)
            Output.print("\(login) is now \(role.label).")
        case "set-pin":
            let desk = try Session.desk(on: store, settings)
            try desk.setPIN(of: login, to: try PinPrompt.readNew())
            Output.print("PIN set for \(login).")
        default:
            try Session.desk(on: store, settings).disableStaff(login)
            Output.print("\(login) is disabled; what they recorded stays signed with their name.")
        }
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
}
