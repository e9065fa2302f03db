import Foundation
import FrontDeskCore

/// What every ComplaintStore must do, whatever holds the data. Each case gets a fresh, empty store
/// from the store under test; the shared cases get `connect`, one more connection to the same fresh database.
/// Permissions are not the store's: these cases write as anyone and expect only the lifecycle to refuse.
enum ComplaintContract {
    typealias Store = FrontDeskStore
    typealias Case = (name: String, run: (Store) throws -> Void)
    typealias SharedCase = (name: String, run: (_ connect: @escaping @Sendable () throws -> Store) throws -> Void)

    static var cases: [Case] {
        [
            ("log a complaint: logged entry and due time from the policy", logComplaint),
            ("logging checks its input and the guest", loggingChecksInput),
            ("timeline in order, each entry signed", timeline),
            ("a refused transition writes nothing", refusedTransition),
            ("the caller's check sees the current complaint inside the write", authorizeInsideTheWrite),
            ("a supervisor's approval is recorded with the complaint", approvalWithTheComplaint),
            ("reassign changes the owner", reassign),
            ("an unhappy follow-up sets a new due time", unhappyFollowUp),
            ("queue filters by property, status and owner", queueFilters),
            ("complaints by guest", complaintsByGuest),
            ("open complaint counts", openCounts),
        ]
    }

    static var sharedCases: [SharedCase] {
        [
            ("two connections adding entries to one complaint lose nothing", concurrentEntries),
            ("two connections escalating one complaint: exactly one wins", concurrentEscalation),
        ]
    }

    // MARK: Fixtures

    static let ana = Actor(login: "ana", property: "LIS", terminal: "desk-1")
    static let ben = Actor(login: "ben", property: "LIS", terminal: "desk-2")
    static let sup = Actor(login: "sara", property: "LIS", terminal: "office")
    static let porto = Actor(login: "rui", property: "OPO", terminal: "ssh")
    static let policy = FollowUpPolicy(low: 30, medium: 20, high: 10)

    static func guest(_ store: Store, _ family: String = "Lima") throws -> Int64 {
        try store.addGuest(NewGuest(givenName: "Ana", familyName: family), by: ana)
    }

    static func log(_ store: Store, guest: Int64, severity: ComplaintSeverity = .medium,
                    summary: String = "Air conditioning broken", by actor: Actor = ana) throws -> Complaint {
        try store.logComplaint(NewComplaint(guestID: guest, category: .room, severity: severity, summary: summary),
                               policy: policy, by: actor)
    }

    @discardableResult
    /// Without words, a kind that wants some gets a few ("done").
    static func add(_ store: Store, _ id: Int64, _ kind: ComplaintEntryKind, _ text: String? = nil,
                    newOwner: String? = nil, compensation: Compensation? = nil, by actor: Actor = ana) throws -> Complaint {
        try store.addEntry(complaintID: id, kind: kind, text: text ?? (kind.wordsWanted == nil ? "" : "done"), newOwner: newOwner,
                           compensation: compensation, policy: policy, by: actor)
    }

    static func signed(_ s: Signature) -> [String] { [s.login, s.property, s.terminal] }

    static func approvalWithTheComplaint(_ store: Store) throws {
        let offer = Compensation(amountMinor: 20_000, currency: "EUR", kind: .refund)
        let c = try store.logComplaint(NewComplaint(guestID: try guest(store), category: .billing, summary: "Charged twice",
                                                    compensation: offer, approval: "Sue Park (sue)"), policy: policy, by: ana)
        let entries = try store.entries(complaintID: c.id)
        try Expect.equal(entries.map(\.kind), [.logged, .note], "logged, then the approval")
        try Expect.equal(entries[1].text, "200.00 EUR approved by Sue Park (sue) at this terminal", "who approved what")
        try Expect.equal(signed(entries[1].signature), signed(entries[0].signature), "signed at the associate's terminal")
    }

    static func authorizeInsideTheWrite(_ store: Store) throws {
        let c = try log(store, guest: try guest(store))
        try add(store, c.id, .reassigned, newOwner: "ben", by: sup)
        var seenOwner = ""
        // ana owned it when she opened it; the check sees ben, the owner now, and refuses.
        try Expect.fails("a check that refuses", as: { if case .notPermitted = $0 { return true } else { return false } }) {
            try store.addEntry(complaintID: c.id, kind: .note, text: "called the guest", newOwner: nil, compensation: nil,
                               policy: policy, by: ana) { current in
                seenOwner = current.owner
                if current.owner != "ana" { throw FrontDeskError.notPermitted("ana no longer owns it") }
            }
        }
        try Expect.equal(seenOwner, "ben", "the owner as it stands")
        try Expect.equal(try store.entries(complaintID: c.id).map(\.kind), [.logged, .reassigned], "nothing written")
    }

