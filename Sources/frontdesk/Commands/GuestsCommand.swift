import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk guests add|search|show|duplicates|merge`: the guest file for scripts and administrators.
enum GuestsCommand {
    static func add(_ args: Arguments, settings: Settings) throws {
        let format = try settings.format()
        let birthDate = try birthDate(args)
        let desk = try Session.desk(settings)
        let vip = try vipLevel(args.option("vip") ?? "none", catalog: try desk.vipCatalog())
        let guest = NewGuest(title: args.option("title") ?? "", givenName: args.option("given") ?? "",
                             familyName: args.option("family") ?? "", language: args.option("language") ?? "",
                             vip: vip, loyaltyNumber: args.option("loyalty"), email: args.option("email"),
                             phone: args.option("phone"), company: args.option("company"),
                             nameReading: args.option("reading"), birthDate: birthDate)
        if guest.givenName.trimmingSpaces.isEmpty && guest.familyName.trimmingSpaces.isEmpty {
            throw CommandFailure.usage("a guest needs a given or a family name (use --given and --family)")
        }
        try printID(try desk.addGuest(guest), format)
    }

    /// `--birth-date 1980-04-23`; whether it can be a birth date is the core's to say.
    static func birthDate(_ args: Arguments) throws -> Day? {
        guard let text = args.option("birth-date"), !text.isEmpty else { return nil }
        guard let day = Day(text) else {
            throw CommandFailure.usage("--birth-date takes a past date such as 1980-04-23, not '\(text)'")
        }
        return day
    }

    static func search(_ words: [String], _ args: Arguments, settings: Settings) throws {
        let query = words.joined(separator: " ")
        guard !query.trimmingSpaces.isEmpty else {
            throw CommandFailure.usage("guests search needs something to look for: a name, room, loyalty number, phone or e-mail")
        }
        let format = try settings.format(OutputFormat.allCases)
        let desk = try Session.desk(settings)
        let outcome = try desk.search(query, limit: try args.integer("limit") ?? 20)
        if format == .json {
            try Output.printJSON(SearchJSON(results: outcome.results, suggestions: outcome.suggestions))
            return
        }
        let hint = outcome.suggestions.isEmpty ? "" : " Did you mean: \(outcome.suggestions.joined(separator: ", "))?"
        let vips = try desk.vipCatalog()
        try Output.print(Listing(columns: ["id", "name", "vip", "room", "loyalty", "alert"], items: outcome.results,
                                 empty: "No guest matches '\(query)'.\(hint)") {
            [String($0.guestID), $0.displayName, vips.name(of: $0.vip), $0.room ?? "", $0.loyaltyNumber ?? "", $0.hasAlert ? "!" : ""]
        }, as: format)
    }

    static func show(_ words: [String], _ args: Arguments, settings: Settings) throws {
        let id = try guestID(words, command: "guests show")
        let format = try settings.format()
        let desk = try Session.desk(settings)
        let profile = try desk.profile(id, sensitive: sensitive(args))
        switch format {
        case .json: try Output.printJSON(ProfileJSON(guest: profile.guest, stays: profile.stays, preferences: profile.preferences,
                                                     changes: profile.changes, retired: profile.retirement))
        default: Output.print(ProfileText.render(profile, vips: try desk.vipCatalog()))
        }
    }

    /// Sensitive preferences never leave the database by default: `--include-sensitive` adds them,
    /// for a role that may see them; anyone else is refused and audited.
    static func sensitive(_ args: Arguments) -> SensitiveFacts {
        args.has("include-sensitive") ? .included : .leftOut
    }

    /// A configured VIP level by code, name or rank.
    static func vipLevel(_ text: String, catalog: VIPCatalog) throws -> VIPLevel {
        guard let level = catalog.level(text: text), level == .none || catalog.definition(of: level) != nil else {
            let codes = ["none"] + catalog.levels.map(\.code)
            throw CommandFailure.usage("--vip takes \(codes.joined(separator: ", ")) or their rank, not '\(text)' (see 'frontdesk vip list')")
        }
        return level
    }

    /// The one guest id a command works on.
    static func guestID(_ operands: [String], command: String) throws -> Int64 {
        guard operands.count == 1, let id = Int64(operands[0]) else {
            throw CommandFailure.usage("\(command) needs one guest id (a number; find it with 'frontdesk guests search')")
        }
        return id
    }

    /// A new record's id: the number alone for a script's `$(...)`, or `{"id": N}`.
    static func printID(_ id: Int64, _ format: OutputFormat) throws {
        if format == .json { try Output.printJSON(["id": id]) } else { Output.print(String(id)) }
    }

    struct SearchJSON: Encodable {
        let results: [GuestSearchResult]
        let suggestions: [String]
    }

    struct ProfileJSON: Encodable {
        let guest: Guest
        let stays: [Stay]
        let preferences: [Preference]
        let changes: [GuestChange]
        let retired: Retirement?
    }
}
