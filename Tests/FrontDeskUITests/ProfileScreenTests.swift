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
        #expect(h.lines().contains("      ! Severe nut allergy"), "the allergy is shown before anything else")
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
        #expect(lines[alerts + 1].contains("Severe nut allergy"))
        #expect(lines[alerts + 1].contains("Required · standing · said"))
        #expect(lines[alerts + 1].contains("maria.s 22 Nov DEMO"))
        #expect(lines[newspaper + 1].contains("Le Monde"))
        #expect(lines[newspaper + 1].contains("Preferred · standing · seen"))
        #expect(h.screen()[alerts, 2].role == .alert)
        // The selected preference's full record is spelled out under the list.
        #expect(lines[21] == " By maria.s at DEMO, 22 Nov 10:00 · guest said")
        #expect(lines[23].contains("p Pad"))
        #expect(lines[23].contains("Esc Back"))
    }

    @Test func retiringNeedsAReasonAndKeepsTheHistory() throws {
        let h = try ConsoleHarness()
        let id = try openGarcia(h)
        h.press(.down) // from the allergy to the pillows
        h.press(.character("r"))
        #expect(h.lines()[21].contains("Why retire “Feather pillows”?"))
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("Say why it no longer applies") })
        h.type("guest now prefers foam")
        h.press(.enter)
        let lines = h.lines()
        #expect(lines.contains { $0.contains("Retired. It stays in the guest's history") })
        let retired = try #require(lines.firstIndex(of: " Retired"))
        #expect(lines[retired + 1].contains("Feather pillows"))
        // The retired preference stays selected, its reason spelled out; unselected, it is muted.
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
        #expect(h.lines().contains { $0.contains("Green tea at turndown") && $0.contains("tom.b") })
    }

    /// The list cuts a long note to its column; selected, it is shown whole above its detail line.
    @Test func theSelectedNoteIsReadableWhole() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        let long = "Two firm foam pillows and a thin one for reading; never duck or goose down, it makes her sneeze all night"
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: long), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .room, detail: "High floor"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter)
        var lines = h.lines()
        let row = try #require(lines.firstIndex { $0.contains("Two firm foam pillows") })
        #expect(row < 19 && lines[row].contains("…"), "cut in the list")
        #expect(lines[19] == " “Two firm foam pillows and a thin one for reading; never duck or goose down,")
        #expect(lines[20] == " it makes her sneeze all night”")
        #expect(lines[21].hasPrefix(" By maria.s at DEMO"))
        h.press(.down)
        lines = h.lines()
        #expect(lines.contains { $0.contains("High floor") })
        #expect(!lines.contains { $0.contains("sneeze") }, "a note that fits needs no second showing")
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
