import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// The complaint queue and a complaint's timeline, driven by keys over a real SQLite file.
@Suite struct QueueScreenTests {
    let maria = Actor(login: "maria.s", property: "DEMO", terminal: "t1")
    let tom = Actor(login: "tom.b", property: "DEMO", terminal: "t2")

    /// Three complaints logged ten minutes apart from 09:30: the oldest is overdue at 10:00.
    func hotel() throws -> (ConsoleHarness, [Int64]) {
        let h = try ConsoleHarness()
        var ids: [Int64] = []
        let guests = [("Ana", "Lima", VIPLevel.none, ComplaintSeverity.low, "Cold shower", maria),
                      ("Ben", "Okafor", .platinum, .medium, "Noisy lift", tom),
                      ("Chloé", "Dubois", .none, .high, "Wrong bill", maria)]
        for (i, g) in guests.enumerated() {
            let guest = try h.addGuest(g.0, g.1, vip: g.2)
            let at = ConsoleHarness.now.addingTimeInterval(Double(-30 + 10 * i) * 60)
            let store = try h.terminal(at: at)
            ids.append(try store.logComplaint(NewComplaint(guestID: guest, category: .room, severity: g.3, summary: g.4),
                                              policy: .standard, by: g.5).id)
        }
        return (h, ids)
    }

    @Test func aSupervisorSeesThePropertyOverdueFirstThenBySeverity() throws {
        let (h, _) = try hotel()
        h.member = StaffMember(login: "sam", displayName: "Sam", role: .supervisor, homeProperty: "DEMO")
        h.start()
        h.press(.function(4))
        let lines = h.lines()
        #expect(lines[1].contains("Complaint queue · Open and escalated · Whole property"))
        #expect(lines[2].contains("3 complaints"))
        #expect(lines[4].contains("late 10 min") && lines[4].contains("Ana Lima") && lines[4].contains("Cold shower"))
        #expect(lines[5].contains("in 10 min") && lines[5].contains("High") && lines[5].contains("Chloé Dubois"))
        #expect(lines[6].contains("due now") && lines[6].contains("Ben Okafor"))
        #expect(h.screen()[4, 5].role == .selection)
        #expect(h.screen()[5, 5].role == .normal)
        #expect(lines[23].contains("Space Mark") && lines[23].contains("e Escalate"))
    }

    /// The queue says where the guest is, and under the list the selected complaint whole.
    @Test func theRoomAndTheWholeComplaintAreShown() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Søren", "Kierkegaard", room: "512")
        _ = try h.store.logComplaint(NewComplaint(guestID: id, category: .maintenance, severity: .medium,
                                                  summary: "The TV remote does not work and the channels are all in Danish"),
                                     policy: .standard, by: h.actor)
        h.start()
        h.press(.function(4))
        let lines = h.lines()
        #expect(lines[4].contains(" Medium 512   Søren Kierkegaard ") && lines[4].contains("Maintenance: The TV") && lines[4].hasSuffix("…"))
        #expect(lines[20] == " #1 Maintenance · Medium · Søren Kierkegaard, room 512 · maria.s: The TV remote")
        #expect(lines[21] == " does not work and the channels are all in Danish")
    }

    @Test func anAssociateSeesTheirOwnByDefault() throws {
        let (h, _) = try hotel()
        h.start()
        h.press(.function(4))
        #expect(h.lines()[1].contains("· Mine"))
        #expect(h.lines()[2].contains("2 complaints"))
        #expect(!h.lines().contains { $0.contains("Ben Okafor") })
    }

    @Test func markingSeveralAndEscalatingThemAtOnce() throws {
        let (h, ids) = try hotel()
        h.member = StaffMember(login: "sam", displayName: "Sam", role: .supervisor, homeProperty: "DEMO")
        h.start()
        h.press(.function(4), .character(" "), .character(" "))
        #expect(h.lines()[2].contains("2 marked"))
        h.press(.character("e"))
        #expect(h.lines()[21].contains("Why escalate 2 complaints?"))
        h.type("guest threatens to leave")
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("Escalated: 2 complaints.") })
        #expect(try h.store.complaint(id: ids[0])?.status == .escalated)
        #expect(try h.store.complaint(id: ids[2])?.status == .escalated)
        #expect(try h.store.complaint(id: ids[1])?.status == .open)
        let entry = try #require(try h.store.entries(complaintID: ids[0]).last)
        #expect(entry.kind == .escalated && entry.text == "guest threatens to leave" && entry.signature.login == "maria.s")
    }

    @Test func anAssociateCannotEscalateAndIsToldWhy() throws {
        let (h, ids) = try hotel()
        h.start()
        #expect(!h.start().lines()[23].contains("Escalate"))
        h.press(.function(4))
        #expect(!h.lines()[23].contains("Escalate"), "not offered")
        h.press(.character("e"))
        #expect(h.lines()[22].contains("Escalating and reassigning are for a supervisor: ask one."), "told at once, before typing a reason")
        #expect(!h.lines().contains { $0.contains("Why escalate") })
        #expect(try h.store.complaint(id: ids[0])?.status == .open)
    }

    @Test func workingAComplaintFromItsTimeline() throws {
        let (h, ids) = try hotel()
        h.start()
        h.press(.function(4), .enter)
        var lines = h.lines()
        #expect(lines[1].contains("Complaint #\(ids[0]) · Room · Low · Open · owner maria.s"))
        #expect(lines[3].contains("Follow-up overdue by 10 min"))
        #expect(h.screen()[3, 3].role == .overdue)
        #expect(lines[8].contains("maria.s") && lines[8].contains("Logged"))
        h.press(.character("a"))
        h.type("Sent engineering to fix the boiler")
        h.press(.enter)
        h.press(.character("f"))
        h.type("warm now, thank you")
        h.press(.enter)
        lines = h.lines()
        #expect(lines[1].contains("· Resolved ·"))
        #expect(lines[9].contains("Action taken: Sent engineering to fix the boiler"))
        #expect(lines[10].contains("warm now, thank you"))
        // Closing is for supervisors: not offered, refused at once, and the timeline keeps what was done.
        #expect(!h.lines()[23].contains("Close") && h.lines()[23].contains("R Reopen"), "a resolved complaint of one's own is reopened, not closed")
        h.press(.character("x"))
        #expect(h.lines()[22].contains("cannot close complaints; ask a supervisor"))
        #expect(try h.store.entries(complaintID: ids[0]).count == 3)
    }
}



