import Foundation
import Testing

/// A guest's right to see and to erase what is kept about them, answered the same day.
@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct PrivacyEndToEndTests {
    /// A hotel with one guest known in every way there is: profile, preferences (one sensitive),
    /// a stay, a complaint with a follow-up, a trace, a flag, a correction and a draft.
    func hotelWithAGuest() throws -> (Hotel, String) {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana", "--role", "administrator"] + db, as: Hotel.osUser))
        try hotel.expectOK(hotel.run(["staff", "add", "sue", "--name", "Sue", "--role", "supervisor"] + db, as: "ana"))
        try hotel.expectOK(hotel.run(["staff", "add", "dee", "--name", "Dee", "--role", "associate"] + db, as: "ana"))
        let id = String(try hotel.addGuest(["--given", "Zebedee", "--family", "Quuxworth", "--email", "zeb@quuxmail.example",
                                            "--phone", "+44 20 7946 0991", "--loyalty", "QX-778899"], as: "sue"))
        for args in [["prefs", "add", id, "--detail", "Quuxworth's feather pillows"],
                     ["prefs", "add", id, "--detail", "Diabetic, insulin in the fridge", "--category", "health", "--consent"],
                     ["stays", "add", id, "--room", "412", "--arrival", Hotel.day(-1), "--departure", Hotel.day(2), "--status", "in-house"],
                     ["complaints", "log", id, "--category", "noise", "--severity", "low", "--summary", "Mr Quuxworth heard a party"],
                     ["traces", "add", id, "--department", "housekeeping", "--text", "Extra towels for Mr Quuxworth"],
                     ["flags", "set", id, "problematic", "--reason", "Quuxworth shouted at the porter"],
                     ["guests", "edit", id, "--company", "Quuxworth & Sons"]] {
            try hotel.expectOK(hotel.run(args + db, as: "sue"))
        }
        return (hotel, id)
    }

    @Test func everythingKeptAboutAGuestIsHandedOverAsOneDocument() throws {
        let (hotel, id) = try hotelWithAGuest()
        let db = ["--db", hotel.database]
        #expect(try hotel.run(["guests", "export-subject", id] + db, as: "dee").status == 77, "associates do not")
        let record = try hotel.run(["guests", "export-subject", id] + db, as: "sue")
        #expect(record.status == 0, "\(record.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(record.output.utf8)) as? [String: Any])
        #expect((json["guest"] as? [String: Any])?["familyName"] as? String == "Quuxworth")
        let details = (json["preferences"] as? [[String: Any]])?.compactMap { $0["detail"] as? String } ?? []
        #expect(details.contains("Diabetic, insulin in the fridge"), "the guest's own sensitive facts are theirs to see")
        for key in ["stays", "complaints", "traces", "flags", "changes", "audit"] {
            #expect(((json[key] as? [Any]) ?? []).isEmpty == false, "\(key) is in the record")
        }
        let trail = try hotel.run(["audit", "--format", "csv"] + db, as: "ana").output
        #expect(trail.contains("sue,DEMO") && trail.contains("export subject"))
    }

    @Test func anErasedGuestIsNowhereInTheFilesAndTheFiguresRemain() throws {
        let (hotel, id) = try hotelWithAGuest()
        let db = ["--db", hotel.database]
        #expect(try hotel.run(["guests", "erase", id, "--reason", "request 118"] + db, as: "dee").status == 77)
        let erased = try hotel.run(["guests", "erase", id, "--reason", "request 118 of 2026-11-29"] + db, as: "sue")
        #expect(erased.status == 0 && erased.output.contains("Guest #\(id) erased"), "\(erased.error)")

        #expect(try hotel.run(["guests", "search", "quuxworth"] + db, as: "sue").output.contains("No guest matches"))
        #expect(try hotel.run(["guests", "search", "778899"] + db, as: "sue").output.contains("No guest matches"))
        let shown = try hotel.run(["guests", "show", id, "--include-sensitive"] + db, as: "sue").output
        #expect(!shown.contains("Quuxworth") && !shown.contains("Diabetic") && shown.contains("(erased)"))
        // Every byte of the database's files: no name, no contact, no note about the guest.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: hotel.database))
        for suffix in ["-wal", "-shm"] { bytes += (try? Data(contentsOf: URL(fileURLWithPath: hotel.database + suffix))) ?? Data() }
        for trace in ["Quuxworth", "quuxworth", "Zebedee", "zebedee", "quuxmail", "7946 0991", "79460991", "QX-778899", "qx778899",
                      "Diabetic", "insulin", "porter"] {
            #expect(bytes.range(of: Data(trace.utf8)) == nil, "'\(trace)' is gone from the files")
        }
        // What the hotel counts survives without the person: the complaint, its category, the stay.
        let complaints = try hotel.run(["complaints", "list", "--format", "csv"] + db, as: "sue").output
        #expect(complaints.contains("noise") && !complaints.contains("Quuxworth"))
        let trail = try hotel.run(["audit", "--format", "csv"] + db, as: "ana").output
        #expect(trail.contains("guest erased,guest #\(id),request 118 of 2026-11-29"), "\(trail)")
        #expect(!trail.contains("Quuxworth"))
    }

    /// Purging is an administrator's, never covers guests in house, and a dry run only lists (who is
    /// old enough to go is checked in DeskRulesTests, with the clock moved on).
    @Test func purgeIsForAdministratorsAndADryRunErasesNobody() throws {
        let (hotel, id) = try hotelWithAGuest()
        let db = ["--db", hotel.database]
        #expect(try hotel.run(["purge", "--inactive-days", "400"] + db, as: "sue").status == 77, "administrators purge")
        #expect(try hotel.run(["purge", "--inactive-days", "7"] + db, as: "ana").status == 65, "never days that cover guests in house")
        let dry = try hotel.run(["purge", "--inactive-days", "400", "--dry-run"] + db, as: "ana")
        #expect(dry.status == 0 && dry.error.contains("0 guest(s) with no stay in 400 days would be erased"), "\(dry.error)")
        #expect(try hotel.run(["guests", "show", id] + db, as: "sue").output.contains("Quuxworth"))
    }

    /// The PMS still has the guest: its next export does not bring an erased guest back.
    @Test func anErasedGuestIsNotImportedAgain() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let file = hotel.directory.appendingPathComponent("pms.csv").path
        try "NAME_ID,FIRST,LAST,EMAIL\n900,Zebedee,Quuxworth,zeb@quuxmail.example\n".write(toFile: file, atomically: true, encoding: .utf8)
        try hotel.expectOK(hotel.run(["import", "guests", file] + db, as: Hotel.osUser))
        try hotel.expectOK(hotel.run(["guests", "erase", "1", "--reason", "request 7"] + db, as: Hotel.osUser))
        let again = try hotel.run(["import", "guests", file] + db, as: Hotel.osUser)
        #expect(again.output.contains("0 added") && again.output.contains("1 erased on request and left out"), "\(again.output)")
        #expect(again.error.contains("line 2: not imported: that PMS profile's guest was erased on request"))
        #expect(try hotel.run(["guests", "search", "quuxworth"] + db, as: Hotel.osUser).output.contains("No guest matches"))
        let stays = hotel.directory.appendingPathComponent("stays.csv").path
        try "NAME_ID,ROOM,ARRIVAL,DEPARTURE\n900,12,2026-12-01,2026-12-02\n".write(toFile: stays, atomically: true, encoding: .utf8)
        #expect(try hotel.run(["import", "stays", stays] + db, as: Hotel.osUser).status == 65, "nothing is added to an erased guest")
    }
}
