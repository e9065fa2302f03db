import Foundation
import FrontDeskCore

/// `frontdesk stays add|list`: reservations and stays, for scripts and the night audit.
enum StaysCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        switch words.first {
        case "add": try add(Array(words.dropFirst()), args, settings: settings)
        case "list": try list(Array(words.dropFirst()), args, settings: settings)
        case let other?: throw CommandFailure.usage("unknown stays command '\(other)' (add, list)")
        case nil: throw CommandFailure.usage("stays needs a command: add or list")
        }
    }

    static func add(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["room", "arrival", "departure", "status"], command: "stays add")
        let guestID = try GuestsCommand.guestID(operands, command: "stays add")
        guard let room = args.option("room"), !room.trimmingSpaces.isEmpty else { throw CommandFailure.usage("stays add needs --room R") }
        let arrival = try day(args, "arrival"), departure = try day(args, "departure")
        let statusText = args.option("status") ?? "reserved"
        guard let status = StayStatus(rawValue: statusText) else {
            throw CommandFailure.usage("--status takes \(StayStatus.allCases.map(\.rawValue).joined(separator: ", ")), not '\(statusText)'")
        }
        let store = try StoreOpening.open(settings)
        let actor = try SignIn.staff(settings, directory: store).actor
        let id = try store.addStay(guestID: guestID, room: room.trimmingSpaces, arrival: arrival, departure: departure,
                                   status: status, by: actor)
        switch try settings.format {
        case .table: Output.print(String(id))
        case .json: Output.print(try Output.json(["id": id]))
        }
    }

    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly([], command: "stays list")
        let guestID = try GuestsCommand.guestID(operands, command: "stays list")
        let profile = try GuestsCommand.signedInProfile(guestID, settings: settings)
        switch try settings.format {
        case .json: Output.print(try Output.json(profile.stays))
        case .table:
            Output.print(Output.table(["ID", "PROPERTY", "ROOM", "ARRIVAL", "DEPARTURE", "STATUS"], profile.stays.map {
                [String($0.id), $0.property, $0.room, $0.arrival.description, $0.departure.description, $0.status.rawValue]
            }))
        }
    }

    static func day(_ args: Arguments, _ name: String) throws -> Day {
        guard let text = args.option(name) else { throw CommandFailure.usage("stays add needs --\(name) YYYY-MM-DD") }
        guard let day = Day(text) else { throw CommandFailure.usage("--\(name) takes a date such as 2026-11-22, not '\(text)'") }
        return day
    }
}
