import Foundation
import FrontDeskUI
import Testing

@Suite struct CommandLineEndToEndTests {
    @Test func guestsAddSearchAndShowAgreeInTableAndJSON() throws {
        let hotel = try Hotel().seeded()
        let id = try hotel.addGuest(["--given", "José", "--family", "García", "--email", "jose@example.com",
                                     "--phone", "+34 91 555 0101", "--loyalty", "FD777", "--vip", "platinum"])
        let table = try hotel.run(["guests", "search", "jose", "--db", hotel.database])
        #expect(table.status == 0)
        #expect(table.output.contains("José García"))
        #expect(table.output.contains("Platinum"))
        for query in ["garcia", "JOSE", "FD777", "915550101", "jose@exam"] {
            let found = try hotel.run(["guests", "search", query, "--db", hotel.database, "--format", "json"])
            #expect(found.output.contains("\"guestID\" : \(id)"), "searching '\(query)'")
        }
        let json = try hotel.run(["guests", "show", String(id), "--db", hotel.database, "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let guest = object?["guest"] as? [String: Any]
        #expect(guest?["givenName"] as? String == "José")
        #expect(guest?["vip"] as? String == "platinum")
        let shown = try hotel.run(["guests", "show", String(id), "--db", hotel.database])
        #expect(shown.output.hasPrefix("José García  (Platinum)"))
    }

    @Test func overlongTextAndAbsurdAmountsAreRefusedByName() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let id = try hotel.addGuest(["--given", "Ana", "--family", "Lima"])
        let huge = String(repeating: "x", count: 100_000)
        let company = try hotel.run(["guests", "add", "--given", "Bo", "--family", "Ek", "--company", huge] + db)
        #expect(company.status == 65 && company.error.contains("the company is 100000 characters; at most 200"))
        let room = try hotel.run(["stays", "add", String(id), "--room", huge, "--arrival", "2026-12-01", "--departure", "2026-12-02"] + db)
        #expect(room.status == 65 && room.error.contains("the room is 100000 characters; at most 40"))
        let flag = try hotel.run(["flags", "set", String(id), "problematic", "--reason", huge] + db)
        #expect(flag.status == 65 && flag.error.contains("the reason is 100000 characters; at most 500"))
        let limit = try hotel.run(["property", "set", "--compensation-limit", "1e30"] + db)
        #expect(limit.status != 0 && limit.error.contains("'1e30' is not an amount"))
        let large = try hotel.run(["property", "set", "--compensation-limit", "99999999999999999999"] + db)
        #expect(large.status != 0 && large.error.contains("more than any amount meant here"))
        // Nothing of it was kept.
        #expect(try hotel.run(["guests", "search", "ek"] + db).output.contains("No guest matches"))
        #expect(try hotel.run(["stays", "list", String(id)] + db).output.contains("2026-12-01") == false)
    }

    @Test func closeSpellingsWhenNothingMatches() throws {
        let hotel = try Hotel().seeded()
        _ = try hotel.addGuest(["--given", "José", "--family", "García"])
        let result = try hotel.run(["guests", "search", "garsia", "--db", hotel.database])
        #expect(result.output.contains("No guest matches 'garsia'. Did you mean: garcia?"))
    }

    @Test func aMissingDatabaseIsAnErrorAndNoFileAppears() throws {
        let hotel = try Hotel()
        let missing = hotel.directory.appendingPathComponent("typo.sqlite").path
        let result = try hotel.run(["guests", "search", "x", "--db", missing])
        #expect(result.status == 66)
        #expect(result.error.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func aFileThatIsNotAFrontdeskDatabaseIsRefused() throws {
        let hotel = try Hotel()
        let notes = hotel.directory.appendingPathComponent("notes.txt").path
        try "guest list\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let result = try hotel.run(["guests", "search", "x", "--db", notes])
        #expect(result.status == 65)
        #expect(result.error.contains(notes))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "guest list\n")
    }

    @Test func usageMistakesExit64WithTheOptionNamed() throws {
        let hotel = try Hotel().seeded()
        let unknown = try hotel.run(["guests", "search", "x", "--colour", "red", "--db", hotel.database])
        #expect(unknown.status == 64)
        #expect(unknown.error.contains("--colour"))
        let noName = try hotel.run(["guests", "add", "--db", hotel.database])
        #expect(noName.status == 64)
        let badVIP = try hotel.run(["guests", "add", "--given", "A", "--family", "B", "--vip", "emperor", "--db", hotel.database])
        #expect(badVIP.status == 64)
        #expect(badVIP.error.contains("emperor"))
    }

    @Test func helpAndVersion() throws {
        let hotel = try Hotel()
        let help = try hotel.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("frontdesk --demo"))
        #expect(help.output.contains("Exit codes"))
        let version = try hotel.run(["--version"])
        #expect(version.output.hasPrefix("frontdesk "))
    }