@Suite struct QueueFilterTests {
    @Test func filtersBySeverityCategoryAndOwner() throws {
        let (h, _) = try QueueScreenTests().hotel()
        h.member = StaffMember(login: "sam", displayName: "Sam", role: .supervisor, homeProperty: "DEMO")
        h.start()
        h.press(.function(4), .character("v"))   // Low only
        #expect(h.lines()[1].contains("· Low"))
        #expect(h.lines()[2].contains("1 complaint"))
        #expect(h.lines()[4].contains("Ana Lima"))
        h.press(.character("v"), .character("v"), .character("v"))   // Medium, High, then all again
        #expect(h.lines()[2].contains("3 complaints"))
        h.press(.character("w"))
        h.type("tom.b")
        h.press(.enter)
        #expect(h.lines()[1].contains("Owner tom.b"))
        #expect(h.lines()[2].contains("1 complaint"))
        #expect(h.lines()[4].contains("Ben Okafor"))
        h.press(.character("c"))   // Room: all three are room complaints
        #expect(h.lines()[1].contains("· Room"))
        #expect(h.lines()[4].contains("Ben Okafor"))
        h.press(.character("c"))   // Housekeeping: none
        #expect(h.lines().contains { $0.contains("Nothing here.") })
    }
}

@Suite struct ReassignTests {
    @Test func complaintsGoOnlyToActiveStaff() throws {
        let (h, ids) = try QueueScreenTests().hotel()
        let admin = Actor(login: "root", property: "DEMO")
        try h.store.addStaff(StaffMember(login: "sam", displayName: "Sam", role: .supervisor, homeProperty: "DEMO"), by: admin)
        try h.store.addStaff(StaffMember(login: "lee", displayName: "Lee", role: .associate, homeProperty: "DEMO"), by: admin)
        try h.store.addStaff(StaffMember(login: "old", displayName: "Old", role: .associate, homeProperty: "DEMO"), by: admin)
        try h.store.disableStaff(login: "old", by: admin)
        h.member = StaffMember(login: "sam", displayName: "Sam", role: .supervisor, homeProperty: "DEMO")
        h.start()
        h.press(.function(4), .character("o"))
        h.type("old")
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("'old' is not an active member of staff") })
        #expect(h.lines()[21].contains("Reassign this complaint to (login): old"), "the prompt keeps what was typed")
        h.press(.control("u"))
        h.type("lee")
        h.press(.enter)
        #expect(try h.store.complaint(id: ids[0])?.owner == "lee")
        #expect(try h.store.entries(complaintID: ids[0]).last?.newOwner == "lee")
    }
}

@Suite struct SessionTests {
    @Test func aRoleChangedElsewhereAppliesAndADisabledLoginIsSignedOut() throws {
        let h = try ConsoleHarness()
        let admin = Actor(login: "root", property: "DEMO")
        try h.store.addStaff(StaffMember(login: "root", displayName: "Root", role: .administrator, homeProperty: "DEMO"), by: admin)
        try h.store.addStaff(StaffMember(login: "maria.s", displayName: "Maria", role: .associate, homeProperty: "DEMO"), by: admin)
        h.start()
        h.press(.function(4))
        #expect(h.lines()[1].contains("· Mine"))
        let office = try h.secondTerminal()
        try office.setRole(login: "maria.s", role: .supervisor, by: admin)
        h.app.tick()
        #expect(h.app.member.role == .supervisor)
        try office.disableStaff(login: "maria.s", by: admin)
        #expect(!h.app.wantsToQuit)
        h.app.tick()
        #expect(h.app.wantsToQuit, "a disabled login's console closes")
        #expect(h.app.signedOut?.contains("'maria.s' was disabled") == true)
    }
}
