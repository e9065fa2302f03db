import Foundation
import FrontDeskCore

/// Guests in a file: the columns a guest is read from, and one row made into a guest, with every
/// problem of the row named by its column.
public enum GuestRecords {
    /// Each field and the names PMS exports and spreadsheets give it.
    public static let fields: [(name: String, aliases: [String])] = [
        ("external-id", ["external id", "id", "profile id", "profile number", "profile no", "guest id", "name id", "pms id", "client id"]),
        ("title", ["salutation"]),
        ("given", ["given name", "first name", "first", "forename", "firstname"]),
        ("family", ["family name", "last name", "last", "surname", "lastname"]),
        ("language", ["lang", "language code"]),
        ("vip", ["vip level", "vip code", "vip status"]),
        ("loyalty", ["loyalty number", "loyalty no", "membership number", "membership no", "member no", "loyalty code"]),
        ("email", ["e-mail", "email address", "mail"]),
        ("phone", ["phone number", "telephone", "mobile", "tel"]),
        ("company", ["company name", "employer"]),
        ("reading", ["name reading", "alternate name", "alt name"]),
        ("birth-date", ["birth date", "date of birth", "dob", "birthday"]),
    ]

    /// The profile's fields (as `GuestFields` names them) a file's columns carry: an import updates
    /// those and leaves the rest as the desk has them.
    public static func profileFields(_ mapping: ColumnMapping) -> Set<String> {
        let names = ["title": "title", "given": "given name", "family": "family name", "reading": "name reading", "language": "language",
                     "email": "e-mail", "phone": "phone", "company": "company", "loyalty": "loyalty number", "birth-date": "birth date"]
        return Set(mapping.columns.keys.compactMap { names[$0] })
    }

    /// The guest a row describes, or everything wrong with it.
    public static func guest(from record: SourceRecord, mapping: ColumnMapping, vips: VIPCatalog, today: Day) -> Result<NewGuest, ImportProblems> {
        let cells = MappedRecord(record, mapping)
        var guest = NewGuest(title: cells.value("title") ?? "", givenName: cells.value("given") ?? "",
                             familyName: cells.value("family") ?? "", language: cells.value("language") ?? "",
                             loyaltyNumber: cells.value("loyalty"), email: cells.value("email"), phone: cells.value("phone"),
                             company: cells.value("company"), nameReading: cells.value("reading"),
                             externalID: cells.value("external-id"))
        if guest.givenName.isEmpty && guest.familyName.isEmpty {
            cells.refuse("family", "missing name: a guest needs a given or a family name")
        }
        if let text = cells.value("birth-date") {
            if let day = ImportDates.day(text) { guest.birthDate = day } else {
                cells.refuse("birth-date", "bad date '\(text)': write it 1980-04-23 (or 23.04.1980)")
            }
        }
        if let text = cells.value("vip") {
            if let level = vips.level(text: text) { guest.vip = level } else {
                cells.refuse("vip", "unknown VIP level '\(text)' (levels: none, " + vips.levels.map(\.code).joined(separator: ", ") + ")")
            }
        }
        return cells.result(cells.checked { try guest.validated(today: today) })
    }
}

/// What was wrong with one row, all of it.
public struct ImportProblems: Error, Sendable {
    public var all: [ExchangeError]
    public init(_ all: [ExchangeError]) { self.all = all }
}

/// Dates as files write them: ISO 8601, or day.month.year as European exports do. A slashed date
/// is refused: 03/04/1980 is March in one country and April in the next.
enum ImportDates {
    static func day(_ text: String) -> Day? {
        if let day = Day(text) { return day }
        let parts = text.split(separator: ".")
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(String(format: "%04d-%02d-%02d", y, m, d))
    }
}

extension String {
    var nonBlank: String? { isEmpty ? nil : self }
}
