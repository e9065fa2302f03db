import Foundation

/// The append-only history of every write, and of what was refused.
public protocol AuditTrail: AnyObject {
    /// Newest first; nil filters do not filter. `property` is where the action was taken.
    func auditTrail(login: String?, since: Date?, property: String?, limit: Int) throws -> [AuditEntry]
    /// Every entry about these subjects ("guest #12", "stay #40"), oldest first.
    func auditTrail(subjects: [String]) throws -> [AuditEntry]
    /// Something a member of staff tried and was not allowed to do.
    func recordRefusal(action: String, subject: String, reason: String, by actor: Actor) throws
    /// Sensitive facts given out on purpose (`--include-sensitive`), to someone allowed them.
    func recordSensitiveRead(action: String, subject: String, by actor: Actor) throws
    /// How many refusals of `action` about `subject` were recorded since a time, by anyone: what
    /// counts guesses of one login's PIN, however many other refusals came between.
    func refusalCount(action: String, subject: String, since: Date) throws -> Int
}

extension AuditTrail {
    public func auditTrail(login: String?, since: Date?, limit: Int) throws -> [AuditEntry] {
        try auditTrail(login: login, since: since, property: nil, limit: limit)
    }
}