    // MARK: Cases

    static func logComplaint(_ store: Store) throws {
        let g = try guest(store)
        let start = Date()
        let credit = Compensation(amountMinor: 5000, currency: "eur", kind: .roomCredit)
        let c = try store.logComplaint(
            NewComplaint(guestID: g, category: .noise, severity: .high, summary: "  Party next door \n",
                         immediateAction: "Moved to 512", compensation: credit), policy: policy, by: ana)
        try Expect.equal(c.guestID, g, "guest")
        try Expect.equal(c.status, .open, "status")
        try Expect.equal(c.owner, "ana", "whoever heard it owns it")
        try Expect.equal(c.property, "LIS", "the actor's property")
        try Expect.equal(c.summary, "Party next door", "summary, trimmed")
        try Expect.equal(c.compensation?.currency, "EUR", "compensation currency, validated")
        try Expect.equal(signed(c.created), ["ana", "LIS", "desk-1"], "created by")
        try Expect.stampedDuring(c.created.at, since: start, "created at")
        try Expect.sameTime(c.followUpDue, c.created.at.addingTimeInterval(10 * 60), "due in the policy's high minutes")

        guard let stored = try store.complaint(id: c.id) else { throw ContractFailure("complaint #\(c.id) not stored") }
        try Expect.equal(stored.id, c.id, "id")
        try Expect.equal([stored.category.rawValue, stored.severity.rawValue, stored.status.rawValue, stored.owner],
                         ["noise", "high", "open", "ana"], "stored state")
        try Expect.equal(stored.immediateAction, "Moved to 512", "immediate action")
        try Expect.equal(stored.compensation, Compensation(amountMinor: 5000, currency: "EUR", kind: .roomCredit),
                         "compensation")
        try Expect.sameTime(stored.followUpDue, c.followUpDue, "stored due time")
        try Expect.sameTime(stored.created.at, c.created.at, "stored created at")

        let entries = try store.entries(complaintID: c.id)
        try Expect.equal(entries.map(\.kind), [.logged], "one logged entry")
        try Expect.equal(entries.first?.complaintID, c.id, "entry's complaint")
        try Expect.equal(entries.first.map { signed($0.signature) }, ["ana", "LIS", "desk-1"], "logged by")
        try Expect.sameTime(entries.first?.signature.at, c.created.at, "logged at")

        let low = try log(store, guest: g, severity: .low)
        try Expect.sameTime(low.followUpDue, low.created.at.addingTimeInterval(30 * 60), "due in the policy's low minutes")
        try Expect.that(low.id != c.id, "each complaint gets its own id")
        try Expect.equal(try store.complaint(id: c.id + low.id + 1000), nil, "an unknown complaint")
        try Expect.equal(try store.entries(complaintID: c.id + low.id + 1000), [], "an unknown complaint's entries")
    }

    static func loggingChecksInput(_ store: Store) throws {
        let g = try guest(store)
        try Expect.fails("a complaint that says nothing", as: \.isInvalid) {
            try store.logComplaint(NewComplaint(guestID: g, category: .room, summary: "  "), policy: policy, by: ana)
        }
        try Expect.fails("a complaint about an unknown guest", as: \.isNotFound) {
            try store.logComplaint(NewComplaint(guestID: g + 999, category: .room, summary: "Cold"), policy: policy, by: ana)
        }
        try Expect.fails("a negative compensation", as: \.isInvalid) {
            try store.logComplaint(NewComplaint(guestID: g, category: .room, summary: "Cold",
                                                compensation: Compensation(amountMinor: -1, currency: "EUR", kind: .refund)),
                                   policy: policy, by: ana)
        }
        try Expect.fails("a policy of zero minutes", as: \.isInvalid) {
            try store.logComplaint(NewComplaint(guestID: g, category: .room, summary: "Cold"),
                                   policy: FollowUpPolicy(low: 0), by: ana)
        }
        try Expect.equal(try store.complaints(guestID: g), [], "nothing stored by refused complaints")
    }

