import Foundation
import Testing
@testable import FrontDeskCore

@Suite struct ComplaintLifecycleTests {
    typealias F = ComplaintFixtures

    /// The lifecycle as the hotel states it, written out independently of the core's table,
    /// so a change to either shows up here. nil means refused.
    static func expected(_ status: ComplaintStatus, _ kind: ComplaintEntryKind) -> ComplaintStatus? {
        switch (status, kind) {
        case (_, .logged): return nil
        case (_, .note): return status
        case (.open, .pacified), (.open, .actionTaken), (.open, .reassigned): return .open
        case (.escalated, .pacified), (.escalated, .actionTaken), (.escalated, .reassigned): return .escalated
        case (.open, .escalated): return .escalated
        case (.open, .followedUp(true)), (.escalated, .followedUp(true)), (.resolved, .followedUp(true)): return .resolved
        case (.open, .followedUp(false)): return .open
        case (.escalated, .followedUp(false)): return .escalated
        case (.resolved, .followedUp(false)): return .open
        case (.open, .resolved), (.escalated, .resolved): return .resolved
        case (.resolved, .reopened), (.closed, .reopened): return .open
        case (.resolved, .closed): return .closed
        default: return nil
        }
    }

    @Test(arguments: ComplaintStatus.allCases, ComplaintEntryKind.allCases)
    func everyStatusAndEntryFollowsTheTable(status: ComplaintStatus, kind: ComplaintEntryKind) throws {
        let want = Self.expected(status, kind)
        #expect(ComplaintLifecycle.next(from: status, on: kind) == want)
        let complaint = F.complaint(status: status)
        if let want {
            let after = try ComplaintLifecycle.apply(F.entry(kind), to: complaint)
            #expect(after.status == want)
        } else {
            let error = #expect(throws: FrontDeskError.self) {
                try ComplaintLifecycle.apply(F.entry(kind), to: complaint)
            }
            guard case .invalid(let message)? = error else {
                Issue.record("expected an invalid-input refusal, got \(String(describing: error))"); return
            }
            #expect(message.contains("\(status.rawValue) complaint"), "\(message)")
            #expect(message.contains("cannot be \(kind.refusedAs)"), "\(message)")
        }
    }

    @Test func theTableCoversEveryStatus() {
        #expect(Set(ComplaintLifecycle.transitions.keys) == Set(ComplaintStatus.allCases))
        let allowed = ComplaintLifecycle.transitions.values.reduce(0) { $0 + $1.count }
        #expect(allowed == 22)
    }

    @Test func refusalsSayWhatToDoInstead() {
        func refusal(_ status: ComplaintStatus, _ kind: ComplaintEntryKind) -> String? {
            do { _ = try ComplaintLifecycle.apply(F.entry(kind), to: F.complaint(status: status)); return nil }
            catch { return "\(error)" }
        }
        #expect(refusal(.closed, .followedUp(satisfied: true)) == "a closed complaint cannot be followed up; reopen it first")
        #expect(refusal(.resolved, .actionTaken) == "a resolved complaint cannot be acted on; reopen it first")
        #expect(refusal(.open, .closed) == "an open complaint cannot be closed; resolve it first")
        #expect(refusal(.escalated, .escalated) == "an escalated complaint cannot be escalated again")
        #expect(refusal(.open, .reopened) == "an open complaint cannot be reopened; it is still being worked")
        #expect(refusal(.open, .logged) == "an open complaint cannot be logged again; add an entry to it instead")
    }

    @Test func loggingMakesTheListenerTheOwnerWithAFollowUpDue() throws {
        let new = NewComplaint(guestID: 10, category: .housekeeping, severity: .high,
                               summary: "  Room not made up  ", immediateAction: "Sent housekeeping now",
                               compensation: Compensation(amountMinor: 2_000, currency: "eur", kind: .complimentary))
        let policy = FollowUpPolicy(low: 60, medium: 30, high: 10)
        let c = try ComplaintLifecycle.open(new, id: 7, by: F.signature("ana.k", property: "LON"), policy: policy)
        #expect(c.status == .open)
        #expect(c.owner == "ana.k")
        #expect(c.property == "LON")
        #expect(c.summary == "Room not made up")
        #expect(c.compensation?.currency == "EUR")
        #expect(c.followUpDue == F.at(minutes: 10))
        #expect(throws: FrontDeskError.invalid("the complaint says nothing: type what happened")) {
            try ComplaintLifecycle.open(NewComplaint(guestID: 10, category: .other, summary: " \n "), id: 8, by: F.signature())
        }
    }

    @Test func reassigningHandsTheComplaintOver() throws {
        let after = try ComplaintLifecycle.apply(F.entry(.reassigned, by: "sam.s", newOwner: "ben.t"), to: F.complaint())
        #expect(after.owner == "ben.t")
        #expect(throws: FrontDeskError.invalid("complaint 1 is already owned by ana.k")) {
            try ComplaintLifecycle.apply(F.entry(.reassigned, newOwner: "ana.k"), to: F.complaint())
        }
        let nobody = ComplaintEntry(id: 1, complaintID: 1, kind: .reassigned, signature: F.signature())
        #expect(throws: FrontDeskError.invalid("a reassignment must name the new owner")) {
            try ComplaintLifecycle.apply(nobody, to: F.complaint())
        }
    }

    @Test func anUnhappyGuestOrAReopeningOwesAnotherCall() throws {
        let unhappy = try ComplaintLifecycle.apply(F.entry(.followedUp(satisfied: false), minutes: 18), to: F.complaint())
        #expect(unhappy.followUpDue == F.at(minutes: 38))
        let reopened = try ComplaintLifecycle.apply(F.entry(.reopened, minutes: 90), to: F.complaint(status: .resolved))
        #expect(reopened.followUpDue == F.at(minutes: 110))
        let note = try ComplaintLifecycle.apply(F.entry(.note, minutes: 90), to: F.complaint())
        #expect(note.followUpDue == F.at(minutes: 20))
    }

    @Test func compensationComesWithPacifyingOrActing() throws {
        let after = try ComplaintLifecycle.apply(F.entry(.actionTaken, compensation: F.euros(3_000)), to: F.complaint())
        #expect(after.compensation == F.euros(3_000))
        #expect(throws: FrontDeskError.self) {
            try ComplaintLifecycle.apply(F.entry(.note, compensation: F.euros(3_000)), to: F.complaint())
        }
    }

    @Test func emptyNotesAndStrayEntriesAreRefused() {
        let empty = ComplaintEntry(id: 1, complaintID: 1, kind: .note, signature: F.signature(), text: "  ")
        #expect(throws: FrontDeskError.self) { try ComplaintLifecycle.apply(empty, to: F.complaint()) }
        #expect(throws: FrontDeskError.invalid("an entry for complaint 2 cannot be added to complaint 1")) {
            try ComplaintLifecycle.apply(F.entry(.note, on: 2), to: F.complaint())
        }
    }

    @Test func aTimelineReplaysToWhereTheComplaintStands() throws {
        var c = F.complaint()
        let steps: [(ComplaintEntryKind, ComplaintStatus)] = [
            (.pacified, .open), (.followedUp(satisfied: false), .open), (.escalated, .escalated),
            (.reassigned, .escalated), (.resolved, .resolved), (.closed, .closed), (.note, .closed),
            (.reopened, .open), (.followedUp(satisfied: true), .resolved),
        ]
        for (kind, status) in steps {
            c = try ComplaintLifecycle.apply(F.entry(kind), to: c)
            #expect(c.status == status, "after \(kind.label)")
        }
        #expect(c.owner == "ben.t")
    }

    @Test func entryKindsTravelAsOneWord() throws {
        for kind in ComplaintEntryKind.allCases {
            #expect(ComplaintEntryKind(code: kind.code) == kind)
            let data = try JSONEncoder().encode(kind)
            #expect(String(decoding: data, as: UTF8.self) == "\"\(kind.code)\"")
            #expect(try JSONDecoder().decode(ComplaintEntryKind.self, from: data) == kind)
        }
        #expect(Set(ComplaintEntryKind.allCases.map(\.code)).count == ComplaintEntryKind.allCases.count)
    }
}
