import Foundation

/// The incident form's input: what an associate just heard from a guest.
public struct NewComplaint: Sendable, Equatable, Codable {
    public var guestID: Int64
    public var category: ComplaintCategory
    public var severity: ComplaintSeverity
    public var summary: String
    public var immediateAction: String
    public var compensation: Compensation?
    /// Who approved an offer over the associate's limit at this terminal, in their own words
    /// ("Sue Park (sue)"): recorded in the same transaction as the complaint.
    public var approval: String?

    public init(guestID: Int64, category: ComplaintCategory, severity: ComplaintSeverity = .medium,
                summary: String, immediateAction: String = "", compensation: Compensation? = nil, approval: String? = nil) {
        self.guestID = guestID
        self.category = category
        self.severity = severity
        self.summary = summary
        self.immediateAction = immediateAction
        self.compensation = compensation
        self.approval = approval
    }

    public static let maximumLength = 2000

    public func validated() throws -> NewComplaint {
        var c = self
        c.summary = c.summary.trimmingWhitespace
        c.immediateAction = c.immediateAction.trimmingWhitespace
        if c.summary.isEmpty { throw FrontDeskError.invalid("the complaint says nothing: type what happened") }
        if c.summary.count > Self.maximumLength {
            throw FrontDeskError.invalid("what happened is longer than \(Self.maximumLength) characters")
        }
        if c.immediateAction.count > Self.maximumLength {
            throw FrontDeskError.invalid("what was done at once is longer than \(Self.maximumLength) characters")
        }
        c.compensation = try c.compensation?.validated()
        return c
    }
}
