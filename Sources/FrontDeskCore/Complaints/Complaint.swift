import Foundation

/// A guest's complaint as it stands now. How it got here is its timeline of
/// `ComplaintEntry`s; the complaint is what applying them in order gives.
public struct Complaint: Sendable, Equatable, Codable {
    public var id: Int64
    public var guestID: Int64
    public var property: String
    public var category: ComplaintCategory
    public var severity: ComplaintSeverity
    public var status: ComplaintStatus
    /// Whoever heard it owns it, until a supervisor reassigns it.
    public var owner: String
    /// What happened, in the guest's terms.
    public var summary: String
    /// What was done at once to pacify the guest.
    public var immediateAction: String
    public var compensation: Compensation?
    /// When the owner must call the guest back; overdue only while the complaint is active.
    public var followUpDue: Date
    public var created: Signature

    public init(id: Int64, guestID: Int64, property: String, category: ComplaintCategory,
                severity: ComplaintSeverity, status: ComplaintStatus = .open, owner: String,
                summary: String, immediateAction: String = "", compensation: Compensation? = nil,
                followUpDue: Date, created: Signature) {
        self.id = id
        self.guestID = guestID
        self.property = property
        self.category = category
        self.severity = severity
        self.status = status
        self.owner = owner
        self.summary = summary
        self.immediateAction = immediateAction
        self.compensation = compensation
        self.followUpDue = followUpDue
        self.created = created
    }
}