    @Test func demoDataMakesARealisticHotel() throws {
        let hotel = try Hotel()
        let path = hotel.directory.appendingPathComponent("demo.sqlite").path
        let made = try hotel.run(["demo-data", "--db", path, "--guests", "500"])
        #expect(made.status == 0, "\(made.error)")
        let check = try hotel.run(["db", "check", "--db", path])
        #expect(check.output.contains("500 guests"))
        for (query, name) in [("zhang", "张伟"), ("soren", "Søren Kierkegaard"), ("jose garcia", "José García")] {
            let found = try hotel.run(["guests", "search", query, "--db", path])
            #expect(found.output.contains(name), "\(query) should find \(name)")
        }
        let again = try hotel.run(["demo-data", "--db", path, "--guests", "5"])
        #expect(again.status == 77, "demo data never goes into an existing file")
    }

    @Test func aBrokenThemeNamesItsFileAndLineBeforeTheConsoleStarts() throws {
        let hotel = try Hotel().seeded()
        let theme = hotel.directory.appendingPathComponent("mine.theme").path
        try "normal default default\ntitle  purple default\n".write(toFile: theme, atomically: true, encoding: .utf8)
        let result = try hotel.run(["--db", hotel.database, "--theme", theme])
        #expect(result.status == 78)
        #expect(result.error.contains("\(theme):2: unknown colour 'purple'"))
        let unknown = try hotel.run(["--db", hotel.database, "--theme", "sparkly"])
        #expect(unknown.status == 78)
        #expect(unknown.error.contains("no theme named 'sparkly' (themes: default, high-contrast, monochrome; others go in \(hotel.directory.path)/.config/frontdesk/themes"))
    }
}

/// The binary carries its themes: copied into a directory of its own, far from the package, the
/// console starts, and it finds a theme of another name in the user's configuration.
@Suite struct InstalledBinaryTests {
    @Test func aCopiedBinaryStartsWithItsThemesAndFindsTheUsersOwn() throws {
        let hotel = try Hotel().seeded()
        _ = try hotel.addGuest(["--given", "Ana", "--family", "Lima"])
        let bin = hotel.directory.appendingPathComponent("opt/bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("frontdesk").path
        // Copied by cp, not in this process: a file this process writes could be inherited, still open for
        // writing, by a test starting a program meanwhile, and then nobody may run it ("text file busy").
        #expect(try Shell.run("/bin/cp", [try Shell.frontdesk, copy]).status == 0)
        let themes = hotel.directory.appendingPathComponent(".config/frontdesk/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        let lobby = StyleRole.allCases.map { "\($0.rawValue) default default" }.joined(separator: "\n")
        try lobby.write(to: themes.appendingPathComponent("lobby.theme"), atomically: true, encoding: .utf8)

        for theme in ["high-contrast", "lobby"] {
            let desk = try Tmux([copy, "--db", hotel.database, "--theme", theme], environment: hotel.environment)
            try desk.waitFor("Find guest:")
            try desk.type("lima")
            try desk.waitFor("Ana Lima")
            try desk.press("F10")
            try desk.type("y")
            #expect(try desk.waitForExit("the console to quit") == 0)
        }
        let missing = try Shell.run(copy, ["--db", hotel.database, "--theme", "velvet"], environment: hotel.environment)
        #expect(missing.status == 78 && missing.error.contains("no theme named 'velvet'"))
    }
}

