import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// The keys an associate presses beyond the words they type, counted on the real console: from
/// the search to a saved preference in at most 4, to a logged complaint in at most 5, even for a
/// guest whose allergy must be read first.
@Suite struct KeystrokeTests {
    /// Presses keys and counts them; typed words are not counted.
    final class Counter {
        let h: ConsoleHarness
        private(set) var keys = 0
        init(_ h: ConsoleHarness) { self.h = h }
        func press(_ key: Key) { keys += 1; h.press(key) }
        func type(_ words: String) { h.type(words) }
    }

    func sorenWithAnAllergy(_ h: ConsoleHarness) throws -> Int64 {
        let id = try h.addGuest("Søren", "Kierkegaard", room: "512")
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .allergy, detail: "Severe nut allergy", level: .required),
                                         by: h.actor)
        h.start()
        return id
    }

    @Test func fromTheSearchToASavedPreferenceInFourKeys() throws {
        let h = try ConsoleHarness()
        let id = try sorenWithAnAllergy(h)
        let k = Counter(h)
        k.type("soren")
        k.press(.enter)            // open
        k.press(.enter)            // the allergy read
        k.press(.character("p"))   // the pad
        k.type("two extra feather pillows")
        k.press(.control("s"))     // saved
        #expect(k.keys <= 4)
        #expect(h.lines().contains { $0.contains("Saved to Bedding: two extra feather pillows") })
        let row = try #require(h.row(containing: "   two extra feather pillows"))
        #expect(h.screen()[row, 4].role == .selection, "the new note is selected, not the allergy: r now retires what was just saved")
        #expect(try h.store.profile(guestID: id)?.preferences.contains { $0.detail == "two extra feather pillows" && $0.category == .bedding } == true)
    }

    @Test func fromTheSearchToALoggedComplaintInFiveKeys() throws {
        let h = try ConsoleHarness()
        let id = try sorenWithAnAllergy(h)
        let k = Counter(h)
        k.type("soren")
        k.press(.enter)            // open
        k.press(.enter)            // the allergy read
        k.press(.character("c"))   // the complaint form
        k.type("The TV remote is broken")
        k.press(.control("s"))     // logged, its category taken from the words
        #expect(k.keys <= 5)
        #expect(h.lines().contains { $0.contains("Complaint logged; you own it.") })
        let complaint = try #require(try h.store.complaints(guestID: id).first)
        #expect(complaint.category == .maintenance && complaint.owner == "maria.s")
    }
}