    static func timeline(_ store: Store) throws {
        let g = try guest(store)
        let c = try log(store, guest: g)
        let start = Date()
        try add(store, c.id, .pacified, "Apologised", compensation: Compensation(amountMinor: 2000, currency: "EUR", kind: .complimentary))
        try add(store, c.id, .actionTaken, "Engineer sent", by: ben)
        try add(store, c.id, .note, "Guest out until 6pm", by: porto)
        try add(store, c.id, .escalated, "Third time this week", by: sup)
        try add(store, c.id, .followedUp(satisfied: true), "Working now", by: ana)
        let closed = try add(store, c.id, .closed, by: sup)
        try Expect.equal(closed.status, .closed, "closed after resolving")
        try Expect.equal(closed.compensation?.amountMinor, 2000, "the offered compensation replaces the earlier one")

        let entries = try store.entries(complaintID: c.id)
        try Expect.equal(entries.map(\.kind), [.logged, .pacified, .actionTaken, .note, .escalated,
                                               .followedUp(satisfied: true), .closed], "entries oldest first")
        try Expect.equal(entries.map(\.text), ["Air conditioning broken", "Apologised", "Engineer sent",
                                               "Guest out until 6pm", "Third time this week", "Working now", ""], "texts")
        try Expect.equal(entries.map { $0.signature.login }, ["ana", "ana", "ben", "rui", "sara", "ana", "sara"], "who")
        try Expect.equal(entries.map { $0.signature.property }, ["LIS", "LIS", "LIS", "OPO", "LIS", "LIS", "LIS"], "where")
        try Expect.equal(entries.map { $0.signature.terminal },
                         ["desk-1", "desk-1", "desk-2", "ssh", "office", "desk-1", "office"], "which terminal")
        try Expect.equal(entries[1].compensation, Compensation(amountMinor: 2000, currency: "EUR", kind: .complimentary),
                         "compensation on its entry")
        try Expect.equal(entries.filter { $0.compensation != nil }.count, 1, "compensation only where offered")
        try Expect.equal(Set(entries.map(\.id)).count, entries.count, "each entry has its own id")
        try Expect.equal(entries.map(\.id), entries.map(\.id).sorted(), "ids in order")
        for e in entries.dropFirst() {
            try Expect.stampedDuring(e.signature.at, since: start, "entry \(e.kind.label) at")
        }
        for (a, b) in zip(entries, entries.dropFirst()) {
            try Expect.that(a.signature.at <= b.signature.at, "entries in time order")
        }
        try Expect.equal(try store.complaint(id: c.id), closed, "the stored complaint is the last state")
    }

    static func refusedTransition(_ store: Store) throws {
        let g = try guest(store)
        let c = try log(store, guest: g)
        try add(store, c.id, .pacified, "Apologised")
        let before = try store.complaint(id: c.id)
        let entries = try store.entries(complaintID: c.id).count
        try Expect.fails("closing an open complaint", as: \.isInvalid) { try add(store, c.id, .closed, by: sup) }
        try Expect.fails("reopening an open complaint", as: \.isInvalid) { try add(store, c.id, .reopened, by: sup) }
        try Expect.fails("logging an existing complaint again", as: \.isInvalid) { try add(store, c.id, .logged) }
        try Expect.fails("an empty note", as: \.isInvalid) { try add(store, c.id, .note, "  ") }
        try Expect.fails("a reassignment to nobody", as: \.isInvalid) { try add(store, c.id, .reassigned, newOwner: " ") }
        try Expect.fails("compensation with a note", as: \.isInvalid) {
            try add(store, c.id, .note, "Voucher", compensation: Compensation(amountMinor: 1, currency: "EUR", kind: .other))
        }
        try Expect.fails("an entry for an unknown complaint", as: \.isNotFound) { try add(store, c.id + 999, .note, "Hello") }
        try Expect.equal(try store.entries(complaintID: c.id).count, entries, "no entry written by refused moves")
        try Expect.equal(try store.complaint(id: c.id), before, "complaint unchanged by refused moves")

        try add(store, c.id, .resolved, by: ana)
        try add(store, c.id, .closed, by: sup)
        try Expect.fails("following up a closed complaint", as: \.isInvalid) { try add(store, c.id, .followedUp(satisfied: true)) }
        try Expect.equal(try store.complaint(id: c.id)?.status, .closed, "still closed")
        try Expect.equal(try store.entries(complaintID: c.id).count, entries + 2, "only the accepted entries")
    }

