import Foundation
import FrontDeskCore
import FrontDeskUI

/// `frontdesk prefs add|list|confirm|retire`: the preference pad for scripts and imports.
enum PrefsCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        switch words.first {
        case "add": try add(Array(words.dropFirst()), args, settings: settings)
        case "list": try list(Array(words.dropFirst()), args, settings: settings)
        case "confirm": try confirm(Array(words.dropFirst()), args, settings: settings)
        case "retire": try retire(Array(words.dropFirst()), args, settings: settings)
        case let other?: throw CommandFailure.usage("unknown prefs command '\(other)' (add, list, confirm, retire)")
        case nil: throw CommandFailure.usage("prefs needs a command: add, list, confirm or retire")
        }
    }

    /// As on the pad: a note the guest's profile already holds confirms that preference instead
    /// of recording it twice, so an observation seen again stops being "seen 1×".
    static func add(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["detail", "category", "level", "scope", "source", "consent", "critical"], command: "prefs add")
        let guestID = try GuestsCommand.guestID(operands, command: "prefs add")
        guard let detail = args.option("detail") else { throw CommandFailure.usage("prefs add needs --detail TEXT") }
        // As on the pad: the category follows the words unless it is given.
        let category = try args.option("category").map { text in
            guard let c = PreferenceCategory(text: text) else {
                throw CommandFailure.usage("--category takes \(PreferenceCategory.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
            }
            return c
        } ?? CategorySuggester.suggest(for: detail) ?? .other
        let level = try choice(args, "level", PreferenceLevel.preferred)
        let scope = try choice(args, "scope", PreferenceScope.standing)
        let source = try choice(args, "source", PreferenceSource.stated)
        if category.isSensitive && !args.has("consent") {
            throw CommandFailure.usage(
                "\(category.label.lowercased()) is sensitive: record it only if the guest agreed to it being kept, and say so with --consent")
        }
        // Here --property names the hotel the preference is for, not where the associate signs in.
        let only = try args.option("property").map { code in
            do { return try Settings.propertyCode(code) } catch let failure as CommandFailure { throw CommandFailure.usage(failure.message) }
        }
        let signIn = Settings(arguments: args.removing(option: "property"), environment: settings.environment)
        let store = try StoreOpening.open(settings)
        let (member, actor) = try SignIn.staff(signIn, directory: store)
        guard let profile = try store.profile(guestID: guestID) else {
            throw CommandFailure(code: .noInput, message: "no guest with id \(guestID)")
        }
        var stayID: Int64?
        if scope == .thisStay {
            let hotel = only ?? actor.property
            guard let stay = profile.stays.filter({ $0.property == hotel }).current(on: Day(Date())) else {
                throw CommandFailure(code: .badData,
                                     message: "guest \(guestID) has no current or coming stay at \(hotel) for a this-stay preference")
            }
            stayID = stay.id
        }
        let new = try NewPreference(guestID: guestID, category: category, detail: detail, level: level,
                                    scope: scope, source: source, isCritical: args.has("critical"),
                                    stayID: stayID, onlyProperty: only, consent: args.has("consent")).validated()
        let id: Int64
        let confirmed: Bool
        if let existing = PreferenceMatching.existing(matching: new, in: profile.visible(to: member.role).profile.preferences) {
            try store.confirmPreference(id: existing.id, by: actor)
            (id, confirmed) = (existing.id, true)
            Output.note("Already on file as preference \(id): confirmed it instead of recording it twice.")
        } else {
            (id, confirmed) = (try store.recordPreference(new, by: actor), false)
        }
        switch try settings.format {
        case .table: Output.print(String(id))
        case .json: try Output.printJSON(Recorded(id: id, confirmed: confirmed))
        }
    }

    struct Recorded: Encodable {
        let id: Int64
        /// True when the note was already on file and was confirmed instead.
        let confirmed: Bool
    }

    /// `prefs confirm ID`: the guest says a preference still holds (an observation seen again).
    static func confirm(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly([], command: "prefs confirm")
        let (store, actor, id) = try preferenceToChange(operands, args, settings: settings, action: "confirm")
        try store.confirmPreference(id: id, by: actor)
        Output.print("Confirmed preference \(id).")
    }

    static func retire(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["reason"], command: "prefs retire")
        guard let reason = args.option("reason") else { throw CommandFailure.usage("prefs retire needs --reason TEXT: it stays in history") }
        let (store, actor, id) = try preferenceToChange(operands, args, settings: settings, action: "retire")
        try store.retirePreference(id: id, reason: reason, by: actor)
        Output.print("Retired preference \(id).")
    }

    /// Signs in and finds the preference; a sensitive one is only changed by a role that may see it.
    private static func preferenceToChange(_ operands: [String], _ args: Arguments, settings: Settings,
                                           action: String) throws -> (ConsoleStore, Actor, Int64) {
        guard operands.count == 1, let id = Int64(operands[0]) else {
            throw CommandFailure.usage("prefs \(action) needs one preference id (see 'frontdesk prefs list GUEST')")
        }
        let store = try StoreOpening.open(settings)
        let (member, actor) = try SignIn.staff(settings, directory: store)
        guard let preference = try store.preference(id: id) else {
            throw CommandFailure(code: .noInput, message: "no preference with id \(id)")
        }
        if preference.isSensitive && !Sensitivity.mayView(member.role) {
            throw Refusal.refuse(store, actor, action: "\(action) preference", subject: "preference #\(id)",
                                 "preference \(id) is sensitive: only coordinators and above may \(action) it")
        }
        return (store, actor, id)
    }

    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["include-sensitive"], command: "prefs list")
        let guestID = try GuestsCommand.guestID(operands, command: "prefs list")
        let profile = try GuestsCommand.signedInProfile(guestID, settings: settings)
        switch try settings.format {
        case .json: try Output.printJSON(profile.preferences)
        case .table:
            Output.print(Output.table(["ID", "CATEGORY", "DETAIL", "LEVEL", "SCOPE", "SOURCE", "WHERE", "BY", "AT", "STATUS"],
                                      profile.preferences.map { p in
                [String(p.id), p.category.rawValue, p.detail, p.level.rawValue, p.scope.rawValue, p.source.rawValue,
                 p.onlyProperty ?? "all", p.recorded.login, p.recorded.property,
                 ProfileText.status(of: p, in: profile)]
            }))
        }
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ args: Arguments, _ name: String, _ fallback: T) throws -> T where T.RawValue == String {
        guard let text = args.option(name) else { return fallback }
        guard let value = T(rawValue: text.lowercased()) else {
            throw CommandFailure.usage("--\(name) takes \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
        }
        return value
    }
}
