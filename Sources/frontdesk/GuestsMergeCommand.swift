import Foundation
import FrontDeskCore
import FrontDeskUI

/// `frontdesk guests duplicates|merge`: profiles that are probably one person, and merging them.
/// Anyone signed in may look; only supervisors and administrators merge (`MergePermission`).
enum GuestsMergeCommand {
    static func duplicates(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["limit"], command: "guests duplicates")
        guard operands.isEmpty else {
            throw CommandFailure.usage("guests duplicates takes no operands; --limit N shows more or fewer")
        }
        let limit = try args.integer("limit") ?? 50
        let store = try StoreOpening.open(settings)
        _ = try SignIn.staff(settings, directory: store)
        let matches = try store.duplicateCandidates(limit: limit)
        var guests: [Int64: Guest] = [:]
        for id in Set(matches.flatMap { [$0.olderID, $0.newerID] }) {
            guests[id] = try store.guest(id: id)
        }
        switch try settings.format {
        case .json:
            try Output.printJSON(matches.map { match in
                DuplicateJSON(score: match.score, reasons: match.reasons,
                              guests: [match.olderID, match.newerID].map { GuestJSON(id: $0, name: guests[$0]?.displayName ?? "") })
            })
        case .table:
            guard !matches.isEmpty else { Output.print("No probable duplicates."); return }
            let vips = try store.vipCatalog()
            func name(_ id: Int64) -> String { guests[id].map(vips.named) ?? "" }
            Output.print(Output.table(["SCORE", "GUEST", "NAME", "GUEST", "NAME", "WHY"], matches.map {
                [String($0.score), String($0.olderID), name($0.olderID), String($0.newerID), name($0.newerID),
                 $0.reasons.joined(separator: "; ")]
            }))
        }
    }

    static func merge(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly([], command: "guests merge")
        guard operands.count == 2, let survivor = Int64(operands[0]), let absorbed = Int64(operands[1]) else {
            throw CommandFailure.usage("guests merge needs two guest ids: the profile that stays, then the one merged into it")
        }
        guard survivor != absorbed else { throw CommandFailure.usage("guests merge needs two different guests, not \(survivor) twice") }
        let store = try StoreOpening.open(settings)
        let (member, actor) = try SignIn.staff(settings, directory: store)
        try Refusal.check(store, actor, action: "merge guests", subject: "guest #\(absorbed)") {
            try MergePermission.check(member)
        }
        let summary = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: actor)
        switch try settings.format {
        case .json: try Output.printJSON(summary)
        case .table:
            let name = try store.guest(id: survivor).map { " (\($0.displayName))" } ?? ""
            // A guest's name is untrusted text: made terminal-safe like every table cell.
            Output.print(TerminalText.sanitize(
                "Merged guest #\(absorbed) into guest #\(survivor)\(name): \(summary). Guest #\(absorbed) now opens guest #\(survivor)."))
        }
    }

    struct DuplicateJSON: Encodable {
        let score: Int
        let reasons: [String]
        let guests: [GuestJSON]
    }

    struct GuestJSON: Encodable {
        let id: Int64
        let name: String
    }
}
