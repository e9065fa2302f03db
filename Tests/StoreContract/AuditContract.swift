import Foundation
import FrontDeskCore

/// The audit trail every store keeps: every write with its signature, and every refusal.
enum AuditContract {
    typealias Store = FrontDeskStore

    static var cases: [(name: String, run: (Store) throws -> Void)] {
        [
            ("every write is in the trail with who, where and which terminal", everyWrite),
            ("refusals are in the trail", refusals),
            ("filters by login, time and count", filters),
            ("refusals are counted by what and about whom, whoever was refused", refusalCounts),
        ]
    }

    static let ana = Actor(login: "ana", property: "LIS", terminal: "desk-1")
    static let ben = Actor(login: "ben", property: "OPO", terminal: "ssh")

    static func everyWrite(_ store: Store) throws {
        let guest = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: ana)
        _ = try store.addStay(guestID: guest, room: "101", arrival: Day("2026-11-20")!, departure: Day("2026-11-23")!,
                              status: .inHouse, by: ana)
        let pref = try store.recordPreference(NewPreference(guestID: guest, category: .bedding, detail: "Feather pillows"), by: ben)
        try store.confirmPreference(id: pref, by: ana)
        try store.retirePreference(id: pref, reason: "wrong guest", by: ben)
        let complaint = try store.logComplaint(NewComplaint(guestID: guest, category: .noise, summary: "Loud lift"),
                                               policy: .standard, by: ana)
        _ = try store.addEntry(complaintID: complaint.id, kind: .note, text: "called engineering", newOwner: nil,
                               compensation: nil, policy: .standard, by: ben)
        try store.addStaff(StaffMember(login: "cara", displayName: "Cara", role: .associate, homeProperty: "LIS"), by: ana)
        let trail = try store.auditTrail(login: nil, since: nil, limit: 100)
        let actions = Set(trail.map(\.action))
        for expected in ["guest added", "stay added", "preference recorded", "preference confirmed", "preference retired",
                         "complaint logged", "complaint note", "staff added"] {
            try Expect.that(actions.contains(expected), "the trail holds '\(expected)' (it has \(actions.sorted()))")
        }
        let note = try trail.first { $0.action == "complaint note" }.unwrap("the note")
        try Expect.equal([note.login, note.property, note.terminal, note.detail], ["ben", "OPO", "ssh", "called engineering"], "signature")
        let retired = try trail.first { $0.action == "preference retired" }.unwrap("the retirement")
        try Expect.that(retired.detail.contains("wrong guest"), "the reason is kept")
        try Expect.equal(trail.map(\.at), trail.map(\.at).sorted(by: >), "newest first")
        try Expect.that(trail.allSatisfy { !$0.refused }, "nothing was refused")
    }

    static func refusals(_ store: Store) throws {
        try store.recordRefusal(action: "complaint closed", subject: "complaint #4", reason: "only a supervisor may close", by: ben)
        let trail = try store.auditTrail(login: "ben", since: nil, limit: 10)
        try Expect.equal(trail.count, 1, "one refusal")
        try Expect.equal(trail[0].refused, true, "marked refused")
        try Expect.equal([trail[0].action, trail[0].subject, trail[0].detail],
                         ["complaint closed", "complaint #4", "only a supervisor may close"], "what was refused")
    }

    static func refusalCounts(_ store: Store) throws {
        let start = Date()
        for i in 0..<60 { try store.recordRefusal(action: "sign in", subject: "cara", reason: "noise \(i)", by: ana) }
        for actor in [ana, ben, ana] { try store.recordRefusal(action: "wrong PIN", subject: "sue", reason: "wrong PIN", by: actor) }
        try store.recordRefusal(action: "wrong PIN", subject: "tom", reason: "wrong PIN", by: ben)
        try Expect.equal(try store.refusalCount(action: "wrong PIN", subject: "sue", since: start.addingTimeInterval(-1)), 3,
                         "every guess at sue's PIN, by whoever and behind however many other refusals")
        try Expect.equal(try store.refusalCount(action: "wrong PIN", subject: "sue", since: start.addingTimeInterval(3600)), 0,
                         "none since a later time")
    }

    static func filters(_ store: Store) throws {
        let start = Date()
        for i in 0..<3 { _ = try store.addGuest(NewGuest(givenName: "G\(i)", familyName: "Ana"), by: ana) }
        _ = try store.addGuest(NewGuest(givenName: "B", familyName: "Ben"), by: ben)
        try Expect.equal(try store.auditTrail(login: "ana", since: nil, limit: 10).count, 3, "by login")
        try Expect.equal(try store.auditTrail(login: nil, since: nil, property: "OPO", limit: 10).map(\.login), ["ben"], "by property")
        try Expect.equal(try store.auditTrail(login: nil, since: nil, limit: 2).count, 2, "limit")
        try Expect.equal(try store.auditTrail(login: nil, since: start.addingTimeInterval(3600), limit: 10).count, 0, "since later")
        try Expect.equal(try store.auditTrail(login: nil, since: start.addingTimeInterval(-1), limit: 10).count, 4, "since before")
    }
}

extension Optional {
    func unwrap(_ what: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) throws -> Wrapped {
        guard let self else { throw ContractFailure("\(what) is missing", fileID: fileID, filePath: filePath, line: line) }
        return self
    }
}
