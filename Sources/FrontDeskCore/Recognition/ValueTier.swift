import Foundation

/// What a guest is worth to the hotel, from their stays over a window: it orders the
/// arrivals list and breaks ties in the complaint queue.
public enum ValueTier: String, Sendable, Codable, CaseIterable, Comparable {
    case mostValuable = "most-valuable", mostGrowable = "most-growable", regular, belowZero = "below-zero"

    public var label: String {
        switch self {
        case .mostValuable: return "Most valuable"
        case .mostGrowable: return "Most growable"
        case .regular: return "Regular"
        case .belowZero: return "Below zero"
        }
    }

    /// What the tier means, in a sentence a new associate can read.
    public var meaning: String {
        switch self {
        case .mostValuable: return "many nights or much revenue with us lately"
        case .mostGrowable: return "coming more often than before"
        case .regular: return "everyone else, new guests too"
        case .belowZero: return "we gave back more in compensation than the stays brought"
        }
    }

    /// Best first: `a < b` when a comes first.
    public static func < (a: ValueTier, b: ValueTier) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// - Most valuable: enough nights or enough net revenue in the window.
    /// - Below zero: what the hotel gave back (compensation) exceeds what the stays brought in.
    /// - Most growable: coming more often: more stays in the recent half of the window than in
    ///   the earlier half, at least two in all.
    /// - Regular: everyone else, new guests included.
    /// Only departed and in-house stays count; compensation counts in the window of the complaint.
    public static func of(stays: [Stay], complaints: [Complaint], today: Day, settings: RecognitionSettings) -> ValueTier {
        let start = today.adding(days: -settings.tierWindowDays)
        let middle = today.adding(days: -settings.tierWindowDays / 2)
        let counted = stays.filter { ($0.status == .departed || $0.status == .inHouse) && $0.arrival >= start && $0.arrival <= today }
        let nights = counted.reduce(0) { $0 + $1.nights }
        // Saturating sums: figures written by another program must not stop the desk.
        let revenue = counted.reduce(Int64(0)) { $0.saturatingAdd(max(0, $1.revenueMinor)) }
        let given = complaints.filter { Day($0.created.at, calendar: .utc) >= start }
            .reduce(Int64(0)) { $0.saturatingAdd(max(0, $1.compensation?.amountMinor ?? 0)) }
        let net = revenue.saturatingAdd(-given)
        // Below zero takes a stay to be below: a guest we have not hosted yet is not judged on a gesture.
        if given > 0 && net < 0 && !counted.isEmpty { return .belowZero }
        if nights >= settings.valuableNights || net >= settings.valuableRevenueMinor { return .mostValuable }
        let recent = counted.filter { $0.arrival >= middle }.count
        if counted.count >= 2 && recent > counted.count - recent { return .mostGrowable }
        return .regular
    }
}

extension Int64 {
    func saturatingAdd(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}

extension Calendar {
    /// Gregorian in UTC: days of stored timestamps, the same on every server.
    public static var utc: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }
}
