import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

@Suite struct ProfileScreenTests {
    func openGarcia(_ h: ConsoleHarness) throws -> Int64 {
        let id = try h.addGuest("José", "García", vip: .platinum, loyalty: "FD40000001", room: "412")
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Feather pillows"), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .allergy, detail: "Severe nut allergy", level: .required), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .newspaper, detail: "Le Monde", source: .observed), by: h.actor)
        h.start()
        h.type("garcia")
        h.press(.enter)
        #expect(h.lines().contains("      ! Severe nut allergy (food & beverage acts)"), "the allergy is shown before anything else, naming who acts")
        h.press(.enter) // read
        return id
    }

    @Test func showsTheGuestAlertsFirstThenPreferencesByCategory() throws {
        let h = try ConsoleHarness()
        _ = try openGarcia(h)
        let lines = h.lines()
        #expect(lines[0].hasPrefix(" frontdesk · Guest profile"))
        #expect(lines[1].hasPrefix(" José García"))
        #expect(lines[1].hasSuffix("★ Platinum"))
        #expect(lines[2].contains("Loyalty FD40000001"))
        #expect(lines[3].contains("In house · room 412 · 21 Nov – 24 Nov · DEMO"))
        let alerts = try #require(lines.firstIndex(of: " Alerts"))
        let bedding = try #require(lines.firstIndex(of: " Bedding"))
        let newspaper = try #require(lines.firstIndex(of: " Newspaper"))
        #expect(alerts < bedding && bedding < newspaper)
        // What sets a preference apart is beside it; the usual (preferred, standing, said) goes unsaid.
        #expect(lines[alerts + 1] == "   Severe nut allergy" + String(repeating: " ", count: 50) + "required")
        #expect(lines[bedding + 1] == "   Feather pillows")
        #expect(lines[newspaper + 1].hasSuffix("Le Monde" + String(repeating: " ", count: 61) + "seen 1×"))
        #expect(h.screen()[alerts, 2].role == .alert)
        // The selected preference's full record is spelled out under the list.
        #expect(lines[20] == " Required, standing · the guest said it · food & beverage acts")
        #expect(lines[21] == " By maria.s at DEMO, 22 Nov 10:00")
        #expect(lines[23].contains("p Pad"))
        #expect(lines[23].contains("Esc Back"))
    }

