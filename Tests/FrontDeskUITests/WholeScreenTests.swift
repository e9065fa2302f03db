import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// Whole 80×24 screens, line by line: what an associate sees, every column of it.
@Suite struct WholeScreenTests {
    @Test func searchResultsScreen() throws {
        let h = try ConsoleHarness()
        try h.addGuest("José", "García", vip: .gold, room: "412")
        try h.addGuest("Josefina", "Lindqvist")
        let zhang = try h.addGuest("伟", "张", vip: .platinum, room: "508")
        _ = try h.store.recordPreference(NewPreference(guestID: zhang, category: .allergy, detail: "Shellfish"), by: h.actor)
        h.start()
        h.type("jose")
        let expected = [
            " frontdesk · Guest search                         DEMO · maria.s · 22 Nov 10:00",
            "",
            " Find guest: jose",
            "             name, room, loyalty number, phone or e-mail",
            "  2 guests                                                   VIP         Room",
            "   José García                                               Gold        412",
            "   Josefina Lindqvist",
        ] + Array(repeating: "", count: 16) + [
            " Enter Open  ↓/Ctrl-N Next  F1 Help  F10 Quit",
        ]
        #expect(h.lines() == expected)
        h.press(.control("u"))
        h.type("zhang")
        #expect(h.lines()[5] == " ! 张伟                                                      Platinum    508")
    }

    @Test func profileScreen() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Søren", "Kierkegaard", vip: .silver, loyalty: "FD77", room: "512")
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .allergy, detail: "Severe nut allergy", level: .required), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Feather pillows"), by: h.actor)
        h.start()
        h.type("soren")
        h.press(.enter)
        // The allergy is put in front of the associate before anything else, until acknowledged.
        let alert = [
            " frontdesk · Guest profile                        DEMO · maria.s · 22 Nov 10:00",
            " Søren Kierkegaard                                                    ★ Silver",
            " Loyalty FD77",
            " In house · room 512 · 21 Nov – 24 Nov · DEMO",
            " Ask today: High floor or low, near the lift or quiet? (a: record the answer)",
            " Alerts",
            "     Before you greet the guest:",
            "      ! Severe nut allergy",
            "     Enter: I have read this",
            " Stays",
            "   21 Nov 2026 – 24 Nov, 3 nights · room 512 · DEMO · in house",
        ] + Array(repeating: "", count: 10) + [
            " By maria.s at DEMO, 22 Nov 10:00 · guest said",
            "",
            " Enter/Space Read  Esc Back  F1 Help  F10 Quit",
        ]
        #expect(h.lines() == alert)
        #expect(h.screen()[7, 10].role == .alert)
        h.press(.enter)
        let expected = [
            " frontdesk · Guest profile                        DEMO · maria.s · 22 Nov 10:00",
            " Søren Kierkegaard                                                    ★ Silver",
            " Loyalty FD77",
            " In house · room 512 · 21 Nov – 24 Nov · DEMO",
            " Ask today: High floor or low, near the lift or quiet? (a: record the answer)",
            " Alerts",
            "   Severe nut allergy        Required · standing · said     maria.s 22 Nov DEMO",
            " Bedding",
            "   Feather pillows           Preferred · standing · said    maria.s 22 Nov DEMO",
            " Stays",
            "   21 Nov 2026 – 24 Nov, 3 nights · room 512 · DEMO · in house",
        ] + Array(repeating: "", count: 10) + [
            " By maria.s at DEMO, 22 Nov 10:00 · guest said",
            "",
            " p Pad  c Complaint  r Retire  y Confirm  a Ask  Esc Back  F1 Help  F10 Quit",
        ]
        #expect(h.lines() == expected)
    }
}
