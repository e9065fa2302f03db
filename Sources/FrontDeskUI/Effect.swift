import FrontDeskCore

/// What a screen asks the console to do; screens stay pure values, the console talks to the store.
enum Effect: Equatable {
    case runSearch(String)
    case openGuest(Int64)
    case createWalkIn(String)
    /// With a category when the pad records the answer to the one question.
    case openPad(guestID: Int64, category: PreferenceCategory?)
    case askedQuestion(guestID: Int64, category: PreferenceCategory)
    case savePreference(NewPreference, allowDuplicate: Bool)
    case confirmPreference(id: Int64)
    case retirePreference(id: Int64, reason: String)
    case discardDraft(guestID: Int64)
    case openComplaintForm(guestID: Int64)
    case logComplaint(ComplaintForm)
    case logComplaintApproved(ComplaintForm, supervisor: String, pin: String)
    case openQueue
    case openArrivals
    case showArrivals(Day)
    case reviewArrival(stayID: Int64)
    case flag(guestID: Int64, kind: GuestFlagKind, reason: String, clearing: Bool)
    case mergeGuests(survivor: Int64, absorbed: Int64)
    case reloadQueue
    case openComplaint(id: Int64)
    case complaintEntry(ids: [Int64], kind: ComplaintEntryKind, text: String, newOwner: String?)
    /// Leave the current screen.
    case close
    case showHelp
    case goHome
    case quit
    case message(String, StyleRole)
}

extension Effect {
    /// Effects that write: a failure says "Not saved", and what was typed stays on screen.
    var writes: Bool {
        switch self {
        case .createWalkIn, .savePreference, .confirmPreference, .retirePreference, .logComplaint, .logComplaintApproved, .complaintEntry,
             .askedQuestion, .reviewArrival, .flag, .mergeGuests: return true
        default: return false
        }
    }
}

/// The actions that mean the same on every screen.
func globalEffects(_ action: Action) -> [Effect] {
    switch action {
    case .help: return [.showHelp]
    case .guests: return [.goHome]
    case .quit: return [.quit]
    case .queue: return [.openQueue]
    case .arrivals: return [.openArrivals]
    default: return []
    }
}
