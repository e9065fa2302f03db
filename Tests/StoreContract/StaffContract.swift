import Foundation
import FrontDeskCore

/// What every StaffDirectory must do; each case gets a fresh, empty store.
enum StaffContract {

    static let admin = Actor(login: "root.admin", property: "LIS", terminal: "t1")

    static var cases: [(name: String, run: (FrontDeskStore) throws -> Void)] {
        [
            ("staff are added and listed", addAndList),
            ("a login is added once", loginOnce),
            ("roles change, PIN hashes are kept, staff are disabled not deleted", changes),
            ("the first administrator", firstAdministrator),
            ("bad logins are refused", badLogins),
        ]
    }

    static func addAndList(_ store: StaffDirectory) throws {
        try store.addStaff(StaffMember(login: "maria.s", displayName: "Maria Silva", role: .associate, homeProperty: "LIS"), by: admin)
        try store.addStaff(StaffMember(login: "ben", displayName: "Ben Okafor", role: .supervisor, homeProperty: "OPO"), by: admin)
        try Expect.equal(try store.allStaff().map(\.login), ["ben", "maria.s"], "staff by login")
        try Expect.equal(try store.staffMember(login: "maria.s"),
                         StaffMember(login: "maria.s", displayName: "Maria Silva", role: .associate, homeProperty: "LIS"), "round trip")
        try Expect.equal(try store.staffMember(login: "nobody"), nil, "unknown login")
    }

    static func loginOnce(_ store: StaffDirectory) throws {
        try store.addStaff(StaffMember(login: "maria.s", displayName: "Maria", role: .associate, homeProperty: "LIS"), by: admin)
        try Expect.fails("adding a login twice", as: { $0.isRefusal }) { try store.addStaff(StaffMember(login: "maria.s", displayName: "Other", role: .administrator, homeProperty: "LIS"), by: admin) }
        try Expect.equal(try store.staffMember(login: "maria.s")?.role, .associate, "the first stays as it was")
    }

    static func changes(_ store: StaffDirectory) throws {
        try store.addStaff(StaffMember(login: "maria.s", displayName: "Maria", role: .associate, homeProperty: "LIS"), by: admin)
        try store.setRole(login: "maria.s", role: .supervisor, by: admin)
        try Expect.equal(try store.staffMember(login: "maria.s")?.role, .supervisor, "new role")
        try Expect.equal(try store.pinSetting(login: "maria.s"), nil, "no PIN yet")
        func check(_ login: String, _ hash: String?) throws -> PINCheck {
            try store.checkPIN(login: login, hash: hash, attempts: 5, lock: 900, reason: "wrong PIN for '\(login)'", by: admin)
        }
        try Expect.equal(try check("maria.s", ""), .wrong, "no PIN matches nothing")
        try store.setPinHash(login: "maria.s", hash: "$y$j9T$salt$hash", by: admin)
        try Expect.equal(try store.pinSetting(login: "maria.s"), "$y$j9T$salt", "the setting: the hash without its last part")
        try Expect.equal(try check("maria.s", "$y$j9T$salt$hash"), .matches, "the hash as given matches")
        try Expect.equal(try check("maria.s", "$y$j9T$salt$other"), .wrong, "another does not")
        try Expect.equal(try check("ghost", "$y$j9T$salt$hash"), .wrong, "nor for another login")
        for _ in 1...3 { _ = try check("maria.s", nil) }
        try Expect.equal(try check("maria.s", "$y$j9T$salt$hash"), .locked, "five wrong ones lock it: the right one is not even compared")
        try store.disableStaff(login: "maria.s", by: admin)
        try Expect.equal(try store.staffMember(login: "maria.s")?.isDisabled, true, "disabled")
        try Expect.equal(try store.allStaff().count, 1, "still listed")
        try Expect.fails("changing an unknown login", as: { $0.isRefusal }) { try store.setRole(login: "ghost", role: .administrator, by: admin) }
    }

    static func firstAdministrator(_ store: StaffDirectory) throws {
        try Expect.equal(try store.hasActiveAdministrator(), false, "a new database has none")
        try store.addStaff(StaffMember(login: "ana", displayName: "Ana", role: .administrator, homeProperty: "LIS"), by: admin)
        try Expect.equal(try store.hasActiveAdministrator(), true, "after the first")
        try Expect.fails("disabling the last administrator", as: { $0.isRefusal }) { try store.disableStaff(login: "ana", by: admin) }
        try Expect.fails("demoting the last administrator", as: { $0.isRefusal }) { try store.setRole(login: "ana", role: .associate, by: admin) }
        try Expect.equal(try store.staffMember(login: "ana")?.isDisabled, false, "still active")
        try store.addStaff(StaffMember(login: "bo", displayName: "Bo", role: .administrator, homeProperty: "LIS"), by: admin)
        try store.disableStaff(login: "ana", by: admin)
        try Expect.equal(try store.hasActiveAdministrator(), true, "bo is still there")
    }

    static func badLogins(_ store: StaffDirectory) throws {
        for login in ["", "two words", "evil\u{1B}[2J", String(repeating: "a", count: 65)] {
            try Expect.fails("login '\(login)'", as: { $0.isRefusal }) { try store.addStaff(StaffMember(login: login, displayName: "X", role: .associate, homeProperty: "LIS"), by: admin) }
        }
        try Expect.equal(try store.allStaff().count, 0, "nothing added")
    }
}
