import Foundation
import FrontDeskCore

/// Turning rows back into domain values; a value the domain does not know is bad data, named with its file.
extension SQLGuestStore {
    static let guestColumns = "id, title, given, family, language, vip, loyalty, email, phone, company, created_at, reading, birth_date, external_id"

    func decodeGuest(_ row: any SQLRow) throws -> Guest {
        let id = row.int(0)
        return Guest(id: id, title: row.text(1), givenName: row.text(2), familyName: row.text(3),
                     language: row.text(4), vip: try decode(VIPLevel(rawValue: Int(row.int(5))), row.int(5), "VIP level", "guest #\(id)"),
                     loyaltyNumber: row.optionalText(6), email: row.optionalText(7), phone: row.optionalText(8),
                     company: row.optionalText(9), nameReading: row.optionalText(11),
                     birthDate: try row.optionalText(12).map { try day($0, "guest #\(id)") },
                     externalID: row.optionalText(13), createdAt: Date(unixSeconds: row.double(10)))
    }

    func decode<T, Raw>(_ value: T?, _ raw: Raw, _ what: String, _ owner: String) throws -> T {
        guard let value else { throw FrontDeskError.badData("\(location): \(owner) has an unknown \(what) '\(raw)'") }
        return value
    }

    func day(_ text: String, _ owner: String) throws -> Day {
        try decode(Day(text), text, "date", owner)
    }
}

extension Date {
    /// Timestamps are stored as REAL unix seconds: readable with SQLite's own date functions.
    package init(unixSeconds: Double) { self.init(timeIntervalSince1970: unixSeconds) }
    package var unixSeconds: Double { timeIntervalSince1970 }
}
