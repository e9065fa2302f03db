import Foundation
import Testing

/// Stays and preferences from the command line, as scripts and imports use them.
@Suite struct StaysAndPrefsEndToEndTests {
    @Test func staysAndPreferencesForScripts() throws {
        let hotel = try Hotel().seeded()
        let guest = try hotel.addGuest(["--given", "Ana", "--family", "Lima"])
        let db = ["--db", hotel.database]
        let oneOff = try hotel.run(["prefs", "add", String(guest), "--detail", "Champagne on arrival", "--scope", "stay"] + db)
        #expect(oneOff.status == 65, "a this-stay preference needs a stay")
        #expect(oneOff.error.contains("no current or coming stay"))

        let today = ISO8601DateFormatter().string(from: Date()).prefix(10)
        let stay = try hotel.run(["stays", "add", String(guest), "--room", "512", "--arrival", String(today),
                                  "--departure", "2099-01-02", "--status", "in-house"] + db)
        try hotel.expectOK(stay)
        let stays = try hotel.run(["stays", "list", String(guest)] + db)
        #expect(stays.output.contains("512") && stays.output.contains("in-house"))
        #expect(try hotel.run(["stays", "add", String(guest), "--room", "1", "--arrival", "2026-13-01", "--departure", "2026-12-02"] + db).status == 64)

        try hotel.expectOK(hotel.run(["prefs", "add", String(guest), "--detail", "Champagne on arrival", "--scope", "stay"] + db))
        let pillows = try hotel.run(["prefs", "add", String(guest), "--detail", "Two feather pillows", "--level", "required"] + db)
        try hotel.expectOK(pillows)
        let list = try hotel.run(["prefs", "list", String(guest)] + db)
        #expect(list.output.contains("bedding") && list.output.contains("Two feather pillows") && list.output.contains("required"))
        #expect(list.output.contains("Champagne on arrival") && list.output.contains("stay"))

        let id = pillows.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try hotel.run(["prefs", "retire", id] + db).status == 64, "a reason is required")
        try hotel.expectOK(hotel.run(["prefs", "retire", id, "--reason", "guest now prefers foam"] + db))
        #expect(try hotel.run(["prefs", "list", String(guest)] + db).output.contains("retired: guest now prefers foam"))
        #expect(try hotel.run(["prefs", "add", String(guest), "--detail", "x", "--level", "desperate"] + db).status == 64)
    }

    /// As on the pad, recording what is on file confirms it: an observation seen again is no longer "seen 1×".
    @Test func anObservationRecordedAgainIsConfirmedNotDoubled() throws {
        let hotel = try Hotel().seeded()
        let guest = String(try hotel.addGuest(["--given", "Ana", "--family", "Lima"]))
        let db = ["--db", hotel.database]
        let first = try hotel.run(["prefs", "add", guest, "--detail", "Reads Le Monde", "--category", "newspaper",
                                   "--source", "observed"] + db)
        try hotel.expectOK(first)
        let id = first.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try hotel.run(["prefs", "list", guest] + db).output.contains("unconfirmed"))
        #expect(try hotel.run(["guests", "show", guest] + db).output.contains("unconfirmed (seen 1×)"))

        let again = try hotel.run(["prefs", "add", guest, "--detail", "reads le monde", "--category", "newspaper",
                                   "--source", "observed", "--format", "json"] + db)
        try hotel.expectOK(again)
        #expect(again.output.contains("\"confirmed\" : true") && again.output.contains("\"id\" : \(id)"))
        #expect(again.error.contains("Already on file as preference \(id)"))
        let list = try hotel.run(["prefs", "list", guest] + db).output
        #expect(list.lowercased().components(separatedBy: "le monde").count == 2, "one preference, not two:\n\(list)")
        #expect(!list.contains("unconfirmed") && list.contains("active"))
        #expect(!(try hotel.run(["guests", "show", guest] + db).output.contains("unconfirmed")))

        let other = try hotel.run(["prefs", "add", guest, "--detail", "Financial Times", "--category", "newspaper",
                                   "--source", "observed"] + db)
        let otherID = other.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(otherID != id)
        try hotel.expectOK(hotel.run(["prefs", "confirm", otherID] + db))
        #expect(!(try hotel.run(["prefs", "list", guest] + db).output.contains("unconfirmed")))
        #expect(try hotel.run(["prefs", "confirm", "999"] + db).status == 66)
    }

    /// On `prefs add`, --property names the one hotel the preference holds at; the associate signs in at home.
    @Test func aPreferenceForOneHotelSaysSoAndIsNotTakenForAChainWideOne() throws {
        let hotel = try Hotel().seeded()
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana Admin", "--role", "administrator"] + ["--db", hotel.database],
                                     as: Hotel.osUser))
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria", "--role", "associate", "--property", "DEMO",
                                      "--db", hotel.database], as: "ana"))
        let guest = String(try hotel.addGuest(["--given", "Ben", "--family", "Okafor"]))
        let db = ["--db", hotel.database]
        let porto = try hotel.run(["prefs", "add", guest, "--detail", "Sea view", "--category", "room", "--property", "opo"] + db)
        try hotel.expectOK(porto)
        let show = try hotel.run(["guests", "show", guest] + db).output
        #expect(show.contains("Sea view") && show.contains("at OPO only"))
        let json = try hotel.run(["prefs", "list", guest, "--format", "json"] + db).output
        #expect(json.contains("\"onlyProperty\" : \"OPO\""))
        #expect(json.contains("\"property\" : \"DEMO\""), "recorded by an associate signed in at home")

        let everywhere = try hotel.run(["prefs", "add", guest, "--detail", "Sea view", "--category", "room"] + db)
        try hotel.expectOK(everywhere)
        #expect(everywhere.output != porto.output, "a chain-wide note is news, not a confirmation of Porto's")
        #expect(!everywhere.error.contains("Already on file"))
        #expect(try hotel.run(["prefs", "add", guest, "--detail", "x", "--property", "not a code!"] + db).status == 64)
    }

    /// `guests show` prints what holds now; a one-off of a stay that is over is history, not a rule.
    @Test func guestsShowListsAnEndedStaysChoiceAsHistory() throws {
        let hotel = try Hotel().seeded()
        let guest = String(try hotel.addGuest(["--given", "Ana", "--family", "Lima"]))
        let db = ["--db", hotel.database]
        let stay = try hotel.run(["stays", "add", guest, "--room", "512", "--arrival", Hotel.day(-1), "--departure", Hotel.day(1),
                                  "--status", "in-house"] + db)
        try hotel.expectOK(stay)
        try hotel.expectOK(hotel.run(["prefs", "add", guest, "--detail", "Champagne on arrival", "--scope", "stay"] + db))
        #expect(try hotel.run(["guests", "show", guest] + db).output.contains("[Beverage] Champagne on arrival"))
        try hotel.expectOK(hotel.run(["stays", "check-out", stay.output.trimmingCharacters(in: .whitespacesAndNewlines)] + db))
        let show = try hotel.run(["guests", "show", guest] + db).output
        #expect(show.contains("Earlier stay [Beverage] Champagne on arrival"))
        #expect(!show.contains("[Beverage] Champagne on arrival —"), "not listed as if it held now")
        #expect(show.contains("No current preferences."))
    }

    /// What a script once stored is quoted back to whoever runs the next command: never as escape sequences.
    @Test func storedTextIsQuotedBackTerminalSafe() throws {
        let hotel = try Hotel().seeded()
        let guest = String(try hotel.addGuest(["--given", "Ana", "--family", "Lima"]))
        let db = ["--db", hotel.database]
        let stay = try hotel.run(["stays", "add", guest, "--room", "\u{1B}]0;owned\u{07}512", "--arrival", Hotel.day(),
                                  "--departure", Hotel.day(2)] + db)
        try hotel.expectOK(stay)
        let checkIn = try hotel.run(["stays", "check-in", stay.output.trimmingCharacters(in: .whitespacesAndNewlines)] + db)
        try hotel.expectOK(checkIn)
        #expect(checkIn.output.contains("512") && !checkIn.output.contains("\u{1B}") && !checkIn.output.contains("\u{07}"))
        let refused = try hotel.run(["prefs", "add", guest, "--detail", "x", "--level", "\u{1B}[2Jnow"] + db)
        #expect(refused.status == 64 && refused.error.contains("[2Jnow") && !refused.error.contains("\u{1B}"))

        try hotel.expectOK(hotel.run(["complaints", "log", guest, "--category", "noise", "--severity", "low",
                                      "--summary", "Loud\u{1B}]0;owned\u{07} bar"] + db))
        let csv = try hotel.run(["complaints", "list", "--format", "csv"] + db)
        try hotel.expectOK(csv)
        #expect(csv.output.contains("bar") && !csv.output.contains("\u{1B}") && !csv.output.contains("\u{07}"))

        // JSON keeps the data exactly, but invisible controls travel escaped, never raw.
        let name = "Ana\u{202E}\u{9B}31m"
        let hostile = String(try hotel.addGuest(["--given", name, "--family", "Reis"]))
        let json = try hotel.run(["guests", "show", hostile, "--format", "json"] + db)
        try hotel.expectOK(json)
        #expect(!json.output.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x9B })
        #expect(json.output.contains("Ana\\u202e\\u009b31m"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((decoded?["guest"] as? [String: Any])?["givenName"] as? String == name)
    }
}
