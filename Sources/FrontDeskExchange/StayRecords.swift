import Foundation
import FrontDeskCore

/// Stays in a file, as a PMS exports reservations: whose (the guest's PMS profile number, or
/// frontdesk's id), which room, when, in what state and for how much.
public enum StayRecords {
    public static let fields: [(name: String, aliases: [String])] = [
        ("external-id", ["guest external id", "profile id", "profile number", "name id", "pms profile", "guest profile"]),
        ("guest", ["guest id", "frontdesk id", "frontdesk-guest"]),
        ("room", ["room number", "room no"]),
        ("arrival", ["arrival date", "check in", "checkin", "arrive"]),
        ("departure", ["departure date", "check out", "checkout", "depart"]),
        ("status", ["reservation status", "stay status"]),
        ("revenue", ["net revenue", "room revenue", "amount"]),
        ("revenue-minor", []),
    ]

    /// A row as a stay of a guest still to be found: by `externalID`, else by `guestID`.
    public struct Row: Sendable {
        public var externalID: String?
        public var guestID: Int64?
        public var room: String
        public var arrival: Day
        public var departure: Day
        /// nil when the file does not say: a new stay is then reserved, one on file keeps its own.
        public var status: StayStatus?
        /// nil when the file does not say: a new stay then brought in nothing yet.
        public var revenueMinor: Int64?
    }

    public static func stay(from record: SourceRecord, mapping: ColumnMapping, currency: String) -> Result<Row, ImportProblems> {
        let cells = MappedRecord(record, mapping)
        let external = cells.value("external-id")
        let guest = cells.value("guest").flatMap { Int64($0) }
        if external == nil && guest == nil { cells.refuse("external-id", "whose stay? give the guest's PMS profile number (or frontdesk id)") }
        let room = cells.value("room") ?? ""
        if room.isEmpty { cells.refuse("room", "missing room") }
        func day(_ field: String) -> Day? {
            guard let text = cells.value(field) else { cells.refuse(field, "missing \(field) date"); return nil }
            guard let day = ImportDates.day(text) else { cells.refuse(field, "bad date '\(text)': write it 2026-12-01 (or 01.12.2026)"); return nil }
            return day
        }
        let arrival = day("arrival"), departure = day("departure")
        if let arrival, let departure, departure < arrival { cells.refuse("departure", "the departure \(departure) is before the arrival \(arrival)") }
        var status: StayStatus?
        if let text = cells.value("status") {
            if let known = statuses[ColumnMapping.key(text)] { status = known } else {
                cells.refuse("status", "unknown status '\(text)' (reserved, in-house, departed or cancelled)")
            }
        }
        var revenue: Int64?
        if let text = cells.value("revenue-minor") {
            if let minor = Int64(text), minor >= 0 { revenue = minor } else { cells.refuse("revenue-minor", "'\(text)' is not a whole amount in cents") }
        } else if let text = cells.value("revenue") {
            do { revenue = try Money.parse(text, currency: currency) } catch let error as FrontDeskError { cells.refuse("revenue", error.description) } catch {}
        }
        guard let arrival, let departure else { return cells.result(nil) }
        return cells.result(Row(externalID: external, guestID: guest, room: room, arrival: arrival, departure: departure,
                                status: status, revenueMinor: revenue))
    }

    /// The words PMS exports use for a stay's state.
    static let statuses: [String: StayStatus] = [
        "reserved": .reserved, "reservation": .reserved, "confirmed": .reserved, "booked": .reserved,
        "inhouse": .inHouse, "checkedin": .inHouse, "arrived": .inHouse,
        "departed": .departed, "checkedout": .departed,
        "cancelled": .cancelled, "canceled": .cancelled, "noshow": .cancelled,
    ]
}
