import Foundation
import Testing

/// Two profiles of one person, found and merged through the real binary.
@Suite struct GuestsMergeEndToEndTests {
    /// A hotel with an administrator (sam), an associate (maria.s) and a supervisor (sara).
    func staffedHotel() throws -> Hotel {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["staff", "add", "sam", "--name", "Sam", "--role", "administrator"] + db, as: "root"))
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria Silva", "--role", "associate"] + db, as: "sam"))
        try hotel.expectOK(hotel.run(["staff", "add", "sara", "--name", "Sara Reis", "--role", "supervisor"] + db, as: "sam"))
        return hotel
    }

    @Test func aSupervisorMergesTwoProfilesOfOneGuest() throws {
        let hotel = try staffedHotel()
        let db = ["--db", hotel.database]
        let first = try hotel.addGuest(["--given", "Ana", "--family", "Lima", "--email", "ana.lima@example.com",
                                        "--birth-date", "1980-04-23"])
        let second = try hotel.addGuest(["--given", "ANA", "--family", "Lima", "--email", "Ana.Lima@Example.com"])
        _ = try hotel.addGuest(["--given", "Bruno", "--family", "Costa"])
        try hotel.expectOK(hotel.run(["prefs", "add", String(second), "--detail", "Feather pillows", "--category", "bedding"] + db))

        let found = try hotel.run(["guests", "duplicates"] + db)
        try hotel.expectOK(found)
        let lines = words(found.output)
        #expect(lines == ["SCORE GUEST NAME GUEST NAME WHY", "60 \(first) Ana Lima \(second) ANA Lima same name and e-mail"])
        let json = try hotel.run(["guests", "duplicates", "--format", "json"] + db)
        let pairs = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        #expect((pairs?.first?["guests"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [Int(first), Int(second)])

        let refused = try hotel.run(["guests", "merge", String(first), String(second)] + db, as: "maria.s")
        #expect(refused.status == 77)
        #expect(refused.error.contains("merging guest profiles needs a supervisor or an administrator; maria.s is an associate"))

        let merged = try hotel.run(["guests", "merge", String(first), String(second)] + db, as: "sara")
        try hotel.expectOK(merged)
        #expect(merged.output.contains("Merged guest #\(second) into guest #\(first) (Ana Lima): 1 preference."), "\(merged.output)")

        let shown = try hotel.run(["guests", "show", String(second)] + db)
        try hotel.expectOK(shown)
        #expect(shown.output.hasPrefix("Ana Lima\n"))
        #expect(shown.output.contains("Guest id: \(first)"))
        #expect(shown.output.contains("Feather pillows"))
        let json2 = try hotel.run(["guests", "show", String(second), "--format", "json"] + db)
        #expect(json2.output.contains("\"birthDate\" : \"1980-04-23\""))
        #expect(try hotel.run(["guests", "search", "lima"] + db).output.split(separator: "\n").count == 2, "one Ana Lima found")
        #expect(try hotel.run(["guests", "duplicates"] + db).output == "No probable duplicates.\n")

        let audit = try hotel.run(["audit"] + db, as: "sara")
        try hotel.expectOK(audit)
        let trail = words(audit.output)
        #expect(trail.contains { $0.hasSuffix("sara DEMO script guests merged guest #\(first) absorbed guest #\(second): 1 preference") })
        #expect(trail.contains { $0.contains("maria.s DEMO script REFUSED merge guests guest #\(second) merging guest profiles needs") })

        let again = try hotel.run(["guests", "merge", String(first), String(second)] + db, as: "sara")
        #expect(again.status == 65)
        #expect(again.error.contains("guest #\(second) was already merged into guest #\(first)"))
        let unknown = try hotel.run(["guests", "merge", String(first), "999"] + db, as: "sara")
        #expect(unknown.status == 66)
        #expect(unknown.error.contains("no guest #999"))
    }

    /// Lines of a table with the padding between columns squeezed to one space.
    func words(_ table: String) -> [String] {
        table.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    @Test func badInputIsAUsageErrorNamingWhatIsWrong() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let date = try hotel.run(["guests", "add", "--given", "Ana", "--family", "Lima", "--birth-date", "1980-13-01"] + db)
        #expect(date.status == 64)
        #expect(date.error.contains("--birth-date takes a past date such as 1980-04-23, not '1980-13-01'"))
        #expect(try hotel.run(["guests", "add", "--given", "Ana", "--family", "Lima", "--birth-date", "2999-01-01"] + db).status == 65, "a date that cannot be a birth date is bad data")
        #expect(try hotel.run(["guests", "merge", "1"] + db).status == 64)
        #expect(try hotel.run(["guests", "merge", "1", "1"] + db).status == 64)
        #expect(try hotel.run(["guests", "duplicates", "--limit", "many"] + db).status == 64)
        #expect(try hotel.run(["guests", "count", "--limit", "many"] + db).error.contains("duplicates, merge"))
    }
}
