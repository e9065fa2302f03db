import Foundation
import Testing

/// Staff, sign-in and PINs through the real binary.
@Suite struct StaffEndToEndTests {
    /// A hotel whose first administrator is ana, added by whoever could write the file.
    func staffedHotel() throws -> Hotel {
        let hotel = try Hotel().seeded()
        let first = try hotel.run(["staff", "add", "ana", "--name", "Ana Lima", "--role", "administrator", "--db", hotel.database], as: "root")
        try hotel.expectOK(first)
        return hotel
    }

    @Test func theFirstAdministratorThenOnlyAdministratorsManageStaff() throws {
        let hotel = try staffedHotel()
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria Silva", "--role", "associate", "--db", hotel.database], as: "ana"))
        let refused = try hotel.run(["staff", "add", "tom", "--name", "Tom", "--role", "administrator", "--db", hotel.database], as: "maria.s")
        #expect(refused.status == 77)
        #expect(refused.error.contains("only an administrator may manage staff"))
        let stranger = try hotel.run(["staff", "add", "eve", "--name", "Eve", "--role", "administrator", "--db", hotel.database], as: "eve")
        #expect(stranger.status == 77, "once there is an administrator, nobody else bootstraps")
        #expect(try hotel.run(["staff", "list", "--db", hotel.database], as: "maria.s").status == 77, "staff are for administrators")
        let list = try hotel.run(["staff", "list", "--db", hotel.database], as: "ana")
        #expect(list.output.contains("maria.s  Maria Silva  Associate"))
        #expect(!list.output.contains("eve"))
    }

