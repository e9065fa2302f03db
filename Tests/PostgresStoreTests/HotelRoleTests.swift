import Foundation
import FrontDeskCore
import PostgresStore
import PostgresTestServer
import Testing

/// The database enforces who may do what, not only the program: a hotel's role, even with
/// hand-written SQL, reads no other hotel's complaints, changes no append-only row and reads no PIN
/// hash, while frontdesk itself works through it as usual.
@Suite(.enabled(if: !PostgresTestServer.isSkipped)) struct HotelRoleTests {
    let chainAdmin = Actor(login: "sam", property: "LIS", terminal: "hq")
    let lisbon = Actor(login: "ana", property: "LIS", terminal: "lis-1")
    let newYork = Actor(login: "noah", property: "NYC", terminal: "nyc-1")
    let policy = FollowUpPolicy(low: 30, medium: 20, high: 10)

    /// A chain with a guest known at both hotels, a complaint and a preference of each, and a
    /// role for Lisbon's desk server.
    func chain() throws -> (database: String, role: String, guest: Int64, owner: PostgresGuestStore) {
        let database = try ChainDatabase.fresh()
        let owner = try ChainDatabase.open(database)
        try owner.addStaff(StaffMember(login: "sam", displayName: "Sam", role: .administrator, homeProperty: "LIS"), by: chainAdmin)
        try owner.setPinHash(login: "sam", hash: "$y$j9T$salt$secret", by: chainAdmin)
        try owner.addStaff(StaffMember(login: "ana", displayName: "Ana", role: .associate, homeProperty: "LIS"), by: chainAdmin)
        try owner.addStaff(StaffMember(login: "noah", displayName: "Noah", role: .associate, homeProperty: "NYC"), by: chainAdmin)
        try owner.recordRefusal(action: "wrong PIN", subject: "noah", reason: "wrong PIN for 'noah'", by: newYork)
        let guest = try owner.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: lisbon)
        try owner.saveComplaintDraft(ComplaintDraft(summary: "New York's half-written complaint", category: .noise, categoryChosenByHand: false,
                                                    severity: .medium, immediateAction: "", amount: "", kind: .roomCredit),
                                     login: "noah", guestID: guest, savedAt: Date())
        _ = try owner.logComplaint(NewComplaint(guestID: guest, category: .noise, summary: "Party next door"), policy: policy, by: lisbon)
        _ = try owner.logComplaint(NewComplaint(guestID: guest, category: .housekeeping, summary: "Dusty desk"), policy: policy, by: newYork)
        _ = try owner.recordPreference(NewPreference(guestID: guest, category: .bedding, detail: "Feather pillows"), by: newYork)
        _ = try owner.recordPreference(NewPreference(guestID: guest, category: .room, detail: "Park view", onlyProperty: "NYC"), by: newYork)
        let role = "\(database)_lisbon"
        try owner.grantProperty("LIS", role: role, by: chainAdmin)
        return (database, role, guest, owner)
    }

    /// What a hand-written statement as `role` prints, or the server's refusal.
    func asRole(_ sql: String, _ database: String, _ role: String) -> String {
        do { return try ChainDatabase.server().psql(sql, database: database, user: role).trimmingCharacters(in: .whitespacesAndNewlines) }
        catch { return "refused: \(error)" }
    }

    @Test func handWrittenSQLReadsOnlyTheHotelsOwnAndChangesNoHistory() throws {
        let (database, role, _, _) = try chain()
        #expect(asRole("SELECT summary FROM complaints", database, role) == "Party next door", "Lisbon's complaint only")
        #expect(asRole("SELECT count(*) FROM complaints WHERE property = 'NYC'", database, role) == "0")
        #expect(asRole("SELECT count(*) FROM complaint_entries", database, role) == "1", "the entries of its own complaints only")
        #expect(asRole("SELECT detail FROM preferences ORDER BY id", database, role) == "Feather pillows",
                "the chain's preferences, not New York's own")
        #expect(asRole("SELECT pin_hash FROM staff", database, role).contains("permission denied"))
        #expect(asRole("SELECT * FROM staff", database, role).contains("permission denied"))
        #expect(asRole("SELECT login, role FROM staff ORDER BY login", database, role) == "ana|associate\nnoah|associate\nsam|administrator",
                "who works here, without hashes")
        #expect(asRole("UPDATE complaint_entries SET text = 'nothing happened'", database, role).contains("permission denied"))
        #expect(asRole("DELETE FROM refusals", database, role).contains("permission denied"))
        #expect(asRole("UPDATE preference_events SET reason = 'x'", database, role).contains("permission denied"))
        #expect(asRole("UPDATE complaints SET property = 'LIS' WHERE property = 'NYC' RETURNING id", database, role) == "",
                "New York's complaint cannot even be found to be moved")
        #expect(asRole("""
            INSERT INTO complaints (guest_id, property, category, severity, status, owner, summary, immediate_action,
                                    follow_up_due, created_at, created_by, created_property, created_terminal)
            VALUES (1, 'NYC', 'noise', 'low', 'open', 'ana', 'planted', '', 0, 0, 'ana', 'NYC', 'x')
            """, database, role).contains("row-level security"), "nor written for another hotel")
        #expect(asRole("UPDATE property_roles SET property = 'NYC'", database, role).contains("permission denied"))
        #expect(asRole("UPDATE staff SET role = 'administrator' WHERE login = 'ana'", database, role).contains("row-level security"),
                "a hotel's desk never makes an administrator")
        #expect(asRole("UPDATE staff SET pin_hash = 'x' WHERE login = 'sam' RETURNING 1", database, role) == "",
                "nor changes an administrator's PIN")
        #expect(asRole("SELECT frontdesk_grant_property('NYC', current_user)", database, role).contains("permission denied"))
        #expect(asRole("SELECT frontdesk_pin_setting('sam')", database, role) == "$y$j9T$salt", "the salt, never the hash")
        #expect(asRole("SELECT count(*) FROM generate_series(1, 7) n WHERE frontdesk_check_pin('sam', 'guess' || n, 'x', 'x', 'LIS', 'x') = 'locked'",
                       database, role) == "2", "hand-written guesses are counted like any: the sixth and seventh are not compared")
        #expect(asRole("SELECT count(*) FROM refusals WHERE subject = 'noah'", database, role) == "0", "New York's refusals are New York's")
        #expect(asRole("SELECT count(*) FROM complaint_drafts", database, role) == "0", "so are drafts written elsewhere")
        #expect(asRole("""
            CREATE TEMP TABLE property_roles (role name, property text);
            INSERT INTO property_roles VALUES (session_user, 'NYC');
            SELECT summary FROM complaints;
            """, database, role).hasSuffix("Party next door"), "a temporary table does not make it another hotel")
        #expect(asRole("""
            INSERT INTO refusals (at, login, property, terminal, action, subject, reason)
            VALUES (1e12, 'x', 'LIS', 't', 'wrong PIN', 'sam', 'forged')
            """, database, role).contains("row-level security"), "nothing signed in the future: no lock-out can be forged")
        #expect(asRole("""
            INSERT INTO guest_changes (guest_id, field, old, new, login, at, property, terminal)
            VALUES (1, 'email', NULL, 'x@example.com', 'noah', 0, 'NYC', 'forged')
            """, database, role).contains("row-level security"), "nothing signed as another hotel")
        #expect(asRole("INSERT INTO vip_levels (rank, code, name, role, login, at, property, terminal) VALUES (1, 'x', 'X', 'vip', 'a', 0, 'LIS', 't')",
                       database, role).contains("permission denied"), "the chain's VIP levels are the chain's")
    }

    /// What someone with the server's keys loosened by hand, `db check` names with the statement
    /// that puts it right: for the chain's administrators every hotel's role, for a hotel its own.
    @Test func dbCheckNamesEveryRuleLoosenedByHand() throws {
        let (database, role, _, owner) = try chain()
        let desk = try ChainDatabase.open(database, user: role)
        #expect(try owner.integrityCheck() == [])
        #expect(try desk.integrityCheck() == [])

        try ChainDatabase.server().psql("""
            GRANT UPDATE ON complaint_entries TO \(role);
            ALTER ROLE \(role) BYPASSRLS;
            GRANT SELECT (pin_hash) ON staff TO \(role);
            ALTER TABLE complaints DISABLE ROW LEVEL SECURITY;
            ALTER TABLE preference_events DISABLE TRIGGER preference_events_not_edited;
            ALTER TABLE traces ENABLE REPLICA TRIGGER traces_done_once;
            DROP TRIGGER complaints_not_deleted ON complaints;
            ALTER ROLE \(role) CREATEROLE;
            ALTER TABLE departments OWNER TO \(role);
            """, database: database)
        defer { try? ChainDatabase.server().psql("ALTER ROLE \(role) NOBYPASSRLS NOCREATEROLE") }
        let found = try owner.integrityCheck()
        let expected = [
            "row-level security is off on complaints, so every hotel reads all of it: ALTER TABLE complaints ENABLE ROW LEVEL SECURITY",
            "the trigger complaints_not_deleted on complaints is gone, so complaints can be changed where it must not: "
                + "recreate it as frontdesk's schema \(PostgresGuestStore.schemaVersion) makes it",
            "the trigger preference_events_not_edited on preference_events is switched off, so its rule is not kept: "
                + "ALTER TABLE preference_events ENABLE TRIGGER preference_events_not_edited",
            "the trigger traces_done_once on traces is switched off, so its rule is not kept: ALTER TABLE traces ENABLE TRIGGER traces_done_once",
            "LIS's role \(role) is allowed to bypass row-level security, so it reads every hotel's complaints: ALTER ROLE \(role) NOBYPASSRLS",
            "LIS's role \(role) may create roles, and so make itself one of another hotel's: ALTER ROLE \(role) NOCREATEROLE",
            "LIS's role \(role) may change or delete rows of complaint_entries, which are kept as written: "
                + "REVOKE UPDATE, DELETE, TRUNCATE ON complaint_entries FROM \(role)",
            "LIS's role \(role) may read PIN hashes: REVOKE SELECT ON staff FROM \(role), then 'frontdesk db grant-property LIS --role \(role)'",
            "LIS's role \(role) owns departments, and an owner is not bound by its rules: ALTER TABLE departments OWNER TO postgres",
        ]
        #expect(found == expected)
        #expect(try desk.integrityCheck() == expected, "a hotel's own check finds the same of its own role")
    }

    @Test func frontdeskWorksThroughTheHotelsRoleAsUsual() throws {
        let (database, role, guest, owner) = try chain()
        let desk = try ChainDatabase.open(database, user: role)
        #expect(try desk.searchGuests("ana lima", limit: 5).results.map(\.guestID) == [guest])
        #expect(try desk.profile(guestID: guest)?.preferences.map(\.detail) == ["Feather pillows"])
        #expect(try desk.complaints(property: nil, statuses: nil, owner: nil).map(\.summary) == ["Party next door"])
        _ = try desk.logComplaint(NewComplaint(guestID: guest, category: .room, summary: "Lift noise"), policy: policy, by: lisbon)
        _ = try desk.recordPreference(NewPreference(guestID: guest, category: .beverage, detail: "Green tea"), by: lisbon)
        let half = NewPreference(guestID: guest, category: .room, detail: "Quiet room")
        try desk.saveDraft(Draft(login: "ana", guestID: guest, preference: half, savedAt: Date()))
        #expect(try desk.draft(login: "ana", guestID: guest)?.preference.detail == "Quiet room", "its own drafts it keeps and reads")
        try desk.discardDraft(login: "ana", guestID: guest)
        #expect(try desk.refusalCount(action: "wrong PIN", subject: "noah", since: .distantPast) == 1,
                "a wrong PIN typed in New York counts in Lisbon too, though Lisbon cannot read New York's refusals")
        #expect(try desk.pinSetting(login: "sam") == "$y$j9T$salt")
        #expect(try desk.checkPIN(login: "sam", hash: "$y$j9T$salt$secret", attempts: 5, lock: 900, reason: "test", by: lisbon) == .matches)
        #expect(try desk.checkPIN(login: "sam", hash: "$y$j9T$salt$guess", attempts: 5, lock: 900, reason: "test", by: lisbon) == .wrong)
        #expect(try owner.complaints(property: nil, statuses: nil, owner: nil).count == 3, "the chain's administrators see every hotel")
        try desk.recordSensitiveRead(action: "export sensitive", subject: "guest #\(guest)", by: lisbon)
        let trail = try desk.auditTrail(login: nil, since: nil, property: nil, limit: 50)
        #expect(trail.contains { $0.action == "complaint logged" })
        #expect(trail.contains { $0.action == "export sensitive" && $0.login == "ana" }, "a sensitive read is on the hotel's own trail")
        let other = try owner.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: lisbon)
        do {
            _ = try desk.mergeGuests(survivor: guest, absorbed: other, by: lisbon)
            Issue.record("a hotel's desk merged profiles whose other hotels' records it cannot see")
        } catch let error as FrontDeskError {
            guard case .notPermitted = error else { Issue.record("\(error)"); return }
        }
        do {
            try desk.setRole(login: "noah", role: .supervisor, by: lisbon)
            Issue.record("Lisbon's desk changed a New York associate")
        } catch let error as FrontDeskError {
            guard case .notPermitted = error else { Issue.record("\(error)"); return }
        }
        #expect(try owner.staffMember(login: "noah")?.role == .associate)
        do {
            try desk.grantProperty("NYC", role: role, by: lisbon)
            Issue.record("a hotel's role re-bound itself to another hotel")
        } catch let error as FrontDeskError {
            guard case .notPermitted = error else { Issue.record("\(error)"); return }
        }
    }
}

extension HotelRoleTests {
    /// On the chain, the chain's administrators erase: every row that held the guest's name or
    /// notes holds it no more (dead rows vacuumed), and a hotel's role cannot erase at all.
    @Test func anErasureOnTheChainLeavesNoRowWithTheName() throws {
        let (database, role, guest, owner) = try chain()
        let id = try owner.addGuest(NewGuest(givenName: "Zebedee", familyName: "Quuxworth", email: "zeb@quuxmail.example"), by: lisbon)
        _ = try owner.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Quuxworth's pillows"), by: lisbon)
        _ = try owner.recordPreference(NewPreference(guestID: id, category: .health, detail: "Diabetic", consent: true), by: lisbon)
        _ = try owner.logComplaint(NewComplaint(guestID: id, category: .noise, summary: "Quuxworth heard a party"), policy: policy, by: lisbon)
        let desk = try ChainDatabase.open(database, user: role)
        #expect(throws: FrontDeskError.self) { try desk.eraseGuests(ids: [id], reason: "request 1", by: lisbon) }
        #expect(try owner.guest(id: id)?.familyName == "Quuxworth", "a refused erasure changed nothing")

        #expect(try owner.eraseGuests(ids: [id], reason: "request 1", by: chainAdmin) == 1)
        let found = asRole("""
            SELECT (SELECT count(*) FROM guests WHERE given || family || coalesce(email, '') || search_text LIKE '%uux%')
                 + (SELECT count(*) FROM preferences WHERE detail LIKE '%uux%' OR detail LIKE '%iabetic%')
                 + (SELECT count(*) FROM complaints WHERE summary LIKE '%uux%')
                 + (SELECT count(*) FROM guest_tokens WHERE token LIKE '%uux%')
            """, database, "postgres")
        #expect(found == "0", "\(found)")
        #expect(try owner.searchGuests("quuxworth", limit: 5).results.isEmpty)
        #expect(try owner.guest(id: guest)?.familyName == "Lima", "other guests are untouched")
        #expect(try owner.auditTrail(subjects: ["guest #\(id)"]).contains { $0.action == "guest erased" && $0.detail == "request 1" })
    }
}
