/// How a property turns history into recognition. Kept per property as named options (the
/// latest value of each applies); anything not set takes the default here.
public struct RecognitionSettings: Sendable, Equatable, Codable {
    /// A standing preference not confirmed for this many days is "confirm with guest" at check-in.
    public var reconfirmAfterDays = 365
    /// Value tiers look back this many days of stays.
    public var tierWindowDays = 730
    /// Most valuable: at least this many nights in the window...
    public var valuableNights = 20
    /// ...or at least this much net revenue, in minor units of the property's currency (kept as
    /// text with two decimals of minor units / 100, whatever the currency: `Desk.changeSettings`).
    public var valuableRevenueMinor: Int64 = 500_000
    /// The order in which the one question is chosen.
    public var questionOrder: [PreferenceCategory] = [.bedding, .room, .newspaper, .dietary, .beverage,
                                                      .temperature, .wakeUp, .transport, .amenities]

    public init() {}

    /// Option names as `frontdesk property set` takes them.
    public static let optionNames = ["reconfirm-after-days", "tier-window-days", "valuable-nights",
                                     "valuable-revenue", "question-order"]

    /// The value of one option as text, for `property show`.
    public func value(of name: String) -> String {
        switch name {
        case "reconfirm-after-days": return String(reconfirmAfterDays)
        case "tier-window-days": return String(tierWindowDays)
        case "valuable-nights": return String(valuableNights)
        case "valuable-revenue": return Money.format(valuableRevenueMinor)
        case "question-order": return questionOrder.map(\.rawValue).joined(separator: ",")
        default: return ""
        }
    }

    /// Applies one option; a bad name or value is refused naming both.
    public mutating func set(_ name: String, to text: String) throws {
        let t = text.trimmingSpaces
        func days(_ range: ClosedRange<Int>) throws -> Int {
            guard let n = Int(t), range.contains(n) else {
                throw FrontDeskError.invalid("\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
            }
            return n
        }
        switch name {
        case "reconfirm-after-days": reconfirmAfterDays = try days(1...3650)
        case "tier-window-days": tierWindowDays = try days(30...3650)
        case "valuable-nights": valuableNights = try days(1...3650)
        case "valuable-revenue":
            let minor = try Money.parse(t)
            guard minor > 0 else { throw FrontDeskError.invalid("valuable-revenue takes an amount above zero, such as 5000.00") }
            valuableRevenueMinor = minor
        case "question-order":
            var order: [PreferenceCategory] = []
            for word in t.split(separator: ",") {
                guard let c = PreferenceCategory(text: String(word)), !c.isSensitive, c != .allergy else {
                    throw FrontDeskError.invalid(
                        "question-order takes categories such as bedding,room,newspaper (not sensitive ones or allergy), not '\(word)'")
                }
                if !order.contains(c) { order.append(c) }
            }
            guard !order.isEmpty else { throw FrontDeskError.invalid("question-order needs at least one category") }
            questionOrder = order
        default:
            throw FrontDeskError.invalid("unknown setting '\(name)' (\(RecognitionSettings.optionNames.joined(separator: ", ")))")
        }
    }

    /// Settings from stored options, oldest first so the latest wins.
    public init(options: [(name: String, value: String)]) throws {
        self.init()
        for (name, value) in options { try set(name, to: value) }
    }
}
