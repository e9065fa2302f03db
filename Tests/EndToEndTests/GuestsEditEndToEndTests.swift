import Foundation
import Testing

/// Correcting and retiring profiles through the real binary, as a script or an administrator would.
@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct GuestsEditEndToEndTests {
    @Test func editChangesOnlyWhatIsGivenAndKeepsEachChange() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let id = String(try hotel.addGuest(["--given", "Ana", "--family", "Lma", "--email", "ana@old.example", "--company", "Acme"]))
        let edited = try hotel.run(["guests", "edit", id, "--family", "Lima", "--email", "ana@new.example", "--company", ""] + db)
        try hotel.expectOK(edited)
        #expect(edited.output.contains("guest \(id): family name Lma → Lima"))
        #expect(edited.output.contains("guest \(id): e-mail ana@old.example → ana@new.example"))
        #expect(edited.output.contains("guest \(id): company removed (was Acme)"))
        let again = try hotel.run(["guests", "edit", id, "--family", "Lima"] + db)
        #expect(again.output.contains("Nothing changed"))
        let shown = try hotel.run(["guests", "show", id] + db)
        #expect(shown.output.contains("Ana Lima") && shown.output.contains("E-mail: ana@new.example") && !shown.output.contains("Acme\n"))
        #expect(shown.output.contains("by maria.s at DEMO: family name Lma → Lima"))
        let json = try hotel.run(["guests", "show", id, "--format", "json"] + db)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((object?["changes"] as? [[String: Any]])?.count == 3)
        let found = try hotel.run(["guests", "search", "ana", "lima"] + db)
        #expect(found.output.contains("Ana Lima"))

        let none = try hotel.run(["guests", "edit", id] + db)
        #expect(none.status == 64 && none.error.contains("guests edit needs what to change"))
        let future = try hotel.run(["guests", "edit", id, "--birth-date", "2999-01-01"] + db)
        #expect(future.status != 0 && future.error.contains("is not in the past"))
    }

    @Test func aSupervisorRetiresAProfileMadeByMistake() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["staff", "add", "sam", "--name", "Sam", "--role", "administrator"] + db, as: "root"))
        try hotel.expectOK(hotel.run(["staff", "add", "sue", "--name", "Sue", "--role", "supervisor", "--property", "DEMO"] + db, as: "sam"))
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria", "--role", "associate", "--property", "DEMO"] + db, as: "sam"))
        let id = String(try hotel.addGuest(["--given", "Ana", "--family", "Lima"]))
        let refused = try hotel.run(["guests", "retire", id, "--reason", "typed twice"] + db, as: "maria.s")
        #expect(refused.status != 0 && refused.error.contains("only a supervisor or an administrator may retire a guest profile"))
        let noReason = try hotel.run(["guests", "retire", id] + db, as: "sue")
        #expect(noReason.status == 64)
        try hotel.expectOK(hotel.run(["guests", "retire", id, "--reason", "typed twice at check-in"] + db, as: "sue"))
        let search = try hotel.run(["guests", "search", "ana", "lima"] + db)
        #expect(search.output.contains("No guest matches"))
        let shown = try hotel.run(["guests", "show", id] + db)
        try hotel.expectOK(shown)
        #expect(shown.output.contains("RETIRED PROFILE: typed twice at check-in (sue at DEMO"))
        let audit = try hotel.run(["audit", "--login", "maria.s"] + db, as: "sam")
        #expect(audit.output.contains("retire guest"), "the refusal is in the audit trail")
        // Retired in error: reinstated, with why, and found again.
        try hotel.expectOK(hotel.run(["guests", "reinstate", id, "--reason", "not a duplicate after all"] + db, as: "sue"))
        #expect(try hotel.run(["guests", "search", "ana", "lima"] + db).output.contains("Ana Lima"))
        #expect(try hotel.run(["guests", "show", id] + db).output.contains("profile reinstated: not a duplicate after all"))
    }
}