    static func reassign(_ store: Store) throws {
        let g = try guest(store)
        let c = try log(store, guest: g)
        let moved = try add(store, c.id, .reassigned, "Ben knows the guest", newOwner: " ben ", by: sup)
        try Expect.equal(moved.owner, "ben", "new owner")
        try Expect.equal(moved.status, .open, "still open")
        try Expect.equal(try store.complaint(id: c.id)?.owner, "ben", "stored owner")
        try Expect.equal(try store.entries(complaintID: c.id).last?.newOwner, "ben", "the entry names the new owner")
        try Expect.equal(try store.entries(complaintID: c.id).first?.newOwner, nil, "no new owner on other entries")
        try Expect.fails("reassigning to the owner", as: \.isInvalid) { try add(store, c.id, .reassigned, newOwner: "ben", by: sup) }
        try Expect.equal(try store.complaints(property: nil, statuses: nil, owner: "ben").map(\.id), [c.id], "ben's queue")
        try Expect.equal(try store.complaints(property: nil, statuses: nil, owner: "ana"), [], "ana's queue")
    }

    static func unhappyFollowUp(_ store: Store) throws {
        let g = try guest(store)
        let c = try log(store, guest: g, severity: .high)
        let resolved = try add(store, c.id, .resolved)
        try Expect.sameTime(resolved.followUpDue, c.followUpDue, "resolving keeps the due time")
        let unhappy = try add(store, c.id, .followedUp(satisfied: false), "Still too hot")
        try Expect.equal(unhappy.status, .open, "back in play")
        guard let entry = try store.entries(complaintID: c.id).last else { throw ContractFailure("no entry") }
        try Expect.sameTime(unhappy.followUpDue, entry.signature.at.addingTimeInterval(10 * 60), "a new call owed, timed from now")
        try Expect.sameTime(try store.complaint(id: c.id)?.followUpDue, unhappy.followUpDue, "stored due time")
    }

    static func queueFilters(_ store: Store) throws {
        let g = try guest(store)
        let a = try log(store, guest: g, by: ana)
        let b = try log(store, guest: g, by: ben)
        let p = try log(store, guest: g, by: porto)
        let e = try log(store, guest: g, by: ana)
        try add(store, e.id, .escalated, by: sup)
        let r = try log(store, guest: g, by: ben)
        try add(store, r.id, .resolved, by: ben)

        func ids(_ property: String?, _ statuses: Set<ComplaintStatus>?, _ owner: String?) throws -> [Int64] {
            try store.complaints(property: property, statuses: statuses, owner: owner).map(\.id)
        }
        try Expect.equal(try ids(nil, nil, nil), [a.id, b.id, p.id, e.id, r.id], "everything, oldest first")
        try Expect.equal(try ids("LIS", nil, nil), [a.id, b.id, e.id, r.id], "one property")
        try Expect.equal(try ids("OPO", nil, nil), [p.id], "the other property")
        try Expect.equal(try ids("LIS", [.open, .escalated], nil), [a.id, b.id, e.id], "active at LIS")
        try Expect.equal(try ids(nil, [.escalated], nil), [e.id], "escalated")
        try Expect.equal(try ids(nil, [.resolved, .closed], nil), [r.id], "finished")
        try Expect.equal(try ids("LIS", [.open], "ben"), [b.id], "ben's open ones at LIS")
        try Expect.equal(try ids(nil, nil, "ana"), [a.id, e.id], "ana's")
        try Expect.equal(try ids("OPO", nil, "ana"), [], "ana has none at OPO")
        try Expect.equal(try ids(nil, [], nil), [], "no statuses match nothing")
        try Expect.equal(try store.complaints(property: "LIS", statuses: [.escalated], owner: nil).first?.status, .escalated,
                         "current state in the queue")
    }

    static func complaintsByGuest(_ store: Store) throws {
        let lima = try guest(store, "Lima")
        let costa = try guest(store, "Costa")
        let first = try log(store, guest: lima)
        let other = try log(store, guest: costa)
        let second = try log(store, guest: lima, by: porto)
        try add(store, first.id, .resolved)
        try add(store, first.id, .closed, by: sup)
        let history = try store.complaints(guestID: lima)
        try Expect.equal(history.map(\.id), [first.id, second.id], "the guest's complaints, oldest first")
        try Expect.equal(history.map(\.status), [.closed, .open], "closed ones stay in the history")
        try Expect.equal(try store.complaints(guestID: costa).map(\.id), [other.id], "the other guest's")
        try Expect.equal(try store.complaints(guestID: costa + lima + 999), [], "an unknown guest has none")
    }