    /// A console opened while the database had no staff works as its administrator only until
    /// the first member is added, from whichever terminal.
    @Test func theOpenSetupEndsForARunningConsoleWhenStaffAreAdded() throws {
        let hotel = try Hotel().seeded()
        let setup = try hotel.console(as: Hotel.osUser)
        try setup.waitFor("Find guest:")
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana Lima", "--role", "administrator", "--db", hotel.database],
                                     as: Hotel.osUser))
        #expect(try setup.waitForExit("the setup console to sign out", seconds: 5) == 77)
        try setup.waitFor("setup has ended")
    }

    @Test func interruptedAtThePINPromptTheTerminalEchoesAgain() throws {
        let hotel = try staffedHotel()
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria Silva", "--role", "associate", "--db", hotel.database], as: "ana"))
        let desk = try Tmux([try Shell.frontdesk, "--db", hotel.database, "--as", "maria.s"], environment: hotel.environment)
        try desk.waitFor("PIN for maria.s:")
        kill(try desk.consolePID, SIGINT) // Ctrl-C, to the console alone
        #expect(try desk.waitForExit("the console to end on Ctrl-C") == 128 + Int(SIGINT))
        // Echo is the terminal's again: what is typed now shows, though nothing reads it.
        try desk.type("echoes-again")
        try desk.waitFor("echoes-again")
    }

    @Test func anUnknownOrDisabledLoginCannotGetIn() throws {
        let hotel = try staffedHotel()
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria Silva", "--role", "associate", "--db", hotel.database], as: "ana"))
        try hotel.expectOK(hotel.run(["guests", "search", "x", "--db", hotel.database], as: "maria.s"))
        let unknown = try hotel.run(["guests", "search", "x", "--db", hotel.database], as: "mallory")
        #expect(unknown.status == 77)
        #expect(unknown.error.contains("'mallory' is not on the staff list"))
        try hotel.expectOK(hotel.run(["staff", "disable", "maria.s", "--db", hotel.database], as: "ana"))
        let disabled = try hotel.run(["guests", "search", "x", "--db", hotel.database], as: "maria.s")
        #expect(disabled.status == 77)
        #expect(disabled.error.contains("'maria.s' is disabled"))
        let console = try hotel.console(as: "maria.s")
        try console.waitFor("'maria.s' is disabled and cannot sign in")
    }

    @Test func aSharedDeskSignsInWithAPinStoredOnlyAsAHash() throws {
        let hotel = try staffedHotel()
        let db = ["--db", hotel.database]
        // Added without --with-pin: lee has no PIN yet and cannot sign in at a shared desk.
        try hotel.expectOK(Shell.run(try Shell.frontdesk, ["staff", "add", "lee", "--name", "Lee", "--role", "associate", "--as", "ana"] + db,
                                     environment: hotel.environment, input: "\(Hotel.pin)\n"))
        let noPin = try hotel.run(["guests", "search", "x", "--as", "lee"] + db, as: Hotel.osUser, input: "471147\n")
        #expect(noPin.status == 77)
        #expect(noPin.error.contains("has no PIN yet"))
        try hotel.expectOK(hotel.run(["staff", "set-pin", "lee"] + db, as: "ana", input: "471147\n"))
        let right = try hotel.run(["guests", "add", "--given", "Ana", "--family", "Lima", "--as", "lee"] + db,
                                  as: Hotel.osUser, input: "471147\n")
        #expect(right.status == 0, "\(right.error)")
        let wrong = try hotel.run(["guests", "search", "lima", "--as", "lee"] + db, as: Hotel.osUser, input: "1111\n")
        #expect(wrong.status == 77)
        #expect(wrong.error.contains("wrong PIN for 'lee'"))
        // The database and its write-ahead log together hold everything written.
        var file = try Data(contentsOf: URL(fileURLWithPath: hotel.database))
        file += (try? Data(contentsOf: URL(fileURLWithPath: hotel.database + "-wal"))) ?? Data()
        #expect(file.range(of: Data("$y$".utf8)) != nil, "a yescrypt hash is stored")
        #expect(file.range(of: Data("471147".utf8)) == nil, "the PIN itself is not")
        let short = try hotel.run(["staff", "set-pin", "lee"] + db, as: "ana", input: "12\n")
        #expect(short.status == 65)
        let foreign = try hotel.run(["staff", "set-pin", "lee"] + db, as: "ana", input: "١٢٣٤٥٦\n")
        #expect(foreign.status == 65, "a PIN is ASCII digits")
        let four = try hotel.run(["staff", "set-pin", "lee"] + db, as: "ana", input: "4711\n")
        #expect(four.status == 65 && four.error.contains("6 to 12 digits"), "six digits at least, unless the chain says otherwise")
        let nul = try hotel.run(["staff", "set-pin", "lee"] + db, as: "ana", input: "471\u{0}147\n")
        #expect(nul.status == 65, "a NUL is no digit")

        // At a shared desk terminal the console asks for the PIN before it starts, without echo.
        let desk = try hotel.console(as: Hotel.osUser, extra: ["--as", "lee"])
        try desk.waitFor("PIN for lee:")
        // A slip of the finger is forgiven: the console says so and asks again.
        try desk.type("4712")
        try desk.press("Enter")
        try desk.waitFor("wrong PIN")
        try desk.waitUntil("a second PIN prompt") { $0.components(separatedBy: "PIN for lee:").count == 3 }
        try desk.type("471147")
        #expect(!(try desk.screen().contains("471147")))
        try desk.press("Enter")
        try desk.waitFor("DEMO · lee")
    }

    @Test func theChainChoosesHowLongAPINMustBe() throws {
        let hotel = try staffedHotel()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["staff", "add", "dee", "--name", "Dee", "--role", "associate"] + db, as: "ana"))
        #expect(try hotel.run(["staff", "pin-digits"] + db, as: "ana").output.contains("at least 6 digits"))
        let associate = try hotel.run(["staff", "pin-digits", "8"] + db, as: "dee")
        #expect(associate.status == 77, "only administrators set it")
        #expect(try hotel.run(["staff", "pin-digits", "3"] + db, as: "ana").status == 65, "never fewer than four")
        try hotel.expectOK(hotel.run(["staff", "pin-digits", "8"] + db, as: "ana"))
        let six = try hotel.run(["staff", "set-pin", "dee"] + db, as: "ana", input: "471147\n")
        #expect(six.status == 65 && six.error.contains("8 to 12 digits"))
        try hotel.expectOK(hotel.run(["staff", "set-pin", "dee"] + db, as: "ana", input: "47114711\n"))
        // PINs set before still sign in.
        try hotel.expectOK(hotel.run(["guests", "search", "x", "--as", "ana"] + db, as: Hotel.osUser, input: "\(Hotel.pin)\n"))
    }

    @Test func identityComesFromTheOperatingSystemNotFromUSER() throws {
        let hotel = try staffedHotel()
        var env = hotel.environment
        env["USER"] = "ana"
        env["LOGNAME"] = "ana"
        let pretending = try Shell.run(try Shell.frontdesk, ["staff", "add", "eve", "--name", "Eve", "--role", "administrator",
                                                            "--db", hotel.database], environment: env)
        #expect(pretending.status == 77, "setting USER=ana does not make anyone ana")
    }

    @Test func theLastAdministratorCannotBeRemovedAndStaffWorkAtTheirProperty() throws {
        let hotel = try staffedHotel()
        let db = ["--db", hotel.database]
        let demote = try hotel.run(["staff", "set-role", "ana", "associate"] + db, as: "ana")
        #expect(demote.status == 65)
        #expect(demote.error.contains("last active administrator"))
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria", "--role", "associate"] + db, as: "ana"))
        let elsewhere = try hotel.run(["guests", "search", "x", "--property", "LON"] + db, as: "maria.s")
        #expect(elsewhere.status == 77)
        #expect(elsewhere.error.contains("works at DEMO"))
    }
}

