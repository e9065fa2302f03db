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
}
