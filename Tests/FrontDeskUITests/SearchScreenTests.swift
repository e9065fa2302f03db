import Foundation
import Testing
import FrontDeskCore
import FrontDeskOutput
@testable import FrontDeskUI

@Suite struct SearchScreenTests {
    @Test func typingFiltersAndShowsTheGuestRow() throws {
        let h = try ConsoleHarness()
        try h.addGuest("José", "García", vip: .gold, loyalty: "FD40000001", room: "412")
        try h.addGuest("Søren", "Kierkegaard")
        h.start()
        h.type("jose")
        let lines = h.lines()
        #expect(lines[0].hasPrefix(" frontdesk · Guest search"))
        #expect(lines[0].hasSuffix("DEMO · maria.s · 22 Nov 10:00"))
        #expect(lines[2] == " Find guest: jose")
        #expect(lines[4].hasPrefix("  1 guest"))
        #expect(lines[5].contains("José García"))
        #expect(lines[5].contains("Gold"))
        #expect(lines[5].contains("412"))
        // The list stays narrow for SSH: the loyalty number is on the profile, not in the list.
        #expect(!lines[5].contains("FD40000001"))
        #expect(!lines.contains { $0.contains("Kierkegaard") })
        #expect(lines[23].contains("Enter Open"))
        #expect(lines[23].contains("F1 Help"))
        // The selected row is drawn in the selection role; the VIP level keeps its own role elsewhere.
        #expect(h.screen()[5, 10].role == .selection)
    }

    @Test func resultsFollowEveryKeystroke() throws {
        let h = try ConsoleHarness()
        try h.addGuest("Søren", "Kierkegaard")
        try h.addGuest("Sofía", "López")
        h.start()
        h.type("so")
        #expect(h.lines().contains { $0.contains("Søren Kierkegaard") })
        #expect(h.lines().contains { $0.contains("Sofía López") })
        h.type("r")
        #expect(h.lines().contains { $0.contains("Søren Kierkegaard") })
        #expect(!h.lines().contains { $0.contains("Sofía López") })
        h.press(.backspace)
        #expect(h.lines().contains { $0.contains("Sofía López") })
    }

    @Test func emptySearchListsInHouseGuestsByRoom() throws {
        let h = try ConsoleHarness()
        try h.addGuest("Ana", "Lima", room: "305")
        try h.addGuest("Ben", "Okafor")
        h.start()
        let lines = h.lines()
        #expect(lines[4].contains("In house at DEMO"))
        #expect(lines[5].contains("Ana Lima"))
        #expect(lines[5].contains("305"))
        #expect(!lines.contains { $0.contains("Ben Okafor") })
    }

    @Test func nobodyFoundOffersCloseSpellingsAndTheWalkInKey() throws {
        let h = try ConsoleHarness()
        try h.addGuest("José", "García")
        h.start()
        h.type("garsia")
        let lines = h.lines()
        #expect(lines[5] == " No guest matches “garsia”.")
        #expect(lines.contains { $0.contains("Did you mean: garcia") })
        #expect(lines.contains { $0.contains("Ctrl-O opens a new guest form with what you typed (a walk-in).") })
        #expect(lines[23].contains("Ctrl-O New guest"))
        #expect(lines[23].contains("Tab Did you mean"))
        h.press(.tab)
        #expect(h.lines()[2] == " Find guest: garcia")
        #expect(h.lines()[5].contains("José García"))
    }

    /// Ctrl-O opens a form prefilled from what was typed; nothing is made until Ctrl-S.
    @Test func walkInOpensAFormAndMakesTheGuestOnlyWhenSaved() throws {
        let h = try ConsoleHarness()
        h.start()
        h.type("Ana Lima")
        h.press(.control("o"))
        var lines = h.lines()
        #expect(lines[0].contains("frontdesk · New guest"))
        #expect(lines[1] == " New guest (a walk-in): nothing is made until you save")
        #expect(lines[4] == "   Given name       Ana")
        #expect(lines[5] == "   Family name      Lima")
        #expect(h.screen().cursor?.row == 7, "on the first of name, e-mail and phone still empty: the e-mail")
        #expect(try h.store.guestCount() == 0, "nothing made yet")
        h.type("ana.lima@example.com")
        h.press(.escape)
        #expect(h.lines()[21].contains("Throw away this new guest? y: throw away · n: keep writing"))
        h.press(.enter)
        #expect(h.lines()[7].contains("ana.lima@example.com"), "Enter keeps it")
        h.press(.control("s"))
        lines = h.lines()
        #expect(lines[0].contains("Guest profile"))
        #expect(lines[1].contains("Ana Lima") && lines[2].contains("ana.lima@example.com"))
        #expect(lines[22].contains("New guest profile made. Press p to record what they told you."))
        #expect(try h.store.searchGuests("ana lima", limit: 5).results.map(\.displayName) == ["Ana Lima"])
        h.press(.escape)
        #expect(h.lines()[0].contains("Guest search"), "back to the search, not to the form")
    }

