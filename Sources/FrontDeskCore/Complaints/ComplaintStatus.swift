import Foundation

/// Where a complaint stands; `ComplaintLifecycle` says how it moves.
public enum ComplaintStatus: String, Sendable, Codable, CaseIterable {
    /// Owned and being worked; a follow-up call is due.
    case open
    /// A supervisor has been pulled in (or the cron job found the follow-up overdue).
    case escalated
    /// The owner believes it is put right; a follow-up call may still confirm or reopen it.
    case resolved
    /// A supervisor has signed it off; only a supervisor can reopen it.
    case closed

    public var label: String {
        switch self {
        case .open: return "Open"
        case .escalated: return "Escalated"
        case .resolved: return "Resolved"
        case .closed: return "Closed"
        }
    }

    /// Still being worked: follow-ups can be overdue and the queue shows it by default.
    public var isActive: Bool { self == .open || self == .escalated }

    public init?(text: String) {
        let t = text.trimmingSpaces.lowercased()
        guard let s = ComplaintStatus.allCases.first(where: { $0.rawValue == t }) else { return nil }
        self = s
    }
}
