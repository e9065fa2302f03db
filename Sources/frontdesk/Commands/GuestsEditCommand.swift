import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk guests edit|retire`: correcting a profile, and retiring one made by mistake.
enum GuestsEditCommand {
    /// Each option given replaces that field; given empty (`--email ""`) it clears it. Every change
    /// is kept in the profile's history.
    static func edit(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let id = try GuestsCommand.guestID(operands, command: "guests edit")
        let fields = ["given", "family", "title", "language", "email", "phone", "company", "loyalty", "birth-date", "reading"]
        guard fields.contains(where: { args.option($0) != nil }) else {
            throw CommandFailure.usage("guests edit needs what to change: " + fields.map { "--\($0)" }.joined(separator: ", "))
        }
        let birthDate = try GuestsCommand.birthDate(args)
        let desk = try Session.desk(settings)
        let base = NewGuest(try desk.profile(id).guest)
        var guest = base
        let optional = { (name: String, current: String?) in args.option(name).map { $0.isEmpty ? nil : $0 } ?? current }
        guest.givenName = args.option("given") ?? guest.givenName
        guest.familyName = args.option("family") ?? guest.familyName
        guest.title = args.option("title") ?? guest.title
        guest.language = args.option("language") ?? guest.language
        guest.email = optional("email", guest.email)
        guest.phone = optional("phone", guest.phone)
        guest.company = optional("company", guest.company)
        guest.loyaltyNumber = optional("loyalty", guest.loyaltyNumber)
        guest.nameReading = optional("reading", guest.nameReading)
        if args.option("birth-date") != nil { guest.birthDate = birthDate }
        let changes = try desk.editGuest(id, from: base, to: guest)
        if changes.isEmpty {
            Output.print("Nothing changed: guest \(id) already reads so.")
        } else {
            Output.print(changes.map { "guest \(id): \($0.description)" }.joined(separator: "\n"))
        }
    }

    /// Retires a profile made by mistake, or (`reinstating`) puts one back in use; either needs why.
    static func retire(_ operands: [String], _ args: Arguments, settings: Settings, reinstating: Bool = false) throws {
        let command = reinstating ? "guests reinstate" : "guests retire"
        let id = try GuestsCommand.guestID(operands, command: command)
        guard let reason = args.option("reason"), !reason.trimmingSpaces.isEmpty else {
            throw CommandFailure.usage("\(command) needs --reason: " + (reinstating ? "why the profile is back in use" : "why the profile was a mistake"))
        }
        let desk = try Session.desk(settings)
        if reinstating {
            try desk.reinstateGuest(id, reason: reason)
            Output.print("Guest \(id) reinstated: search finds it again.")
        } else {
            try desk.retireGuest(id, reason: reason)
            Output.print("Guest \(id) retired: no search finds it; its id still opens it, with its history.")
        }
    }
}
