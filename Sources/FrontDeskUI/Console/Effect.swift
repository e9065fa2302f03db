import FrontDeskCore

/// What a screen asks the console to do. Screens stay pure values; the console moves between
/// screens, and `EffectRunner` talks to the desk and answers with messages.
enum Effect {
    // Reading
    case search(String)
    case loadGuest(Int64)
    case findDuplicates(of: Int64)
    case loadQueue(QueueView)
    case loadComplaint(Int64)
    case loadArrivals(Day)
    case loadTraces(Department?, Day)
    /// The complaint report of the four weeks to a day.
    case loadReport(Day)

    // Moving between screens
    case openGuest(Int64)
    case openComplaint(Int64)
    case openComplaintForm(Guest)
    case openQueue
    case openArrivals
    case openTraces
    case openReport
    case push(any Screen)
    /// Leave the screen that asked.
    case close
    case showHelp
    case goHome
    case quit
    case status(String, StyleRole)

    // Writing
    /// A new guest; unless `checked`, one already on file with the same e-mail or phone is offered first.
    case createGuest(NewGuest, checked: Bool)
    /// The guest as the form opened on it, and as edited: only what the editor changed is written.
    case editGuest(id: Int64, base: NewGuest, NewGuest)
    case reinstateGuest(id: Int64, reason: String)
    case retireGuest(id: Int64, reason: String)
    case askedQuestion(guestID: Int64, category: PreferenceCategory)
    case savePreference(NewPreference, ifAlreadyOnFile: IfAlreadyOnFile)
    case confirmPreference(id: Int64)
    case retirePreference(id: Int64, reason: String)
    case discardDraft(guestID: Int64)
    case discardComplaintDraft(guestID: Int64)
    case logComplaint(NewComplaint, approval: Desk.Approval?)
    case complaintEntry(ComplaintEntryKind, ids: [Int64], text: String, newOwner: String?)
    case reviewArrival(stayID: Int64)
    case flag(GuestFlagKind, guestID: Int64, reason: String, clearing: Bool)
    case merge(absorbed: Int64, into: Int64)
    /// A trace, or with a complaint's id the complaint routed; the due time as typed.
    case addTrace(guestID: Int64, department: Department, text: String, room: String, due: String, complaintID: Int64?)
    case markTraceDone(id: Int64)

    /// Effects that write: a failure says "Not saved", and every screen reads its data again after one.
    var writes: Bool {
        switch self {
        case .createGuest, .editGuest, .retireGuest, .reinstateGuest, .askedQuestion, .savePreference, .confirmPreference, .retirePreference, .discardDraft, .discardComplaintDraft,
             .logComplaint, .complaintEntry, .reviewArrival, .flag, .merge, .addTrace, .markTraceDone: return true
        default: return false
        }
    }
}

/// The actions that mean the same on every screen, as effects.
func globalEffects(_ action: Action) -> [Effect] {
    switch action {
    case .help: return [.showHelp]
    case .guests: return [.goHome]
    case .quit: return [.quit]
    case .queue: return [.openQueue]
    case .arrivals: return [.openArrivals]
    case .traces: return [.openTraces]
    case .report: return [.openReport]
    default: return []
    }
}

extension Action {
    /// F1–F4 and F10 (or Esc then a digit): handled by the console the same way on every screen.
    var isGlobal: Bool { [.help, .guests, .quit, .queue, .arrivals, .traces, .report].contains(self) }
}
