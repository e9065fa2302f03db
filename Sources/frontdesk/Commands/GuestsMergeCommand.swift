import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk guests duplicates|merge`: profiles that are probably one person, and merging them.
/// Anyone signed in may look; only supervisors and administrators merge.
enum GuestsMergeCommand {
    static func duplicates(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else {
            throw CommandFailure.usage("guests duplicates takes no operands; --limit N shows more or fewer")
        }
        let limit = try args.integer("limit") ?? 50
        let format = try settings.format(OutputFormat.allCases)
        let desk = try Session.desk(settings)
        let candidates = try desk.duplicateCandidates(limit: limit)
        if format == .json {
            try Output.printJSON(candidates.map { c in
                DuplicateJSON(score: c.match.score, reasons: c.match.reasons,
                              guests: [GuestJSON(id: c.match.olderID, name: c.older?.displayName ?? ""),
                                       GuestJSON(id: c.match.newerID, name: c.newer?.displayName ?? "")])
            })
            return
        }
        let vips = try desk.vipCatalog()
        try Output.print(Listing(columns: ["score", "guest", "name", "guest", "name", "why"], items: candidates.map { DuplicateRow($0) },
                                 empty: "No probable duplicates.") { row in
            [String(row.match.score), String(row.match.olderID), row.older.map(vips.named) ?? "", String(row.match.newerID),
             row.newer.map(vips.named) ?? "", row.match.reasons.joined(separator: "; ")]
        }, as: format)
    }

    static func merge(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count == 2, let survivor = Int64(operands[0]), let absorbed = Int64(operands[1]) else {
            throw CommandFailure.usage("guests merge needs two guest ids: the profile that stays, then the one merged into it")
        }
        guard survivor != absorbed else { throw CommandFailure.usage("guests merge needs two different guests, not \(survivor) twice") }
        let format = try settings.format()
        let desk = try Session.desk(settings)
        let summary = try desk.merge(absorbed, into: survivor)
        if format == .json { try Output.printJSON(summary); return }
        let name = (try? desk.guest(survivor)).map { " (\($0.displayName))" } ?? ""
        Output.print("Merged guest #\(absorbed) into guest #\(survivor)\(name): \(summary). Guest #\(absorbed) now opens guest #\(survivor).")
    }

    /// One pair, as listed.
    struct DuplicateRow: Encodable {
        let match: DuplicateMatch
        let older: Guest?
        let newer: Guest?
        init(_ c: (match: DuplicateMatch, older: Guest?, newer: Guest?)) { (match, older, newer) = c }
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