    /// A walk-in whose e-mail or phone is on file already is most likely that guest: the form offers
    /// to open them before making a second profile.
    @Test func aWalkInWithAKnownContactOffersTheGuestOnFile() throws {
        let h = try ConsoleHarness()
        let known = try h.store.addGuest(NewGuest(givenName: "Charlotte", familyName: "Jones", phone: "+44 20 7946 0123"), by: h.actor)
        h.start()
        h.type("Lottie Brown")
        h.press(.control("o"), .tab)
        h.type("+44 (20) 7946-0123")
        h.press(.control("s"))
        #expect(h.lines()[20] == " Charlotte Jones (#\(known)) has this phone already.")
        #expect(h.lines()[23].hasPrefix(" Enter/y Open that profile  n Make a new one  Esc Back to the form"))
        #expect(try h.store.guestCount() == 1, "nothing made while asking")
        h.press(.enter)
        #expect(h.lines()[0].contains("Guest profile") && h.lines()[1].contains("Charlotte Jones"))
        #expect(try h.store.guestCount() == 1)
        // Asked again, n makes the new guest after all.
        h.press(.escape, .control("u"))
        h.type("Lottie Brown")
        h.press(.control("o"), .tab)
        h.type("+44 20 7946 0123")
        h.press(.control("s"), .character("n"))
        #expect(h.lines()[1].contains("Lottie Brown"))
        #expect(try h.store.guestCount() == 2)
    }

    /// A name in another script asks for its Latin reading first, which search finds it by too.
    @Test func aWalkInInAnotherScriptAsksForTheReading() throws {
        let h = try ConsoleHarness()
        h.start()
        h.type("山田太郎")
        h.press(.control("o"))
        #expect(h.lines()[5] == "   Family name      山田太郎")
        #expect(h.screen().cursor?.row == 6, "the Latin reading")
        h.type("Yamada Taro")
        h.press(.control("s"))
        #expect(try h.store.searchGuests("yamada", limit: 5).results.map(\.displayName) == ["山田太郎"])
    }

    /// A phone number or an e-mail typed into the search is put where it belongs; the name is asked for.
    @Test func aWalkInFromAPhoneNumberAsksForTheName() throws {
        let h = try ConsoleHarness()
        h.start()
        h.type("+351 912 345 678")
        h.press(.control("o"))
        #expect(h.lines()[8] == "   Phone            +351 912 345 678")
        #expect(h.screen().cursor?.row == 4, "the given name to type first")
        h.press(.control("s"))
        #expect(h.lines()[22].contains("Not saved: a guest needs a given or a family name"))
        #expect(try h.store.guestCount() == 0)
        h.type("Rui")
        h.press(.tab)
        h.type("Costa")
        h.press(.control("s"))
        #expect(h.lines()[1].contains("Rui Costa"))
    }

    @Test func arrowsAndControlKeysMoveTheSelection() throws {
        let h = try ConsoleHarness()
        try h.addGuest("Maria", "Alves")
        try h.addGuest("Mario", "Bianchi")
        h.start()
        h.type("mari")
        let first = try #require(h.row(containing: "Maria Alves"))
        let second = try #require(h.row(containing: "Mario Bianchi"))
        #expect(h.screen()[first, 5].role == .selection)
        h.press(.control("n"))
        #expect(h.screen()[second, 5].role == .selection)
        #expect(h.screen()[first, 5].role == .normal)
        h.press(.up)
        #expect(h.screen()[first, 5].role == .selection)
    }

