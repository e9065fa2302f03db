import Foundation

/// One line of a complaint's timeline. Entries are never edited or deleted —
/// the properties are constants — so a correction is a new entry (usually a note).
public struct ComplaintEntry: Sendable, Equatable, Codable {
    public let id: Int64
    public let complaintID: Int64
    public let kind: ComplaintEntryKind
    public let signature: Signature
    /// What was said or done, in the writer's words; may be empty where the kind says it all.
    public let text: String
    /// The login that owns the complaint after a reassignment; nil for every other kind.
    public let newOwner: String?
    /// Amends offered with this entry; it replaces whatever was offered before.
    public let compensation: Compensation?

    public init(id: Int64, complaintID: Int64, kind: ComplaintEntryKind, signature: Signature,
                text: String = "", newOwner: String? = nil, compensation: Compensation? = nil) {
        self.id = id
        self.complaintID = complaintID
        self.kind = kind
        self.signature = signature
        self.text = text
        self.newOwner = newOwner
        self.compensation = compensation
    }
}
