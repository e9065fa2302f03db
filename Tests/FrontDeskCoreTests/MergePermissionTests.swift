import Testing
@testable import FrontDeskCore

@Suite struct MergePermissionTests {
    func staff(_ role: Role, disabled: Bool = false) -> StaffMember {
        StaffMember(login: "sam", displayName: "Sam", role: role, homeProperty: "LIS", isDisabled: disabled)
    }

    @Test(arguments: [Role.supervisor, .administrator])
    func supervisorsAndAdministratorsMerge(role: Role) throws {
        try Permissions.checkMerge(by: staff(role))
    }

    @Test(arguments: [Role.associate, .coordinator])
    func othersAreToldWhoMay(role: Role) {
        #expect(throws: FrontDeskError.notPermitted(
            "merging guest profiles needs a supervisor or an administrator; sam is \(role == .associate ? "an" : "a") \(role.label.lowercased())")) {
            try Permissions.checkMerge(by: staff(role))
        }
    }

    @Test func disabledStaffNever() {
        #expect(throws: FrontDeskError.notPermitted("sam is disabled and cannot merge guest profiles")) {
            try Permissions.checkMerge(by: staff(.administrator, disabled: true))
        }
    }

    @Test func theSummarySaysWhatMovedAndWhatStayed() {
        let summary = MergeSummary(survivorID: 3, absorbedID: 7, preferences: 2, stays: 1, complaints: 1, questions: 1,
                                   drafts: 0, draftsJoined: 1)
        #expect(summary.description == "2 preferences, 1 stay, 1 complaint, 1 question asked; 1 draft joined to the same associate's draft")
        #expect(MergeSummary(survivorID: 3, absorbedID: 7).description == "nothing to move")
    }
}
