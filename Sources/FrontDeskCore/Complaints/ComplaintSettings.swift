/// How a property handles complaints: when follow-ups fall due, and what an associate may
/// offer without a supervisor.
public struct ComplaintSettings: Sendable, Equatable, Codable {
    public var policy: FollowUpPolicy
    public var limit: CompensationLimit

    public init(policy: FollowUpPolicy = .standard, limit: CompensationLimit = CompensationLimit(amountMinor: 5_000, currency: "EUR")) {
        self.policy = policy
        self.limit = limit
    }
}
