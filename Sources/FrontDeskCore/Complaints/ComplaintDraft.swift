import Foundation

/// A complaint form left half-written when the console had to close (the connection dropped, the
/// login was disabled): what the guest said is kept as typed, and the form opens on it next time.
public struct ComplaintDraft: Sendable, Equatable, Codable {
    public var summary: String
    public var category: ComplaintCategory
    public var categoryChosenByHand: Bool
    public var severity: ComplaintSeverity
    public var immediateAction: String
    /// The offer as typed, even if it is not an amount yet.
    public var amount: String
    public var kind: CompensationKind

    public init(summary: String, category: ComplaintCategory, categoryChosenByHand: Bool, severity: ComplaintSeverity,
                immediateAction: String, amount: String, kind: CompensationKind) {
        self.summary = summary
        self.category = category
        self.categoryChosenByHand = categoryChosenByHand
        self.severity = severity
        self.immediateAction = immediateAction
        self.amount = amount
        self.kind = kind
    }
}
