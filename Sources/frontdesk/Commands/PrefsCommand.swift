import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk prefs add|list|confirm|retire`: the preference pad for scripts and imports.
enum PrefsCommand {

    /// As on the pad: a note the guest's profile already holds confirms that preference instead
    /// of recording it twice, so an observation seen again stops being "seen 1×".
    static func add(_ operands: [String], _ args: Arguments, settings: Settings) throws {
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
        let format = try settings.format()
        // Here --property names the hotel the preference is for, not where the associate signs in.
        let only = try args.option("property").map { code in
            do { return try Settings.propertyCode(code) } catch let failure as CommandFailure { throw CommandFailure.usage(failure.message) }
        }
        let desk = try Session.desk(settings.removing(option: "property"))
        var stayID: Int64?
        if scope == .thisStay {
            let hotel = only ?? desk.property
            guard let stay = try desk.profile(guestID).stays.current(at: hotel, on: desk.today) else {
                throw CommandFailure(code: .badData,
                                     message: "guest \(guestID) has no current or coming stay at \(hotel) for a this-stay preference")
            }
            stayID = stay.id
        }
        let department = try TracesCommand.department(args, desk)
        let new = NewPreference(guestID: guestID, category: category, detail: detail, level: level,
                                scope: scope, source: source, isCritical: args.has("critical"),
                                stayID: stayID, onlyProperty: only, consent: args.has("consent"), department: department)
        let (id, confirmed): (Int64, Bool)
        switch try desk.recordPreference(new, ifAlreadyOnFile: .confirm) {
        case .recorded(let recorded): (id, confirmed) = (recorded, false)
        case .confirmed(let existing):
            (id, confirmed) = (existing, true)
            Output.note("Already on file as preference \(id): confirmed it instead of recording it twice.")
        case .alreadyOnFile(let existing): (id, confirmed) = (existing.id, false)
        }
        if format == .json { try Output.printJSON(Recorded(id: id, confirmed: confirmed)) } else { Output.print(String(id)) }
    }

    struct Recorded: Encodable {
        let id: Int64
        /// True when the note was already on file and was confirmed instead.
        let confirmed: Bool
    }

    /// `prefs confirm ID`: the guest says a preference still holds (an observation seen again).
    static func confirm(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let id = try preferenceID(operands, "confirm")
        try Session.desk(settings).confirmPreference(id)
        Output.print("Confirmed preference \(id).")
    }

    static func retire(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard let reason = args.option("reason") else { throw CommandFailure.usage("prefs retire needs --reason TEXT: it stays in history") }
        let id = try preferenceID(operands, "retire")
        try Session.desk(settings).retirePreference(id, reason: reason)
        Output.print("Retired preference \(id).")
    }

    private static func preferenceID(_ operands: [String], _ verb: String) throws -> Int64 {
        guard operands.count == 1, let id = Int64(operands[0]) else {
            throw CommandFailure.usage("prefs \(verb) needs one preference id (see 'frontdesk prefs list GUEST')")
        }
        return id
    }

    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let guestID = try GuestsCommand.guestID(operands, command: "prefs list")
        let format = try settings.format(OutputFormat.allCases)
        let profile = try Session.desk(settings).profile(guestID, sensitive: GuestsCommand.sensitive(args))
        try Output.print(Listing(columns: ["id", "category", "detail", "level", "scope", "source", "where", "department", "by", "at", "status"],
                                 items: profile.preferences) { p in
            [String(p.id), p.category.rawValue, p.detail, p.level.rawValue, p.scope.rawValue, p.source.rawValue,
             p.onlyProperty ?? "all", p.department.code, p.recorded.login, p.recorded.property, ProfileText.status(of: p, in: profile)]
        }, as: format)
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ args: Arguments, _ name: String, _ fallback: T) throws -> T where T.RawValue == String {
        guard let text = args.option(name) else { return fallback }
        guard let value = T(rawValue: text.lowercased()) else {
            throw CommandFailure.usage("--\(name) takes \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
        }
        return value
    }
}
