import Foundation
import Testing

/// The hotel's data goes out in the formats hotels use, and comes back in unchanged.
@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct ExportEndToEndTests {
    /// Guests exported as CSV or JSON Lines and imported into a new hotel are the same guests,
    /// a name a spreadsheet would run as a formula included.
    @Test(arguments: ["csv", "jsonl"])
    func exportThenImportGivesTheSameGuests(format: String) throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        _ = try hotel.addGuest(["--given", "Zoë", "--family", "Ångström-Nakamura", "--email", "zoe@example.com", "--vip", "gold",
                                "--birth-date", "1980-04-23", "--phone", "+46 8 555 0101", "--company", "Acme, Inc."], as: Hotel.osUser)
        _ = try hotel.addGuest(["--given", "=HYPERLINK(\"http://x\")", "--family", "O'Brien \"Bo\"", "--loyalty", "FD-1"], as: Hotel.osUser)
        _ = try hotel.addGuest(["--given", "太郎", "--family", "山田", "--reading", "Yamada Taro", "--language", "ja"], as: Hotel.osUser)
        let exported = try hotel.run(["export", "guests", "--format", format] + db, as: Hotel.osUser)
        #expect(exported.status == 0 && exported.error.contains("Exported 3 guests"), "\(exported.error)")
        if format == "csv" {
            #expect(exported.output.contains("'=HYPERLINK"), "a formula never runs in a spreadsheet")
        }
        let file = hotel.directory.appendingPathComponent("guests.\(format)").path
        try exported.output.write(toFile: file, atomically: true, encoding: .utf8)

        let other = try Hotel().seeded()
        let imported = try other.run(["import", "guests", file, "--db", other.database], as: Hotel.osUser)
        #expect(imported.output.contains("3 added"), "\(imported.output)\(imported.error)")
        let again = try other.run(["export", "guests", "--format", format, "--db", other.database], as: Hotel.osUser)
        // The same rows, the frontdesk ids and the external ids (which the import made from them) aside.
        func rows(_ text: String) throws -> [String] {
            if format == "csv" {
                return text.split(separator: "\r\n").dropFirst()
                    .map { String($0).replacingOccurrences(of: #"^\d+,\d*,"#, with: "", options: .regularExpression) }
            }
            return try text.split(separator: "\n").map { line in
                try JSONDecoder().decode([String: String].self, from: Data(line.utf8))
                    .filter { $0.key != "frontdesk-id" && $0.key != "external-id" }
                    .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "|")
            }
        }
        #expect(try rows(again.output) == rows(exported.output))
        #expect(try other.run(["guests", "search", "hyperlink", "--db", other.database], as: Hotel.osUser).output.contains("=HYPERLINK"))
    }

    /// Stays exported from one hotel come into another that imported the same PMS guests, the same.
    @Test func exportedStaysImportIntoAnotherHotelTheSame() throws {
        let guests = "NAME_ID,FIRST,LAST\n500,Ana,Lima\n501,Bo,Ek\n"
        let stays = "NAME_ID,ROOM,ARRIVAL,DEPARTURE,STATUS,REVENUE\n500,412,2026-11-28,2026-12-02,in-house,1280.50\n501,12,2026-12-05,2026-12-06,,\n"
        var exports: [[String]] = []
        for source in [stays, nil] {
            let hotel = try Hotel().seeded()
            let db = ["--db", hotel.database]
            let g = hotel.directory.appendingPathComponent("g.csv").path
            try guests.write(toFile: g, atomically: true, encoding: .utf8)
            try hotel.expectOK(hotel.run(["import", "guests", g] + db, as: Hotel.osUser))
            let s = hotel.directory.appendingPathComponent("s.csv").path
            try (source ?? exports[0].joined(separator: "\r\n")).write(toFile: s, atomically: true, encoding: .utf8)
            try hotel.expectOK(hotel.run(["import", "stays", s] + db, as: Hotel.osUser))
            let out = try hotel.run(["export", "stays"] + db, as: Hotel.osUser).output
            exports.append(out.split(separator: "\r\n").map(String.init))
        }
        // The same stays, their own frontdesk ids aside.
        func withoutIDs(_ rows: [String]) -> [String] {
            rows.dropFirst().map { $0.replacingOccurrences(of: #"^\d+,\d+,"#, with: "", options: .regularExpression) }
        }
        #expect(withoutIDs(exports[0]).count == 2)
        #expect(withoutIDs(exports[1]) == withoutIDs(exports[0]))
    }

    @Test func sensitiveFactsLeaveOnlyWhenAskedForByThoseAllowedAndThatIsAudited() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana", "--role", "administrator"] + db, as: Hotel.osUser))
        try hotel.expectOK(hotel.run(["staff", "add", "sue", "--name", "Sue", "--role", "supervisor"] + db, as: "ana"))
        try hotel.expectOK(hotel.run(["staff", "add", "dee", "--name", "Dee", "--role", "associate"] + db, as: "ana"))
        let guest = String(try hotel.addGuest(["--given", "Ana", "--family", "Lima"], as: "ana"))
        try hotel.expectOK(hotel.run(["prefs", "add", guest, "--detail", "Feather pillows"] + db, as: "ana"))
        try hotel.expectOK(hotel.run(["prefs", "add", guest, "--detail", "Diabetic", "--category", "health", "--consent"] + db, as: "ana"))
        let plain = try hotel.run(["export", "preferences"] + db, as: "sue").output
        #expect(plain.contains("Feather pillows") && !plain.contains("Diabetic"))
        let all = try hotel.run(["export", "preferences", "--include-sensitive"] + db, as: "sue").output
        #expect(all.contains("Diabetic"))
        #expect(try hotel.run(["export", "guests"] + db, as: "dee").status == 77, "associates do not export")
        #expect(try hotel.run(["export", "complaints", "--only-property", "NYC"] + db, as: "sue").status == 77,
                "a supervisor exports their own hotel's")
        let trail = try hotel.run(["audit", "--format", "csv"] + db, as: "ana").output
        #expect(trail.contains("sue,") && trail.contains("export sensitive") && trail.contains("sensitive facts shown"))
    }

    @Test func filtersNarrowTheRows() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let guest = String(try hotel.addGuest(["--given", "Ana", "--family", "Lima"], as: Hotel.osUser))
        for (arrival, departure) in [("2026-01-10", "2026-01-12"), ("2026-03-01", "2026-03-05")] {
            try hotel.expectOK(hotel.run(["stays", "add", guest, "--room", "101", "--arrival", arrival, "--departure", departure] + db,
                                         as: Hotel.osUser))
        }
        let march = try hotel.run(["export", "stays", "--from", "2026-02-01", "--to", "2026-03-31", "--format", "jsonl"] + db, as: Hotel.osUser)
        #expect(march.output.split(separator: "\n").count == 1 && march.output.contains("\"arrival\": \"2026-03-01\""))
        let bad = try hotel.run(["export", "stays", "--from", "March"] + db, as: Hotel.osUser)
        #expect(bad.status == 64)
    }
}
