import Foundation
import FrontDeskCore

/// Preferences in a file: whose (the guest's PMS profile number, or frontdesk's id), of what
/// category, in the guest's words, and how they hold. A this-stay preference belongs to a stay the
/// desk records, not to an import.
public enum PreferenceRecords {
    public static let fields: [(name: String, aliases: [String])] = [
        ("external-id", ["guest external id", "profile id", "profile number", "name id", "pms profile", "guest profile"]),
        ("guest", ["guest id", "frontdesk id"]),
        ("category", ["preference category", "type", "preference type"]),
        ("detail", ["preference", "description", "text", "remark", "comment"]),
        ("level", []),
        ("source", []),
        ("only-property", ["property only", "hotel only"]),
        ("consent", ["guest consent"]),
        ("critical", ["alert"]),
        ("department", []),
        ("scope", []),
        ("recorded-at", ["recorded", "recorded on", "date noted", "insert date", "created"]),
    ]

    public struct Row: Sendable {
        public var externalID: String?
        public var guestID: Int64?
        /// Its guest id is filled in once the guest is found.
        public var preference: NewPreference
        /// When the PMS noted it; nil when the file does not say (it is then recorded at the import).
        public var recorded: ImportedTime?
    }

    /// - Parameter today: the hotel's day: a preference noted after it is a mistyped date.
    public static func preference(from record: SourceRecord, mapping: ColumnMapping, today: Day) -> Result<Row, ImportProblems> {
        var problems = record.problems
        func value(_ field: String) -> String? {
            mapping.columns[field].flatMap { record.values[$0] }?.trimmingSpaces.nonBlank
        }
        func refuse(_ field: String, _ reason: String) {
            problems.append(ExchangeError(line: record.line, column: mapping.columns[field] ?? field, reason: reason))
        }
        func yes(_ field: String) -> Bool {
            guard let text = value(field)?.lowercased() else { return false }
            if ["yes", "y", "true", "1", "x"].contains(text) { return true }
            if !["no", "n", "false", "0"].contains(text) { refuse(field, "'\(text)' is neither yes nor no") }
            return false
        }
        let external = value("external-id")
        let guest = value("guest").flatMap { Int64($0) }
        if external == nil && guest == nil { refuse("external-id", "whose preference? give the guest's PMS profile number (or frontdesk id)") }
        var category = PreferenceCategory.other
        if let text = value("category") {
            if let known = PreferenceCategory(text: text) { category = known } else {
                refuse("category", "unknown category '\(text)' (" + PreferenceCategory.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
        } else {
            refuse("category", "missing category")
        }
        func choice<T: RawRepresentable>(_ field: String, _ all: [T], _ fallback: T) -> T where T.RawValue == String {
            guard let text = value(field)?.lowercased() else { return fallback }
            if let found = all.first(where: { $0.rawValue == text }) { return found }
            refuse(field, "unknown \(field) '\(text)' (" + all.map(\.rawValue).joined(separator: ", ") + ")")
            return fallback
        }
        let level = choice("level", PreferenceLevel.allCases, .preferred)
        let source = choice("source", PreferenceSource.allCases, .stated)
        if choice("scope", PreferenceScope.allCases, .standing) == .thisStay {
            refuse("scope", "a this-stay preference is recorded at the desk with its stay, not imported")
        }
        var recorded: ImportedTime?
        if let text = value("recorded-at") {
            if let moment = ISO8601DateFormatter().date(from: text) {
                recorded = .moment(moment)
                if Day(moment) > today { refuse("recorded-at", "'\(text)' is in the future") }
            } else if let day = ImportDates.day(text) {
                recorded = .day(day)
                if day > today { refuse("recorded-at", "'\(text)' is in the future") }
            } else {
                refuse("recorded-at", "bad date '\(text)': write it 2026-12-01 (or 01.12.2026, or 2026-12-01T09:30:00Z)")
            }
        }
        var preference = NewPreference(guestID: 0, category: category, detail: value("detail") ?? "", level: level, source: source,
                                       isCritical: yes("critical"), onlyProperty: value("only-property"), consent: yes("consent"),
                                       department: value("department").map(Department.init(code:)))
        if problems.isEmpty {
            do { preference = try preference.validated() } catch let error as FrontDeskError {
                problems.append(ExchangeError(line: record.line, column: nil, reason: error.description))
            } catch {}
        }
        guard problems.isEmpty else { return .failure(ImportProblems(problems)) }
        return .success(Row(externalID: external, guestID: guest, preference: preference, recorded: recorded))
    }
}
