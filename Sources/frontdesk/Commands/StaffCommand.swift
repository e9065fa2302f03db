import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk staff add|list|set-role|set-pin|pin-digits|disable`: administrators manage who may sign in.
/// While the database has no administrator, whoever can write the file may add the first one.
enum StaffCommand {
    static func add(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let login = try oneLogin(operands, "add")
        let name = args.option("name") ?? ""
        let role = try parseRole(args.option("role") ?? "")
        let store = try Session.store(settings)
        let request = try Session.request(on: store, settings)
        // The first administrator is made by whoever has the data itself, never by a session the
        // data's group is lent to (any login on a desk server).
        let desk = try (role == .administrator ? SignIn.firstAdministrator(store, request, pins: PinHasher()) : nil)
            ?? Session.desk(on: store, settings)
        // --with-pin reads the new member's PIN in the same step (the first administrator's too).
        let pin = args.has("with-pin") ? try PinPrompt.readNew() : nil
        try desk.addStaff(login: login, name: name, role: role, pin: pin)
        Output.print("Added \(login) (\(role.label))\(pin == nil ? "" : " with a PIN").")
    }

    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("staff list takes no operands") }
        let format = try settings.format(OutputFormat.allCases)
        let staff = try Session.desk(settings).staffList()
        try Output.print(Listing(columns: ["login", "name", "role", "property", "status"], items: staff) {
            [$0.login, $0.displayName, $0.role.label, $0.homeProperty, $0.isDisabled ? "disabled" : "active"]
        }, as: format)
    }

    static func setRole(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count == 2 else { throw CommandFailure.usage("staff set-role needs a login and a role") }
        let login = try validLogin(operands[0])
        let role = try parseRole(operands[1])
        try Session.desk(settings).setRole(of: login, to: role)
        Output.print("\(login) is now \(role.label).")
    }

    static func setPIN(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let login = try oneLogin(operands, "set-pin")
        let desk = try Session.desk(settings)
        try desk.setPIN(of: login, to: try PinPrompt.readNew())
        Output.print("PIN set for \(login).")
    }

    /// Shows the chain's minimum PIN length, or sets it.
    static func pinDigits(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count <= 1 else { throw CommandFailure.usage("staff pin-digits takes at most one number") }
        let desk = try Session.desk(settings)
        if let text = operands.first {
            guard let digits = Int(text) else { throw CommandFailure.usage("staff pin-digits takes a number of digits, not '\(text)'") }
            try desk.setMinimumPINDigits(digits)
            Output.print("New PINs now need at least \(digits) digits at every hotel; PINs already set still work.")
        } else {
            Output.print("New PINs need at least \(try desk.minimumPINDigits()) digits.")
        }
    }

    static func disable(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let login = try oneLogin(operands, "disable")
        try Session.desk(settings).disableStaff(login)
        Output.print("\(login) is disabled; what they recorded stays signed with their name.")
    }

    static func oneLogin(_ operands: [String], _ verb: String) throws -> String {
        guard operands.count == 1 else { throw CommandFailure.usage("staff \(verb) needs one login") }
        return try validLogin(operands[0])
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