    static func openCounts(_ store: Store) throws {
        let lima = try guest(store, "Lima")
        let costa = try guest(store, "Costa")
        let silva = try guest(store, "Silva")
        _ = try log(store, guest: lima)
        let escalated = try log(store, guest: lima)
        try add(store, escalated.id, .escalated, by: sup)
        let done = try log(store, guest: lima)
        try add(store, done.id, .resolved)
        let costas = try log(store, guest: costa)
        try add(store, costas.id, .resolved)
        try add(store, costas.id, .closed, by: sup)
        let counts = try store.openComplaintCounts(guestIDs: [lima, costa, silva, lima + costa + silva + 99])
        try Expect.equal(counts, [lima: 2], "open and escalated count; resolved and closed do not")
        try Expect.equal(try store.openComplaintCounts(guestIDs: []), [:], "no guests asked")
        try add(store, costas.id, .reopened, by: sup)
        try Expect.equal(try store.openComplaintCounts(guestIDs: [costa, lima, lima]), [lima: 2, costa: 1], "a reopened one counts")
        let many = Array(1...2000).map { Int64($0) + silva }
        try Expect.equal(try store.openComplaintCounts(guestIDs: many + [lima]), [lima: 2], "many guests at once")
    }

    // MARK: Shared database

    static func concurrentEntries(_ connect: @escaping @Sendable () throws -> Store) throws {
        let first = try connect()
        let c = try log(first, guest: try guest(first))
        let writers = 2, each = 10
        let failures = LockedList()
        let ready = Barrier(writers)
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            do {
                let store = try? connect()
                ready.arriveAndWait()
                guard let store else { throw ContractFailure("writer \(w) could not connect") }
                let actor = Actor(login: "writer\(w)", property: "LIS", terminal: "t\(w)")
                for n in 0..<each {
                    _ = try store.addEntry(complaintID: c.id, kind: .note, text: "note \(w)-\(n)", newOwner: nil,
                                           compensation: nil, policy: policy, by: actor)
                    _ = try store.entries(complaintID: c.id)
                }
            } catch {
                failures.append("writer \(w): \(error)")
            }
        }
        try Expect.equal(failures.items, [], "failed writes (none may see a locked database)")
        let entries = try connect().entries(complaintID: c.id)
        try Expect.equal(entries.count, 1 + writers * each, "every note kept")
        try Expect.equal(Set(entries.dropFirst().map(\.text)).count, writers * each, "distinct notes")
        for w in 0..<writers {
            let mine = entries.filter { $0.signature.login == "writer\(w)" }.map(\.text)
            try Expect.equal(mine, (0..<each).map { "note \(w)-\($0)" }, "writer \(w)'s notes in the order written")
        }
        try Expect.equal(try connect().complaint(id: c.id)?.status, .open, "notes change nothing")
    }

    static func concurrentEscalation(_ connect: @escaping @Sendable () throws -> Store) throws {
        let first = try connect()
        let g = try guest(first)
        let rounds = 5
        for round in 0..<rounds {
            let c = try log(first, guest: g)
            let outcomes = LockedList()
            let ready = Barrier(2)
            DispatchQueue.concurrentPerform(iterations: 2) { w in
                do {
                    let store = try? connect()
                    // Both connected and both read the open complaint's row as it was, then race to write.
                    _ = try store?.complaint(id: c.id)
                    ready.arriveAndWait()
                    guard let store else { throw ContractFailure("writer \(w) could not connect") }
                    _ = try store.addEntry(complaintID: c.id, kind: .escalated, text: "round \(round)", newOwner: nil,
                                           compensation: nil, policy: policy,
                                           by: Actor(login: "sup\(w)", property: "LIS", terminal: "t\(w)"))
                    outcomes.append("escalated")
                } catch FrontDeskError.invalid {
                    outcomes.append("refused")
                } catch {
                    outcomes.append("failed: \(error)")
                }
            }
            try Expect.equal(outcomes.items.sorted(), ["escalated", "refused"], "round \(round): one escalation, one refusal")
            let entries = try connect().entries(complaintID: c.id)
            try Expect.equal(entries.map(\.kind), [.logged, .escalated], "round \(round): one escalated entry")
            try Expect.equal(try connect().complaint(id: c.id)?.status, .escalated, "round \(round): escalated")
        }
    }
}

/// Lets threads start racing at the same moment, after each has done its setup.
final class Barrier: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: Int

    init(_ count: Int) { waiting = count }

    func arriveAndWait() {
        condition.lock()
        waiting -= 1
        if waiting <= 0 { condition.broadcast() }
        while waiting > 0 { condition.wait() }
        condition.unlock()
    }
}