@Suite struct AuditEndToEndTests {
    @Test func writesAndRefusalsAreInTheAuditTrail() throws {
        let hotel = try Hotel().seeded()
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana Lima", "--role", "administrator", "--db", hotel.database], as: "root"))
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria Silva", "--role", "associate", "--db", hotel.database], as: "ana"))
        _ = try hotel.addGuest(["--given", "José", "--family", "García"], as: "maria.s")
        #expect(try hotel.run(["complaints", "list", "--db", hotel.database], as: "maria.s").status == 77)
        #expect(try hotel.run(["guests", "search", "x", "--db", hotel.database], as: "mallory").status == 77)
        #expect(try hotel.run(["audit", "--db", hotel.database], as: "maria.s").status == 77, "associates do not read the trail")

        let audit = try hotel.run(["audit", "--format", "json", "--db", hotel.database], as: "ana")
        try hotel.expectOK(audit)
        let rows = try JSONSerialization.jsonObject(with: Data(audit.output.utf8)) as? [[String: Any]] ?? []
        func has(_ login: String, _ action: String, refused: Bool) -> Bool {
            rows.contains { $0["login"] as? String == login && $0["action"] as? String == action && $0["refused"] as? Bool == refused }
        }
        #expect(has("maria.s", "guest added", refused: false))
        #expect(has("ana", "staff added", refused: false))
        #expect(has("maria.s", "list complaints", refused: true))
        #expect(has("mallory", "sign in", refused: true))
        #expect(has("maria.s", "read the audit trail", refused: true))
        let mine = try hotel.run(["audit", "--login", "mallory", "--db", hotel.database], as: "ana")
        #expect(mine.output.contains("REFUSED sign in"))
        #expect(!mine.output.contains("maria.s"))
    }
}

