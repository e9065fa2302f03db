import Foundation
import FrontDeskCore

/// Carries out the effects that read or write, through the desk, and answers with what the asking
/// screen should hear, or a screen to open. A failure becomes a message too: the console never
/// stops on one, and the screen keeps what was typed.
struct EffectRunner {
    enum Step {
        case deliver(Message)
        case push(any Screen)
    }

    let desk: Desk
    /// How this property turns history into recognition: read once per session.
    let recognition: RecognitionSettings

    /// Guests fetched per keystroke: more than a screen, few enough to stay fast.
    static let searchLimit = ConsoleApp.searchLimit
    static let inHouseLimit = 200

    func run(_ effect: Effect) -> [Step] {
        do {
            return try perform(effect)
        } catch {
            return [.deliver(.failed(effect.writes ? "Not saved: \(describe(error))" : describe(error)))]
        }
    }

    /// An error in the desk's words: the database's file or address means nothing to an associate
    /// (the command line names it for whoever runs the server).
    func describe(_ error: Error) -> String {
        ((error as? FrontDeskError)?.description ?? "\(error)").replacingOccurrences(of: desk.store.location, with: "the database")
    }

    private func perform(_ effect: Effect) throws -> [Step] {
        switch effect {
        case .search(let text):
            guard !text.trimmingSpaces.isEmpty else {
                let inHouse = try desk.inHouse(limit: Self.inHouseLimit)
                return [.deliver(.searched(query: text, GuestSearchOutcome(results: []), inHouse: inHouse,
                                           withComplaints: try desk.withOpenComplaints(inHouse.map(\.guestID))))]
            }
            let outcome = try desk.search(text, limit: Self.searchLimit)
            return [.deliver(.searched(query: text, outcome, inHouse: [],
                                       withComplaints: try desk.withOpenComplaints(outcome.results.map(\.guestID))))]
        case .loadGuest(let id): return [.deliver(.guestFile(try desk.guestFile(id)))]
        case .findDuplicates(let id): return [.deliver(.duplicates(try desk.probableDuplicates(of: id)))]
        case .loadQueue(let view): return [.deliver(.queue(try desk.complaintQueue(view.scope, statuses: view.statuses), view))]
        case .loadComplaint(let id): return [.deliver(.complaint(try desk.complaintRecord(id)))]
        case .loadArrivals(let day): return [.deliver(.arrivals(try desk.arrivals(on: day), on: day))]
        case .loadTraces(let department, let day): return [.deliver(.traces(try desk.traces(for: department, on: day), department, on: day))]
        case .loadReport(let to):
            let report = try desk.complaintReport(from: to.adding(days: -(ReportScreen.weeks * 7 - 1)), to: to, property: nil)
            return [.deliver(.report(report, scope: desk.member.role == .administrator ? "all hotels" : desk.property))]

        case .openGuest(let id): return [.push(try profile(id))]
        case .openComplaint(let id):
            return [.push(ComplaintScreen(record: try desk.complaintRecord(id), member: desk.member, departments: try desk.departmentCatalog(),
                                          property: desk.property))]
        case .openComplaintForm(let guest):
            return [.push(ComplaintForm(guest: guest, settings: try desk.complaintSettings(), calendar: DeskCalendar(calendar: desk.calendar),
                                        draft: try desk.complaintDraft(for: guest.id)))]

        case .createGuest(let guest, let checked):
            if !checked {
                let known = try desk.guestsSharingContact(try guest.validated(today: desk.today))
                if !known.isEmpty { return [.deliver(.sameContact(known))] }
            }
            return [.deliver(.done(.guestCreated(try desk.addGuest(guest))))]
        case .editGuest(let id, let base, let guest):
            return [.deliver(.done(.guestEdited(try desk.editGuest(id, from: base, to: guest))))]
        case .retireGuest(let id, let reason):
            try desk.retireGuest(id, reason: reason)
            return [.deliver(.done(.guestRetired))]
        case .reinstateGuest(let id, let reason):
            try desk.reinstateGuest(id, reason: reason)
            return [.deliver(.done(.guestReinstated))]
        case .askedQuestion(let guestID, let category):
            try desk.recordQuestionAsked(category, of: guestID)
            return [.deliver(.done(.questionAsked))]
        case .savePreference(let new, let ifOnFile):
            return [.deliver(.done(.preference(try desk.recordPreference(new, ifAlreadyOnFile: ifOnFile), new)))]
        case .confirmPreference(let id):
            try desk.confirmPreference(id)
            return [.deliver(.done(.confirmed(preferenceID: id)))]
        case .retirePreference(let id, let reason):
            try desk.retirePreference(id, reason: reason)
            return [.deliver(.done(.retired(reason: reason)))]
        case .discardDraft(let guestID):
            try desk.discardDraft(for: guestID)
            return [.deliver(.done(.draftDiscarded))]
        case .discardComplaintDraft(let guestID):
            try desk.discardComplaintDraft(for: guestID)
            return []
        case .logComplaint(let new, let approval):
            do {
                return [.deliver(.done(.complaintLogged(try desk.logComplaint(new, approval: approval))))]
            } catch FrontDeskError.notPermitted(let reason) where approval == nil && (try? desk.needsApproval(new)) == true {
                return [.deliver(.needsApproval("Not saved: \(describe(FrontDeskError.notPermitted(reason)))"))]
            }
        case .complaintEntry(let kind, let ids, let text, let newOwner):
            var outcome = try desk.addEntry(kind, to: ids, text: text, newOwner: newOwner)
            outcome.refused = outcome.refused.map { ($0.id, describe(FrontDeskError.invalid($0.reason))) }
            return [.deliver(.done(.entries(kind, outcome)))]
        case .reviewArrival(let stayID):
            try desk.reviewArrival(stayID)
            return [.deliver(.done(.reviewed(stayID: stayID)))]
        case .flag(let kind, let guestID, let reason, let clearing):
            if clearing { try desk.clearFlag(kind, on: guestID, reason: reason) } else { try desk.setFlag(kind, on: guestID, reason: reason) }
            return [.deliver(.done(.flagged(kind, clearing: clearing)))]
        case .merge(let absorbed, let survivor):
            return [.deliver(.done(.merged(try desk.merge(absorbed, into: survivor))))]
        case .addTrace(let guestID, let department, let text, let room, let dueText, let complaintID):
            let due = try desk.dueTime(dueText)
            let trace = try complaintID.map { try desk.routeComplaint($0, to: department, text: text, room: room, due: due) }
                ?? desk.addTrace(NewTrace(guestID: guestID, department: department, text: text, room: room, due: due))
            return [.deliver(.done(.traceAdded(trace)))]
        case .markTraceDone(let id):
            return [.deliver(.done(.traceDone(try desk.markTraceDone(id))))]

        case .openQueue, .openArrivals, .openTraces, .openReport, .push, .close, .showHelp, .goHome, .quit, .status:
            return []  // the console's own: moving between screens
        }
    }

    private func profile(_ id: Int64) throws -> ProfileScreen {
        ProfileScreen(file: try desk.guestFile(id), today: desk.today, property: desk.property,
                      settings: recognition, departments: try desk.departmentCatalog(), login: desk.actor.login)
    }
}
