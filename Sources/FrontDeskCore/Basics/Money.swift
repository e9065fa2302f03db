/// Amounts of money, kept in minor units (cents) so no rounding ever creeps in. One parser for
/// every amount a person types — compensation, limits, revenue — so "25.505" gets one answer everywhere.
public enum Money {
    /// Digits after the point: most currencies have cents; these ISO 4217 ones have none or thousandths.
    public static func decimals(of currency: String) -> Int {
        switch currency.uppercased() {
        case "JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF", "PYG": return 0
        case "BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD": return 3
        default: return 2
        }
    }

    /// "25", "25.5", "25.50" or "25,50" (desks in much of Europe type a comma) → minor units.
    /// Refused, with a message saying how to write it: anything else, a sign, grouping, more
    /// decimals than the currency has, or an amount too large to be meant.
    public static func parse(_ text: String, currency: String) throws -> Int64 {
        try parse(text, decimals: decimals(of: currency), unit: currency.uppercased())
    }

    /// The same, for a number of decimals: `unit` names the currency in a refusal.
    public static func parse(_ text: String, decimals: Int = 2, unit: String = "") throws -> Int64 {
        let typed = text.trimmingSpaces
        let example = decimals == 0 ? "25" : "25." + String(repeating: "5", count: decimals)
        let name = unit.isEmpty ? "" : " in " + unit
        func refuse(_ why: String) -> FrontDeskError {
            .invalid("'\(typed)' is not an amount\(name): \(why)")
        }
        let parts = typed.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        // ASCII digits, scalar by scalar: "5" with a combining mark is not a digit.
        guard !typed.isEmpty, parts.count <= 2, !parts[0].isEmpty,
              parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }) else {
            throw refuse("write it with digits and at most one point, such as \(example)")
        }
        let fraction = parts.count == 2 ? parts[1] : ""
        if parts.count == 2 && fraction.isEmpty { throw refuse("write the decimals after the point, such as \(example)") }
        if fraction.count > decimals {
            throw refuse(decimals == 0 ? "\(unit.isEmpty ? "it" : unit) has no decimals, such as \(example)"
                                       : "at most \(decimals) decimals, such as \(example)")
        }
        var minor: Int64 = 0
        for digit in (parts[0] + fraction + String(repeating: "0", count: decimals - fraction.count)).utf8 {
            let (times, o1) = minor.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
            guard !o1, !o2, sum <= maximumMinor else { throw refuse("that is more than any amount meant here") }
            minor = sum
        }
        return minor
    }

    /// Larger amounts are typing slips, and sums of them stay far from overflow.
    public static let maximumMinor: Int64 = 1_000_000_000_000_000

    /// "1234.05" in the currency's own decimals.
    public static func format(_ minor: Int64, currency: String) -> String {
        format(minor, decimals: decimals(of: currency))
    }

    public static func format(_ minor: Int64, decimals: Int = 2) -> String {
        let sign = minor < 0 ? "-" : ""
        let magnitude = minor.magnitude
        guard decimals > 0 else { return sign + String(magnitude) }
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let part = String(magnitude % scale)
        return "\(sign)\(magnitude / scale).\(String(repeating: "0", count: decimals - part.count))\(part)"
    }
}
