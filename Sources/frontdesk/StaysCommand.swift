import Foundation
import FrontDeskCore

/// `frontdesk stays add|list|check-in|check-out|cancel`: reservations and stays, for scripts,
/// the property system's interface and the night audit.
enum StaysCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        let operands = Array(words.dropFirst())
        switch words.first {
        case "add": try add(operands, args, settings: settings)
        case "list": try list(operands, args, settings: settings)
        case "check-in": try move(operands, to: .inHouse, args, settings: settings)
        case "check-out": try move(operands, to: .departed, args, settings: settings)
        case "cancel": try move(operands, to: .cancelled, args, settings: settings)
        case let other?: throw CommandFailure.usage("unknown stays command '\(other)' (add, list, check-in, check-out, cancel)")
        case nil: throw CommandFailure.usage("stays needs a command: add, list, check-in, check-out or cancel")
        }
    }

    /// The stay is at the signed-in property (`--property` for an administrator acting for another).
    static func add(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["room", "arrival", "departure", "status", "revenue"], command: "stays add")
        let guestID = try GuestsCommand.guestID(operands, command: "stays add")
        guard let room = args.option("room"), !room.trimmingSpaces.isEmpty else { throw CommandFailure.usage("stays add needs --room R") }
        let arrival = try day(args, "arrival"), departure = try day(args, "departure")
        let statusText = args.option("status") ?? "reserved"
        guard let status = StayStatus(rawValue: statusText) else {
            throw CommandFailure.usage("--status takes \(StayStatus.allCases.map(\.rawValue).joined(separator: ", ")), not '\(statusText)'")
        }
        let revenue = try revenueMinor(args) ?? 0
        let store = try StoreOpening.open(settings)
        let actor = try SignIn.staff(settings, directory: store).actor
        let id = try store.addStay(guestID: guestID, room: room.trimmingSpaces, arrival: arrival, departure: departure,
                                   status: status, revenueMinor: revenue, by: actor)
        try printID(id, settings)
    }

    /// Check-in, check-out (with the stay's revenue, when known) and cancellation.
    static func move(_ operands: [String], to status: StayStatus, _ args: Arguments, settings: Settings) throws {
        let command = "stays " + (status == .inHouse ? "check-in" : status == .departed ? "check-out" : "cancel")
        try args.allowOnly(status == .departed ? ["revenue"] : [], command: command)
        guard operands.count == 1, let id = Int64(operands[0]) else {
            throw CommandFailure.usage("\(command) needs one stay id (see 'frontdesk stays list GUEST')")
        }
        let revenue = try revenueMinor(args)
        let store = try StoreOpening.open(settings)
        let actor = try SignIn.staff(settings, directory: store).actor
        guard let stay = try store.stay(id: id) else { throw CommandFailure(code: .noInput, message: "no stay with id \(id)") }
        if stay.property != actor.property {
            throw Refusal.refuse(store, actor, action: command, subject: "stay #\(id)",
                                 "stay \(id) is at \(stay.property); \(actor.login) works at \(actor.property)")
        }
        let moved = try store.setStayStatus(stayID: id, to: status, revenueMinor: revenue, by: actor)
        switch try settings.format {
        case .table: Output.print("Stay \(id), room \(moved.room): \(moved.status.label.lowercased()).")
        case .json: try Output.printJSON(moved)
        }
    }

    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly([], command: "stays list")
        let guestID = try GuestsCommand.guestID(operands, command: "stays list")
        let profile = try GuestsCommand.signedInProfile(guestID, settings: settings)
        switch try settings.format {
        case .json: try Output.printJSON(profile.stays)
        case .table:
            Output.print(Output.table(["ID", "PROPERTY", "ROOM", "ARRIVAL", "DEPARTURE", "STATUS", "REVENUE"], profile.stays.map {
                [String($0.id), $0.property, $0.room, $0.arrival.description, $0.departure.description, $0.status.rawValue,
                 Money.major($0.revenueMinor)]
            }))
        }
    }

    static func day(_ args: Arguments, _ name: String) throws -> Day {
        guard let text = args.option(name) else { throw CommandFailure.usage("stays add needs --\(name) YYYY-MM-DD") }
        guard let day = Day(text) else { throw CommandFailure.usage("--\(name) takes a date such as 2026-11-22, not '\(text)'") }
        return day
    }

    static func revenueMinor(_ args: Arguments) throws -> Int64? {
        guard let text = args.option("revenue") else { return nil }
        guard let minor = Money.minor(text), minor >= 0 else {
            throw CommandFailure.usage("--revenue takes an amount such as 1250.00, not '\(text)'")
        }
        return minor
    }

    static func printID(_ id: Int64, _ settings: Settings) throws {
        switch try settings.format {
        case .table: Output.print(String(id))
        case .json: try Output.printJSON(["id": id])
        }
    }
}
