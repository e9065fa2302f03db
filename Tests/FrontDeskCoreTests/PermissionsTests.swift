import Foundation
import Testing
@testable import FrontDeskCore

@Suite struct PermissionsTests {
    typealias F = ComplaintFixtures

    static let workActions: [ComplaintAction] = [.pacify, .takeAction, .note, .followUp, .resolve]

    func check(_ action: ComplaintAction, by staff: StaffMember, on complaint: Complaint?,
               compensation: Compensation? = nil, approver: StaffMember? = nil) -> FrontDeskError? {
        do {
            try Permissions.check(action, by: staff, on: complaint, compensation: compensation,
                                  compensationLimit: F.limit, approver: approver)
            return nil
        } catch let error as FrontDeskError {
            return error
        } catch {
            Issue.record("unexpected \(error)"); return nil
        }
    }

    func refused(_ error: FrontDeskError?) -> Bool {
        if case .notPermitted? = error { return true }
        return false
    }

    // Associates

    @Test(arguments: workActions)
    func anAssociateWorksTheirOwnComplaint(action: ComplaintAction) {
        let ana = F.staff("ana.k", .associate)
        #expect(check(action, by: ana, on: F.complaint(owner: "ana.k")) == nil)
    }

    @Test(arguments: workActions)
    func anAssociateDoesNotWorkSomeoneElses(action: ComplaintAction) {
        let ana = F.staff("ana.k", .associate)
        #expect(check(action, by: ana, on: F.complaint(owner: "ben.t"))
                == .notPermitted("complaint 1 is owned by ben.t; an associate works only their own complaints"))
    }

    @Test(arguments: [ComplaintAction.reassign, .escalate, .close])
    func anAssociateLeavesReassigningEscalatingAndClosingToASupervisor(action: ComplaintAction) {
        let ana = F.staff("ana.k", .associate)
        let error = check(action, by: ana, on: F.complaint(owner: "ana.k"))
        #expect(error == .notPermitted("an associate cannot \(action.verb) complaints; ask a supervisor"))
    }

    /// What a complaint's screen says to a key the role never takes: the role, not the state.
    @Test func anAssociateIsToldItIsASupervisorsNotToResolveFirst() {
        let ana = F.staff("ana.k", .associate)
        #expect(Permissions.refusal(of: .closed, by: ana, on: F.complaint(owner: "ana.k"))
                == "an associate cannot close complaints; ask a supervisor")
        let sue = F.staff("sue", .supervisor)
        #expect(Permissions.refusal(of: .closed, by: sue, on: F.complaint(owner: "ana.k")) == "an open complaint cannot be closed; resolve it first",
                "a supervisor is told what the state needs")
    }

    @Test func anAssociateLogsAndReopensWhatTheyResolvedButNotWhatWasClosed() {
        let ana = F.staff("ana.k", .associate)
        #expect(check(.log, by: ana, on: nil) == nil)
        #expect(check(.reopen, by: ana, on: F.complaint(status: .resolved, owner: "ana.k")) == nil)
        #expect(check(.reopen, by: ana, on: F.complaint(status: .closed, owner: "ana.k"))
                == .notPermitted("a closed complaint is reopened by a supervisor; ask one"))
    }

    // Supervisors

    @Test(arguments: ComplaintAction.allCases)
    func aSupervisorWorksEveryComplaintOfTheirProperty(action: ComplaintAction) {
        let sam = F.staff("sam.s", .supervisor, property: "DEMO")
        #expect(check(action, by: sam, on: F.complaint(status: .closed, owner: "ben.t", property: "DEMO")) == nil)
    }

    @Test(arguments: ComplaintAction.allCases.filter { $0 != .log })
    func aSupervisorDoesNotWorkAnotherPropertysComplaints(action: ComplaintAction) {
        let sam = F.staff("sam.s", .supervisor, property: "DEMO")
        #expect(check(action, by: sam, on: F.complaint(owner: "ben.t", property: "LON"))
                == .notPermitted("sam.s supervises DEMO; complaint 1 belongs to LON"))
    }

    // Administrators

    @Test(arguments: ComplaintAction.allCases)
    func anAdministratorMayDoEverythingEverywhere(action: ComplaintAction) {
        let root = F.staff("root", .administrator, property: "HQ")
        #expect(check(action, by: root, on: action == .log ? nil : F.complaint(status: .closed, owner: "ben.t", property: "LON")) == nil)
    }

    // Disabled staff

    @Test(arguments: Role.allCases, ComplaintAction.allCases)
    func disabledStaffMayDoNothing(role: Role, action: ComplaintAction) {
        let gone = F.staff("old.hand", role, disabled: true)
        let error = check(action, by: gone, on: F.complaint(owner: "old.hand"))
        #expect(error == .notPermitted("old.hand is disabled and cannot \(action.verb) complaints"))
    }

    @Test func workingAComplaintNeedsTheComplaint() {
        #expect(check(.resolve, by: F.staff("root", .administrator), on: nil) == .invalid("cannot resolve a complaint without naming which one"))
    }

    // Compensation and the manager override

    @Test func anAssociateGivesUpToTheLimitAlone() {
        let ana = F.staff("ana.k", .associate)
        #expect(check(.log, by: ana, on: nil, compensation: F.euros(5_000)) == nil)
        #expect(check(.takeAction, by: ana, on: F.complaint(), compensation: F.euros(1_000)) == nil)
    }

    @Test func aboveTheLimitASupervisorMustApprove() {
        let ana = F.staff("ana.k", .associate)
        #expect(check(.log, by: ana, on: nil, compensation: F.euros(5_001))
                == .notPermitted("50.01 EUR is over the 50.00 EUR limit: a supervisor must approve it"))
        #expect(check(.pacify, by: ana, on: F.complaint(), compensation: F.euros(20_000),
                      approver: F.staff("sam.s", .supervisor)) == nil)
        #expect(check(.pacify, by: ana, on: F.complaint(), compensation: F.euros(20_000),
                      approver: F.staff("root", .administrator, property: "HQ")) == nil)
    }

    @Test func onlyAnActiveSupervisorOfTheComplaintsPropertyCanApprove() {
        let ana = F.staff("ana.k", .associate)
        let big = F.euros(20_000)
        #expect(check(.takeAction, by: ana, on: F.complaint(), compensation: big, approver: F.staff("ben.t", .associate))
                == .notPermitted("200.00 EUR is over the 50.00 EUR limit; ben.t is an associate and cannot approve it"))
        #expect(refused(check(.takeAction, by: ana, on: F.complaint(), compensation: big,
                              approver: F.staff("sam.s", .supervisor, disabled: true))))
        #expect(check(.takeAction, by: ana, on: F.complaint(), compensation: big, approver: F.staff("lee.w", .supervisor, property: "LON"))
                == .notPermitted("200.00 EUR is over the 50.00 EUR limit; lee.w supervises LON, not DEMO"))
    }

    @Test func amendsInAnotherCurrencyNeedApproval() {
        let ana = F.staff("ana.k", .associate)
        let points = Compensation(amountMinor: 100, currency: "PTS", kind: .loyaltyPoints)
        #expect(refused(check(.takeAction, by: ana, on: F.complaint(), compensation: points)))
    }

    @Test func supervisorsHaveNoAssociateLimit() {
        #expect(check(.takeAction, by: F.staff("sam.s", .supervisor), on: F.complaint(), compensation: F.euros(90_000)) == nil)
    }

    @Test func anEntryIsCheckedAsItsAction() throws {
        let ana = F.staff("ana.k", .associate)
        try Permissions.check(F.entry(.followedUp(satisfied: true)), by: ana, on: F.complaint(), compensationLimit: F.limit)
        #expect(throws: FrontDeskError.self) {
            try Permissions.check(F.entry(.escalated), by: ana, on: F.complaint(), compensationLimit: F.limit)
        }
        #expect(Permissions.allows(.close, by: F.staff("sam.s", .supervisor), on: F.complaint()))
        #expect(!Permissions.allows(.close, by: ana, on: F.complaint()))
    }
}
