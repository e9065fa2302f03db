import Foundation
import FrontDeskCore
import FrontDeskUI

/// `frontdesk prefs add|list|retire`: the preference pad for scripts and imports.
enum PrefsCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        switch words.first {
        case "add": try add(Array(words.dropFirst()), args, settings: settings)
        case "list": try list(Array(words.dropFirst()), args, settings: settings)
        case "retire": try retire(Array(words.dropFirst()), args, settings: settings)
        case let other?: throw CommandFailure.usage("unknown prefs command '\(other)' (add, list, retire)")
        case nil: throw CommandFailure.usage("prefs needs a command: add, list or retire")
        }
    }

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
        let store = try StoreOpening.open(settings)
        let actor = try SignIn.staff(settings, directory: store).actor
        guard let profile = try store.profile(guestID: guestID) else {
            throw CommandFailure(code: .noInput, message: "no guest with id \(guestID)")
        }
        var stayID: Int64?
        if scope == .thisStay {
            guard let stay = profile.stays.filter({ $0.property == actor.property }).current(on: Day(Date())) else {
                throw CommandFailure(code: .badData,
                                     message: "guest \(guestID) has no current or coming stay at \(actor.property) for a this-stay preference")
            }
            stayID = stay.id
        }
        // --property: for this hotel only (the one signed in at); without it, every hotel of the chain.
        let only = args.option("property") != nil ? actor.property : nil
        let id = try store.recordPreference(NewPreference(guestID: guestID, category: category, detail: detail, level: level,
                                                          scope: scope, source: source, isCritical: args.has("critical"),
                                                          stayID: stayID, onlyProperty: only, consent: args.has("consent")),
                                            by: actor)
        switch try settings.format {
        case .table: Output.print(String(id))
        case .json: Output.print(try Output.json(["id": id]))
        }
    }

    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["include-sensitive"], command: "prefs list")
        let guestID = try GuestsCommand.guestID(operands, command: "prefs list")
        let profile = try GuestsCommand.signedInProfile(guestID, settings: settings)
        switch try settings.format {
        case .json: Output.print(try Output.json(profile.preferences))
        case .table:
            Output.print(Output.table(["ID", "CATEGORY", "DETAIL", "LEVEL", "SCOPE", "SOURCE", "WHERE", "BY", "AT", "STATUS"],
                                      profile.preferences.map { p in
                [String(p.id), p.category.rawValue, p.detail, p.level.rawValue, p.scope.rawValue, p.source.rawValue,
                 p.onlyProperty ?? "all", p.recorded.login, p.recorded.property,
                 p.retirement.map { "retired: \($0.reason)" } ?? (!profile.appliesNow(p) ? "earlier stay"
                    : p.isUnconfirmed ? "unconfirmed" : "active")]
            }))
        }
    }

    static func retire(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["reason"], command: "prefs retire")
        guard operands.count == 1, let id = Int64(operands[0]) else {
            throw CommandFailure.usage("prefs retire needs one preference id (see 'frontdesk prefs list GUEST')")
        }
        guard let reason = args.option("reason") else { throw CommandFailure.usage("prefs retire needs --reason TEXT: it stays in history") }
        let store = try StoreOpening.open(settings)
        let actor = try SignIn.staff(settings, directory: store).actor
        try store.retirePreference(id: id, reason: reason, by: actor)
        Output.print("Retired preference \(id).")
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ args: Arguments, _ name: String, _ fallback: T) throws -> T where T.RawValue == String {
        guard let text = args.option(name) else { return fallback }
        guard let value = T(rawValue: text.lowercased()) else {
            throw CommandFailure.usage("--\(name) takes \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
        }
        return value
    }
}
