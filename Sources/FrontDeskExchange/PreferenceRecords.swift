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
        let cells = MappedRecord(record, mapping)
        func yes(_ field: String) -> Bool {
            guard let text = cells.value(field)?.lowercased() else { return false }
            if ["yes", "y", "true", "1", "x"].contains(text) { return true }
            if !["no", "n", "false", "0"].contains(text) { cells.refuse(field, "'\(text)' is neither yes nor no") }
            return false
        }
        let external = cells.value("external-id")
        let guest = cells.value("guest").flatMap { Int64($0) }
        if external == nil && guest == nil { cells.refuse("external-id", "whose preference? give the guest's PMS profile number (or frontdesk id)") }
        var category = PreferenceCategory.other
        if let text = cells.value("category") {
            if let known = PreferenceCategory(text: text) { category = known } else {
                cells.refuse("category", "unknown category '\(text)' (" + PreferenceCategory.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
        } else {
            cells.refuse("category", "missing category")
        }
        func choice<T: RawRepresentable>(_ field: String, _ all: [T], _ fallback: T) -> T where T.RawValue == String {
            guard let text = cells.value(field)?.lowercased() else { return fallback }
            if let found = all.first(where: { $0.rawValue == text }) { return found }
            cells.refuse(field, "unknown \(field) '\(text)' (" + all.map(\.rawValue).joined(separator: ", ") + ")")
            return fallback
        }
        let level = choice("level", PreferenceLevel.allCases, .preferred)
        let source = choice("source", PreferenceSource.allCases, .stated)
        if choice("scope", PreferenceScope.allCases, .standing) == .thisStay {
            cells.refuse("scope", "a this-stay preference is recorded at the desk with its stay, not imported")
        }
        var recorded: ImportedTime?
        if let text = cells.value("recorded-at") {
            if let moment = ISO8601DateFormatter().date(from: text) {
                recorded = .moment(moment)
                if Day(moment) > today { cells.refuse("recorded-at", "'\(text)' is in the future") }
            } else if let day = ImportDates.day(text) {
                recorded = .day(day)
                if day > today { cells.refuse("recorded-at", "'\(text)' is in the future") }
            } else {
                cells.refuse("recorded-at", "bad date '\(text)': write it 2026-12-01 (or 01.12.2026, or 2026-12-01T09:30:00Z)")
            }
        }
        let preference = NewPreference(guestID: 0, category: category, detail: cells.value("detail") ?? "", level: level, source: source,
                                       isCritical: yes("critical"), onlyProperty: cells.value("only-property"), consent: yes("consent"),
                                       department: cells.value("department").map(Department.init(code:)))
        return cells.result(cells.checked {
            Row(externalID: external, guestID: guest, preference: try preference.validated(), recorded: recorded)
        })
    }
}
