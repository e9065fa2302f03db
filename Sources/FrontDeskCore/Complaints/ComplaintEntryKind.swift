import Foundation

/// What one line of a complaint's timeline records.
public enum ComplaintEntryKind: Sendable, Hashable, CaseIterable, Codable {
    case logged, pacified, actionTaken, reassigned, escalated, followedUp(satisfied: Bool),
         resolved, reopened, closed, note

    public static let allCases: [ComplaintEntryKind] = [
        .logged, .pacified, .actionTaken, .reassigned, .escalated, .followedUp(satisfied: true),
        .followedUp(satisfied: false), .resolved, .reopened, .closed, .note,
    ]

    /// Stored and exported as one word, so the follow-up's outcome needs no second column.
    public var code: String {
        switch self {
        case .logged: return "logged"
        case .pacified: return "pacified"
        case .actionTaken: return "action-taken"
        case .reassigned: return "reassigned"
        case .escalated: return "escalated"
        case .followedUp(satisfied: true): return "followed-up-satisfied"
        case .followedUp(satisfied: false): return "followed-up-unsatisfied"
        case .resolved: return "resolved"
        case .reopened: return "reopened"
        case .closed: return "closed"
        case .note: return "note"
        }
    }

    public var label: String {
        switch self {
        case .logged: return "Logged"
        case .pacified: return "Pacified"
        case .actionTaken: return "Action taken"
        case .reassigned: return "Reassigned"
        case .escalated: return "Escalated"
        case .followedUp(satisfied: true): return "Followed up: satisfied"
        case .followedUp(satisfied: false): return "Followed up: not satisfied"
        case .resolved: return "Resolved"
        case .reopened: return "Reopened"
        case .closed: return "Closed"
        case .note: return "Note"
        }
    }

    /// What the entry's words must say, so the timeline alone tells the story (and a key pressed by
    /// mistake records nothing); nil where the kind says it all (closing, a reassignment, logging).
    public var wordsWanted: String? {
        switch self {
        case .pacified: return "how the guest was calmed"
        case .actionTaken: return "what was done"
        case .note: return "what to note"
        case .followedUp: return "what the guest said when called back"
        case .resolved: return "how it was put right"
        case .escalated: return "why it goes to a supervisor"
        case .reopened: return "why it is open again"
        case .logged, .reassigned, .closed: return nil
        }
    }

    /// The words after "cannot be" in a refusal: "a closed complaint cannot be followed up".
    var refusedAs: String {
        switch self {
        case .logged: return "logged again"
        case .pacified: return "marked pacified"
        case .actionTaken: return "acted on"
        case .reassigned: return "reassigned"
        case .escalated: return "escalated"
        case .followedUp: return "followed up"
        case .resolved: return "resolved"
        case .reopened: return "reopened"
        case .closed: return "closed"
        case .note: return "noted"
        }
    }

    /// What the entry asks permission for; both follow-up outcomes are one action.
    public var action: ComplaintAction {
        switch self {
        case .logged: return .log
        case .pacified: return .pacify
        case .actionTaken: return .takeAction
        case .reassigned: return .reassign
        case .escalated: return .escalate
        case .followedUp: return .followUp
        case .resolved: return .resolve
        case .reopened: return .reopen
        case .closed: return .close
        case .note: return .note
        }
    }

    public init?(code: String) {
        guard let k = ComplaintEntryKind.allCases.first(where: { $0.code == code }) else { return nil }
        self = k
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let kind = ComplaintEntryKind(code: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown complaint entry \(text)"))
        }
        self = kind
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}
