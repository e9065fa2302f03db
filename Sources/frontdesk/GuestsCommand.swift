import Foundation
import FrontDeskCore
import FrontDeskUI

/// `frontdesk guests add|search|show`: the guest file for scripts and administrators.
enum GuestsCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        switch words.first {
        case "add": try add(args, settings: settings)
        case "search": try search(Array(words.dropFirst()), args, settings: settings)
        case "show": try show(Array(words.dropFirst()), args, settings: settings)
        case "duplicates": try GuestsMergeCommand.duplicates(Array(words.dropFirst()), args, settings: settings)
        case "merge": try GuestsMergeCommand.merge(Array(words.dropFirst()), args, settings: settings)
        case let other?: throw CommandFailure.usage("unknown guests command '\(other)' (add, search, show, duplicates, merge)")
        case nil: throw CommandFailure.usage("guests needs a command: add, search, show, duplicates or merge")
        }
    }

    static func add(_ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["given", "family", "title", "email", "phone", "loyalty", "vip", "language", "company", "reading",
                            "birth-date"], command: "guests add")
        let store = try StoreOpening.open(settings)
        let vip = try vipLevel(args.option("vip") ?? "none", catalog: try store.vipCatalog())
        let guest = NewGuest(title: args.option("title") ?? "", givenName: args.option("given") ?? "",
                             familyName: args.option("family") ?? "", language: args.option("language") ?? "",
                             vip: vip, loyaltyNumber: args.option("loyalty"), email: args.option("email"),
                             phone: args.option("phone"), company: args.option("company"),
                             nameReading: args.option("reading"), birthDate: try birthDate(args))
        let valid: NewGuest
        do { valid = try guest.validated() } catch let e as FrontDeskError {
            throw CommandFailure.usage(e.description + " (use --given and --family)")
        }
        let id = try store.addGuest(valid, by: try SignIn.staff(settings, directory: store).actor)
        switch try settings.format {
        case .table: Output.print(String(id))
        case .json: try Output.printJSON(["id": id])
        }
    }

    /// A day that has been: a typo like 2080 for 1980 is caught here, not found later as a stranger's birthday.
    static func birthDate(_ args: Arguments) throws -> Day? {
        guard let text = args.option("birth-date") else { return nil }
        guard let day = Day(text), day <= Day(Date()) else {
            throw CommandFailure.usage("--birth-date takes a past date such as 1980-04-23, not '\(text)'")
        }
        return day
    }

    static func search(_ words: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["limit"], command: "guests search")
        let query = words.joined(separator: " ")
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CommandFailure.usage("guests search needs something to look for: a name, room, loyalty number, phone or e-mail")
        }
        let store = try StoreOpening.open(settings)
        _ = try SignIn.staff(settings, directory: store)
        let outcome = try store.searchGuests(query, limit: try args.integer("limit") ?? 20)
        switch try settings.format {
        case .json:
            try Output.printJSON(SearchJSON(results: outcome.results, suggestions: outcome.suggestions))
        case .table:
            if outcome.results.isEmpty {
                let hint = outcome.suggestions.isEmpty ? "" : " Did you mean: \(outcome.suggestions.joined(separator: ", "))?"
                Output.print("No guest matches '\(TerminalText.sanitize(query))'.\(hint)")
                return
            }
            let vips = try store.vipCatalog()
            Output.print(Output.table(["ID", "NAME", "VIP", "ROOM", "LOYALTY", "ALERT"], outcome.results.map {
                [String($0.guestID), $0.displayName, vips.name(of: $0.vip), $0.room ?? "", $0.loyaltyNumber ?? "", $0.hasAlert ? "!" : ""]
            }))
        }
    }

    static func show(_ words: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["include-sensitive"], command: "guests show")
        let id = try guestID(words, command: "guests show")
        let profile = try signedInProfile(id, settings: settings)
        switch try settings.format {
        case .json:
            try Output.printJSON(ProfileJSON(guest: profile.guest, stays: profile.stays, preferences: profile.preferences))
        case .table:
            Output.print(ProfileText.render(profile, vips: try StoreOpening.open(settings).vipCatalog()))
        }
    }

    /// Opens the database, signs in, and reads one guest's profile: what every read of a guest starts with.
    /// Sensitive preferences are left out unless `--include-sensitive` is given by a role that may see them.
    static func signedInProfile(_ id: Int64, settings: Settings) throws -> GuestProfile {
        let store = try StoreOpening.open(settings)
        let (member, actor) = try SignIn.staff(settings, directory: store)
        guard let profile = try store.profile(guestID: id) else {
            throw CommandFailure(code: .noInput, message: "no guest with id \(id)")
        }
        return try SensitiveExport.profile(profile, member: member, actor: actor, args: settings.arguments, trail: store)
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

    struct SearchJSON: Encodable {
        let results: [GuestSearchResult]
        let suggestions: [String]
    }

    struct ProfileJSON: Encodable {
        let guest: Guest
        let stays: [Stay]
        let preferences: [Preference]
    }
}
