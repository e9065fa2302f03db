import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk stays add|list|check-in|check-out|cancel`: reservations and stays, for scripts,
/// the property system's interface and the night audit.
enum StaysCommand {

    /// The stay is at the signed-in property (`--property` for an administrator acting for another).
    static func add(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let guestID = try GuestsCommand.guestID(operands, command: "stays add")
        guard let room = args.option("room"), !room.trimmingSpaces.isEmpty else { throw CommandFailure.usage("stays add needs --room R") }
        let arrival = try day(args, "arrival"), departure = try day(args, "departure")
        let statusText = args.option("status") ?? "reserved"
        guard let status = StayStatus(rawValue: statusText) else {
            throw CommandFailure.usage("--status takes \(StayStatus.allCases.map(\.rawValue).joined(separator: ", ")), not '\(statusText)'")
        }
        let format = try settings.format()
        let desk = try Session.desk(settings)
        let id = try desk.addStay(for: guestID, room: room, arrival: arrival, departure: departure, status: status,
                                  revenueMinor: try revenueMinor(args, desk) ?? 0)
        try GuestsCommand.printID(id, format)
    }

    /// Check-in, check-out (with the stay's revenue, when known) and cancellation.
    static func move(_ operands: [String], to status: StayStatus, _ args: Arguments, settings: Settings) throws {
        let command = "stays " + (status == .inHouse ? "check-in" : status == .departed ? "check-out" : "cancel")
        guard operands.count == 1, let id = Int64(operands[0]) else {
            throw CommandFailure.usage("\(command) needs one stay id (see 'frontdesk stays list GUEST')")
        }
        let format = try settings.format()
        let desk = try Session.desk(settings)
        let moved = try desk.moveStay(id, to: status, revenueMinor: try revenueMinor(args, desk))
        if format == .json { try Output.printJSON(moved) } else { Output.print("Stay \(id), room \(moved.room): \(moved.status.label.lowercased()).") }
    }

    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let guestID = try GuestsCommand.guestID(operands, command: "stays list")
        let format = try settings.format(OutputFormat.allCases)
        let desk = try Session.desk(settings)
        let profile = try desk.profile(guestID, sensitive: .leftOut)
        try Output.print(Listing(columns: ["id", "property", "room", "arrival", "departure", "status", "revenue"], items: profile.stays) {
            [String($0.id), $0.property, $0.room, $0.arrival.description, $0.departure.description, $0.status.rawValue,
             Money.format($0.revenueMinor)]
        }, as: format)
    }

    static func day(_ args: Arguments, _ name: String) throws -> Day {
        guard let text = args.option(name) else { throw CommandFailure.usage("stays add needs --\(name) YYYY-MM-DD") }
        guard let day = Day(text) else { throw CommandFailure.usage("--\(name) takes a date such as 2026-11-22, not '\(text)'") }
        return day
    }

    /// `--revenue`, in the property's currency, read by the one money parser.
    static func revenueMinor(_ args: Arguments, _ desk: Desk) throws -> Int64? {
        guard let text = args.option("revenue") else { return nil }
        do { return try Money.parse(text, currency: try desk.currency()) } catch let e as FrontDeskError {
            throw CommandFailure.usage("--revenue: \(e.description)")
        }
    }
}
