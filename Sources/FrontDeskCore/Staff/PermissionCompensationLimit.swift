import Foundation

/// The most an associate may give on their own; above it a supervisor approves.
/// Configured per property in its own currency.
public struct CompensationLimit: Sendable, Equatable, Codable {
    public var amountMinor: Int64
    public var currency: String

    public init(amountMinor: Int64, currency: String) {
        self.amountMinor = amountMinor
        self.currency = currency
    }

    /// Amends in another currency (or in points) cannot be compared, so they need approval too.
    public func allows(_ compensation: Compensation) -> Bool {
        compensation.currency.uppercased() == currency.uppercased() && compensation.amountMinor <= amountMinor
    }

    public var display: String { Compensation(amountMinor: amountMinor, currency: currency.uppercased(), kind: .other).display }
}