    @Test func hostileNamesCannotReachTheTerminal() throws {
        let h = try ConsoleHarness()
        try h.addGuest("Evil\u{1B}]0;pwned\u{7}", "Name\u{1B}[2J\u{9B}31m\u{202E}kcab")
        h.start()
        h.type("evil")
        let canvas = h.screen()
        let text = canvas.text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(text.contains("Evil]0;pwned Name[2J31mkcab"))
    }

    @Test func wideNamesTakeTwoColumnsAndKeepTheColumnsAligned() throws {
        let h = try ConsoleHarness()
        try h.addGuest("伟", "张", vip: .gold, room: "101")
        try h.addGuest("Wei", "Zhang", vip: .gold, room: "102")
        h.start()
        h.type("zhang")
        let lines = h.lines()
        let wide = try #require(lines.first { $0.contains("张伟") })
        let narrow = try #require(lines.first { $0.contains("Wei Zhang") })
        // Same display column for the VIP level, although 张伟 is 2 characters in 4 columns.
        func column(of word: String, in line: String) -> Int {
            let prefix = line[..<line.range(of: word)!.lowerBound]
            return TerminalText.width(of: String(prefix))
        }
        #expect(column(of: "Gold", in: wide) == column(of: "Gold", in: narrow))
        let canvas = h.screen()
        let row = lines.firstIndex(of: wide)!
        #expect(canvas[row, 3].text == "张" && canvas[row, 3].width == 2 && canvas[row, 4].isContinuation)
    }

    @Test func layoutAdaptsToAWiderTerminalAndRefusesATinyOne() throws {
        let h = try ConsoleHarness()
        try h.addGuest("José", "García", vip: .gold, room: "412")
        h.start()
        h.type("jose")
        let wide = h.lines(120, 40)
        #expect(wide[0].hasSuffix("DEMO · maria.s · 22 Nov 10:00"))
        #expect(wide[0].count == 119) // the clock ends one column before the edge
        #expect(wide[39].contains("Enter Open"))
        #expect(wide.contains { $0.contains("José García") && $0.contains("Gold") })
        let tiny = h.lines(40, 10)
        #expect(tiny.contains { $0.contains("Terminal too small: 40×10.") })
        #expect(tiny.contains { $0.contains("at least 60×16") })
    }
}

@Suite struct SearchRowDetailTests {
    @Test func aMatchOnAnotherFieldSaysWhichAndMasksContacts() throws {
        let h = try ConsoleHarness()
        try h.store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", loyaltyNumber: "RC-88231",
                                      email: "ana.lima@example.com", phone: "+1 (415) 555-0134"), by: h.actor)
        h.start()
        h.type("rc88231")
        #expect(h.lines()[5].contains("loyalty RC-88231"))
        h.press(.control("u"))
        h.type("4155550134")
        #expect(h.lines()[5].contains("phone …0134"))
        #expect(!h.lines().contains { $0.contains("415") && !$0.contains("Find guest") }, "the whole number is never listed")
        h.press(.control("u"))
        h.type("lima@example")
        #expect(h.lines()[5].contains("…ma@example.com"))
        #expect(!h.lines()[5].contains("ana.lima@"), "the whole address is never listed")
    }

    @Test func hostileTextBesideANameIsHarmless() throws {
        let h = try ConsoleHarness()
        for company in ["Acme\u{1B}[2J\u{1B}]0;pwned\u{7}", "Globex"] {
            try h.store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", company: company), by: h.actor)
        }
        h.start()
        h.type("ana lima")
        let rows = h.lines()[5...6]
        #expect(rows.contains { $0.contains("Acme") && $0.contains("pwned") } && rows.contains { $0.contains("Globex") })
        #expect(!h.lines().joined().contains("\u{1B}") && !h.lines().joined().contains("\u{7}"))
    }
}

@Suite struct SearchHeadingTests {
    @Test func theHeadingSpansNameAndDetail() throws {
        let h = try ConsoleHarness()
        for i in 0..<EffectRunner.searchLimit { try h.addGuest("Ana\(i)", "Lima") }
        h.start()
        h.type("lima")
        #expect(h.lines()[4].hasPrefix("  First \(EffectRunner.searchLimit) guests: type more to narrow "))
    }
}
