import Foundation

/// What the hotel gave the guest to make amends. Money is kept in minor units
/// (cents) with its ISO 4217 currency code, so no rounding ever creeps in.
public struct Compensation: Sendable, Equatable, Codable {
    public var amountMinor: Int64
    public var currency: String
    public var kind: CompensationKind

    public init(amountMinor: Int64, currency: String, kind: CompensationKind) {
        self.amountMinor = amountMinor
        self.currency = currency
        self.kind = kind
    }

    /// Currency upper-cased; a negative amount or a malformed currency is refused.
    public func validated() throws -> Compensation {
        var c = self
        c.currency = c.currency.trimmingSpaces.uppercased()
        if c.amountMinor < 0 {
            throw FrontDeskError.invalid("the compensation amount cannot be negative")
        }
        if c.currency.count != 3 || !c.currency.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
            throw FrontDeskError.invalid("the compensation currency \"\(currency)\" is not a three-letter code such as EUR")
        }
        return c
    }

    /// "150.00 EUR": the amount in major units, with the currency's own decimals.
    public var display: String { "\(Money.format(amountMinor, currency: currency)) \(currency)" }
}

/// The form of the amends; the amount is what it is worth to the guest.
public enum CompensationKind: String, Sendable, Codable, CaseIterable {
    case roomCredit = "room-credit", refund, waivedCharge = "waived-charge", complimentary, upgrade,
         loyaltyPoints = "loyalty-points", other

    public var label: String {
        switch self {
        case .roomCredit: return "Room credit"
        case .refund: return "Refund"
        case .waivedCharge: return "Waived charge"
        case .complimentary: return "Complimentary"
        case .upgrade: return "Upgrade"
        case .loyaltyPoints: return "Loyalty points"
        case .other: return "Other"
        }
    }

    public init?(text: String) {
        let t = text.trimmingSpaces.lowercased()
        guard let k = CompensationKind.allCases.first(where: { $0.rawValue == t || $0.label.lowercased() == t })
        else { return nil }
        self = k
    }
}