@Suite struct PropertySettingsEndToEndTests {
    @Test func anAdministratorSetsFollowUpTimesThatNewComplaintsUse() throws {
        let hotel = try Hotel().seeded()
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana Lima", "--role", "administrator", "--db", hotel.database], as: "root"))
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria Silva", "--role", "associate", "--db", hotel.database], as: "ana"))
        let shown = try hotel.run(["property", "show", "--db", hotel.database], as: "maria.s")
        #expect(shown.output.contains("Follow up within: low 20 min, medium 20 min, high 20 min"))
        let refused = try hotel.run(["property", "set", "--follow-up-high", "5", "--db", hotel.database], as: "maria.s")
        #expect(refused.status == 77)
        let set = try hotel.run(["property", "set", "--follow-up-high", "10", "--compensation-limit", "75", "--db", hotel.database], as: "ana")
        try hotel.expectOK(set)
        #expect(set.output.contains("high 10 min"))
        #expect(set.output.contains("up to 75.00 EUR"))
        let bad = try hotel.run(["property", "set", "--follow-up-low", "0", "--db", hotel.database], as: "ana")
        #expect(bad.status == 65)

        let guest = try hotel.addGuest(["--given", "Ana", "--family", "Costa"], as: "maria.s")
        let before = Date()
        try hotel.expectOK(hotel.run(["complaints", "log", String(guest), "--category", "noise", "--severity", "high",
                                      "--summary", "drilling", "--db", hotel.database], as: "maria.s"))
        let list = try hotel.run(["complaints", "list", "--format", "json", "--db", hotel.database], as: "ana")
        let row = try #require((try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])?.first)
        let due = try #require(ISO8601DateFormatter().date(from: row["due"] as? String ?? ""))
        #expect(abs(due.timeIntervalSince(before) - 600) < 60, "due ten minutes after logging, not twenty")
    }

    /// Amounts are typed in the hotel's currency, with its own decimals: a yen hotel's figures are whole yen.
    @Test func amountsFollowTheHotelsCurrency() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let alone = try hotel.run(["property", "set", "--currency", "JPY"] + db)
        #expect(alone.status == 64 && alone.error.contains("give --compensation-limit and --valuable-revenue in JPY too"),
                "an amount never changes meaning silently")
        let set = try hotel.run(["property", "set", "--currency", "jpy", "--compensation-limit", "8000", "--valuable-revenue", "600000"] + db)
        try hotel.expectOK(set)
        #expect(set.output.contains("up to 8000 JPY") && set.output.contains("or 600000 JPY net"))
        let decimals = try hotel.run(["property", "set", "--valuable-revenue", "600000.50"] + db)
        #expect(decimals.status != 0 && decimals.error.contains("JPY has no decimals"))
        let guest = String(try hotel.addGuest(["--given", "Kenji", "--family", "Sato"]))
        try hotel.expectOK(hotel.run(["stays", "add", guest, "--room", "301", "--arrival", Hotel.day(-10), "--departure", Hotel.day(-8),
                                      "--status", "departed", "--revenue", "650000"] + db))
        try hotel.expectOK(hotel.run(["stays", "add", guest, "--room", "301", "--arrival", Hotel.day(), "--departure", Hotel.day(1)] + db))
        let arrivals = try hotel.run(["arrivals", "--format", "json"] + db)
        #expect(arrivals.output.contains("\"tier\" : \"most-valuable\"") || arrivals.output.contains("\"tier\":\"most-valuable\""),
                "650000 yen is over a 600000 yen threshold")
    }
}

@Suite struct PinLockoutEndToEndTests {
    @Test func fiveWrongPinsLockTheLogin() throws {
        let hotel = try Hotel().seeded()
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana", "--role", "administrator", "--db", hotel.database], as: "root"))
        let db = ["--db", hotel.database]
        for _ in 0..<5 {
            let wrong = try hotel.run(["guests", "search", "x", "--as", "ana"] + db, as: Hotel.osUser, input: "9999\n")
            #expect(wrong.error.contains("wrong PIN"))
        }
        let locked = try hotel.run(["guests", "search", "x", "--as", "ana"] + db, as: Hotel.osUser, input: "\(Hotel.pin)\n")
        #expect(locked.status == 77)
        #expect(locked.error.contains("locked for 15 minutes"), "even the right PIN waits")
    }
}
