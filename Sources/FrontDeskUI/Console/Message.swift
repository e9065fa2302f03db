import Foundation
import FrontDeskCore

/// What the console tells a screen: the result of an effect it asked for, or news from elsewhere.
enum Message {
    /// Search results for `query` (empty: the guests in house), and which of them have an open complaint.
    case searched(query: String, GuestSearchOutcome, inHouse: [GuestSearchResult], withComplaints: Set<Int64>)
    case guestFile(GuestFile)
    case duplicates([ProbableDuplicate])
    case queue(ComplaintQueue, QueueView)
    case complaint(ComplaintRecord)
    case arrivals([Arrival], on: Day)
    case traces([TraceLine], Department?, on: Day)
    /// The complaint report, and whose it is ("LIS", "all hotels").
    case report(ComplaintReport, scope: String)
    /// A quiet moment: follow-ups fall due with the clock.
    case tick(Date)
    /// The terminal's size, when the screen opens and whenever it changes: how far a page goes.
    case resized(ScreenSize)
    /// A write this screen asked for was saved.
    case done(Done)
    /// A new guest's e-mail or phone is already on file for these guests.
    case sameContact([Guest])
    /// Over the associate's limit: a supervisor must approve the offer here.
    case needsApproval(String)
    /// An effect this screen asked for failed: why, in words to show.
    case failed(String)
}

/// What a write did.
enum Done {
    case preference(PreferenceOutcome, NewPreference)
    case confirmed(preferenceID: Int64)
    case retired(reason: String)
    case flagged(GuestFlagKind, clearing: Bool)
    case merged(MergeSummary)
    case reviewed(stayID: Int64)
    case complaintLogged(Complaint)
    case entries(ComplaintEntryKind, EntryOutcome)
    case draftDiscarded
    case guestCreated(Int64)
    case guestEdited([GuestChange])
    case guestRetired
    case guestReinstated
    case traceAdded(Trace)
    case traceDone(Trace)
    case questionAsked
}

/// Which complaints the queue shows: whose, and in which state.
struct QueueView: Equatable {
    enum Filter: String, CaseIterable { case active = "Open and escalated", overdue = "Overdue", resolved = "Resolved", closed = "Closed" }

    var scope: QueueScope
    var filter = Filter.active

    var statuses: Set<ComplaintStatus> {
        switch filter {
        case .active, .overdue: return [.open, .escalated]
        case .resolved: return [.resolved]
        case .closed: return [.closed]
        }
    }
}