    @Test func retiringNeedsAReasonAndKeepsTheHistory() throws {
        let h = try ConsoleHarness()
        let id = try openGarcia(h)
        h.press(.down) // from the allergy to the pillows
        h.press(.character("r"))
        #expect(h.lines()[20] == " Why retire “Feather pillows”? (the reason is kept with it)")
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("Say why it no longer applies") })
        h.type("guest now prefers foam")
        h.press(.enter)
        let lines = h.lines()
        #expect(lines.contains { $0.contains("Retired. It stays in the guest's history") })
        let retired = try #require(lines.firstIndex(of: " Retired"))
        #expect(lines[retired + 1].contains("Feather pillows"))
        // The retired preference stays selected, its reason spelled out; unselected, it is muted.
        #expect(lines[20] == " Preferred, standing · the guest said it · housekeeping acts")
        #expect(lines[21] == " Retired by maria.s at DEMO, 22 Nov 10:00: guest now prefers foam")
        h.press(.up)
        #expect(h.screen()[retired + 1, 4].role == .muted)
        let profile = try #require(try h.store.profile(guestID: id))
        let pillows = try #require(profile.preferences.first { $0.detail == "Feather pillows" })
        #expect(pillows.retirement?.reason == "guest now prefers foam")
        #expect(pillows.retirement?.signature.login == "maria.s")
    }

    @Test func escapeGoesBackToTheSearchWithTheQueryKept() throws {
        let h = try ConsoleHarness()
        _ = try openGarcia(h)
        h.press(.escape)
        #expect(h.lines()[2] == " Find guest: garcia")
    }

    @Test func aPreferenceSavedElsewhereAppearsOnTheNextTick() throws {
        let h = try ConsoleHarness()
        let id = try openGarcia(h)
        let otherTerminal = try h.secondTerminal()
        _ = try otherTerminal.recordPreference(NewPreference(guestID: id, category: .beverage, detail: "Green tea at turndown"),
                                               by: Actor(login: "tom.b", property: "DEMO"))
        #expect(!h.lines().contains { $0.contains("Green tea") })
        h.app.tick()
        #expect(h.row(containing: "Green tea at turndown") != nil)
        func selectedRow() -> String? { (5...19).first { h.screen()[$0, 4].role == .selection }.map { h.lines()[$0] } }
        for _ in 0..<4 where selectedRow()?.contains("Green tea") != true { h.press(.down) }
        #expect(h.lines()[21].hasPrefix(" By tom.b at DEMO"), "who wrote it, under the list")
    }

    /// An alert is read whole before it is acknowledged: a long one wraps inside the box, and nothing
    /// of the list shows around the box to stand under the wrong heading.
    @Test func aLongAlertIsReadWholeInTheBox() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .allergy, detail:
            "Coeliac: strictly gluten-free meals, separate toaster and utensils; tell the kitchen before every order"), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .wakeUp, detail: "Wake-up call at 6:30"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter)
        let lines = h.lines()
        #expect(lines[6] == "     Before you greet the guest:")
        #expect(lines[7] == "      ! Coeliac: strictly gluten-free meals, separate toaster and utensils;")
        #expect(lines[8] == "        tell the kitchen before every order (food & beverage acts)")
        #expect(lines[9] == "     Enter: I have read this")
        #expect(!lines.contains { $0.contains("Wake-up") || $0.contains("Alerts") }, "the list waits behind the box")
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("Wake-up call at 6:30") })
    }

    /// A long note takes the whole width and wraps, so what the guest said is read whole in the list.
    @Test func aLongNoteIsReadWholeInTheList() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        let long = "Two firm foam pillows and a thin one for reading; never duck or goose down, it makes her sneeze all night"
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: long), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .room, detail: "High floor"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter)
        let lines = h.lines()
        let row = try #require(lines.firstIndex { $0.contains("Two firm foam pillows") })
        #expect(lines[row] == "   Two firm foam pillows and a thin one for reading; never duck or goose down,")
        #expect(lines[row + 1] == "   it makes her sneeze all night")
        #expect(h.screen()[row + 1, 5].role == .selection, "every row of the selected note is highlighted")
        #expect(!lines.contains { $0.contains("…") }, "nothing cut")
    }

    /// Everything on a long profile can be reached: the stays under many preferences, the
    /// complaints above them, with a word saying there is more.
    @Test func aLongProfileScrollsToEverySection() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        for i in 1...20 {
            _ = try h.store.recordPreference(NewPreference(guestID: id, category: .minibar, detail: "Minibar item \(i)"), by: h.actor)
        }
        _ = try h.store.logComplaint(NewComplaint(guestID: id, category: .noise, severity: .low, summary: "Door slams"),
                                     policy: .standard, by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter)
        var lines = h.lines()
        #expect(lines[6].contains("Door slams"), "the complaint first")
        #expect(lines[19].hasSuffix(" ↓ more"))
        #expect(!lines.contains { $0.contains("Stays") })
        h.press(.end)
        lines = h.lines()
        #expect(lines[18] == " Stays")
        #expect(lines[19].hasPrefix("   21 Nov – 24 Nov, 3 nights · room 210 · DEMO · in house"))
        #expect(lines[5].hasSuffix(" ↑ more"))
        let last = try #require(lines.firstIndex { $0.hasPrefix("   Minibar item 20") })
        #expect(h.screen()[last, 4].role == .selection, "End selects the last preference")
        h.press(.home)
        #expect(h.lines()[6].contains("Door slams"))
        // ↓ past the last preference goes on to the stays, a row at a time.
        for _ in 0..<25 { h.press(.down) }
        #expect(h.lines()[19].hasPrefix("   21 Nov – 24 Nov"))
        // PgUp pages back, and the selection comes along onto a preference in view.
        h.press(.pageUp, .pageUp)
        lines = h.lines()
        #expect(lines[6].contains("Door slams"))
        let selected = try #require((5...19).first { h.screen()[$0, 4].role == .selection })
        #expect(lines[selected].contains("Minibar item"))
    }

    /// At a taller terminal the list is longer: the stays show without scrolling.
    @Test func aTallerTerminalShowsMoreOfTheProfile() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        for i in 1...20 {
            _ = try h.store.recordPreference(NewPreference(guestID: id, category: .minibar, detail: "Minibar item \(i)"), by: h.actor)
        }
        h.start()
        h.type("ana lima")
        h.press(.enter)
        let lines = h.lines(100, 40)
        #expect(lines.contains(" Stays"))
        #expect(!lines.contains { $0.contains("more ") })
    }

    @Test func helpListsEveryKeyFromTheKeymapWrappedNotCut() throws {
        let h = try ConsoleHarness()
        h.start()
        h.press(.function(1), .home)
        // Page through at the smallest size the console allows: every word of every binding is
        // there, wrapped under its keys rather than cut.
        var seen: [String] = []
        for _ in 0..<40 {
            let lines = h.lines(60, 16)
            seen += lines[1...12].map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(!lines.contains { $0.contains("…") }, "nothing cut")
            if lines[13].contains("Home: back to the start") { break }
            h.press(.pageDown)
        }
        let text = seen.joined(separator: " ")
        for binding in Keymap.standard.bindings {
            #expect(text.contains(binding.help), "help is missing: \(binding.help)")
        }
        h.press(.escape)
        #expect(h.lines()[0].contains("Guest search"))
    }
}

@Suite struct OneOffPreferenceTests {
    @Test func aThisStayChoiceLeavesTheProfileWhenTheStayIsOver() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima")
        let today = Day(ConsoleHarness.now, calendar: ConsoleHarness.utc)
        let past = try h.store.addStay(guestID: id, room: "210", arrival: today.adding(days: -30),
                                       departure: today.adding(days: -28), status: .departed, by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .other, detail: "Mariachi band at dinner",
                                                       scope: .thisStay, source: .observed, stayID: past), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Feather pillows"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter)
        let lines = h.lines()
        let earlier = try #require(lines.firstIndex(of: " Earlier stays (one-off)"))
        let bedding = try #require(lines.firstIndex(of: " Bedding"))
        #expect(bedding < earlier)
        #expect(lines[earlier + 1].contains("Mariachi band at dinner"))
        #expect(h.screen()[earlier + 1, 4].role == .muted)
    }
}
