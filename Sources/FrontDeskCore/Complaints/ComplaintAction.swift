/// Something a member of staff asks to do to a complaint; `Permissions` decides.
public enum ComplaintAction: String, Sendable, Codable, CaseIterable {
    case log, pacify, takeAction = "take-action", note, followUp = "follow-up", resolve,
         reassign, escalate, reopen, close

    /// The verb for a refusal: "an associate cannot reassign complaints".
    public var verb: String {
        switch self {
        case .log: return "log"
        case .pacify: return "pacify the guest on"
        case .takeAction: return "take action on"
        case .note: return "add a note to"
        case .followUp: return "follow up"
        case .resolve: return "resolve"
        case .reassign: return "reassign"
        case .escalate: return "escalate"
        case .reopen: return "reopen"
        case .close: return "close"
        }
    }
}
