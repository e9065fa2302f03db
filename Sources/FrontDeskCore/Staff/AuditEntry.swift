import Foundation

/// One line of the audit trail: who did what, when, where and from which terminal, and whether
/// it was refused. Built from the signatures every write already carries, plus recorded refusals.
public struct AuditEntry: Sendable, Equatable, Codable {
    public var at: Date
    public var login: String
    public var property: String
    public var terminal: String
    public var action: String
    public var subject: String
    public var detail: String
    public var refused: Bool

    public init(at: Date, login: String, property: String, terminal: String, action: String,
                subject: String, detail: String, refused: Bool) {
        self.at = at
        self.login = login
        self.property = property
        self.terminal = terminal
        self.action = action
        self.subject = subject
        self.detail = detail
        self.refused = refused
    }
}
