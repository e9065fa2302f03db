import FrontDeskCore
import SQLStore

/// What `db check` looks for in a chain database beyond the server's own checks: that what the
/// database enforces (`PostgresSecurity`) is still in force. A grant made by hand, a trigger
/// switched off or dropped, or a role given BYPASSRLS would otherwise go unseen until a hotel read
/// another's complaints.
extension PostgresGuestStore {
    /// Tables no hotel role may change a row of.
    static let neverChanged = PostgresSecurity.appendOnly + ["sensitive_reads", "guest_erasures"]

    /// The tables whose rows a hotel's role sees only in part: what the schema gives row-level
    /// security (the tests hold this list and a new database together).
    public static let rowSecured = [
        "arrival_reviews", "complaint_drafts", "complaint_entries", "complaints", "database_settings", "departments", "drafts",
        "guest_changes", "guest_flags", "guest_merges", "guest_retirements", "preference_events", "preferences", "property_options",
        "property_settings", "questions_asked", "refusals", "sensitive_reads", "staff", "staff_events", "stay_events", "stays", "traces",
    ]

    /// The triggers that keep histories as written, each on its table (the tests hold this list
    /// and a new database together).
    public static let historyTriggers: [(table: String, trigger: String)] = {
        var triggers = [
            ("complaint_entries", "complaint_entries_not_deleted"), ("complaint_entries", "complaint_entries_not_edited"),
            ("complaints", "complaints_not_deleted"), ("guest_changes", "guest_changes_not_deleted"),
            ("guest_changes", "guest_changes_not_edited"), ("guest_retirements", "guest_retirements_kept"),
            ("guest_retirements", "guest_retirements_not_deleted"), ("guests", "guests_not_deleted"),
            ("preference_events", "preference_events_not_deleted"), ("preference_events", "preference_events_not_edited"),
            ("preferences", "preferences_not_deleted"), ("preferences", "preferences_not_edited"), ("staff", "staff_never_deleted"),
            ("traces", "traces_done_once"), ("traces", "traces_not_deleted"), ("traces", "traces_words_kept"),
        ]
        for table in ["arrival_reviews", "database_settings", "guest_erasures", "guest_flags", "guest_merges", "property_options",
                      "property_settings", "questions_asked", "refusals", "sensitive_reads", "staff_events", "stay_events", "vip_levels"] {
            triggers += [(table, table + "_append_only_delete"), (table, table + "_append_only_update")]
        }
        return triggers
    }()

    /// This schema's tables, for a condition on `pg_class c` (a schema's name may need quoting; its oid does not).
    private static let inThisSchema = "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"

    func securityProblems() throws -> [String] {
        var problems: [String] = []
        problems += try db.query("""
            SELECT c.relname FROM pg_class c
            WHERE \(Self.inThisSchema) AND NOT c.relrowsecurity AND c.relname IN (\(db.textsOfList)) ORDER BY 1
            """, [.jsonList(Self.rowSecured)]) { row in
            let table = row.text(0)
            return "row-level security is off on \(table), so every hotel reads all of it: ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY"
        }
        var state: [String: String] = [:]
        try db.each("""
            SELECT c.relname || '.' || t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE \(Self.inThisSchema) AND NOT t.tgisinternal
            """) { state[$0.text(0)] = $0.text(1) }
        for (table, trigger) in Self.historyTriggers {
            switch state[table + "." + trigger] {
            case nil:
                problems.append("the trigger \(trigger) on \(table) is gone, so \(table) can be changed where it must not: "
                                + "recreate it as frontdesk's schema \(Self.schemaVersion) makes it")
            case "D"?, "R"?:
                problems.append("the trigger \(trigger) on \(table) is switched off, so its rule is not kept: "
                                + "ALTER TABLE \(table) ENABLE TRIGGER \(trigger)")
            default: break
            }
        }
        // An owner is bound by none of a table's rules, nor is any role that acts as one.
        let owner = try db.first("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'frontdesk_schema'::regclass") { $0.text(0) } ?? ""
        for (role, property) in try hotelRoles() { problems += try roleProblems(role, at: property, owner: owner) }
        return problems
    }

    /// Every hotel's role, when this connection may list them (the chain's administrators); a
    /// hotel's own connection checks its own role.
    private func hotelRoles() throws -> [(role: String, property: String)] {
        let listsAll = try db.int("SELECT CASE WHEN has_table_privilege('property_roles', 'SELECT') THEN 1 ELSE 0 END") == 1
        return try db.query(listsAll ? "SELECT role, property FROM property_roles ORDER BY property, role"
                                     : "SELECT session_user, frontdesk_property() WHERE frontdesk_property() IS NOT NULL") {
            ($0.text(0), $0.text(1))
        }
    }

    private func roleProblems(_ role: String, at property: String, owner: String) throws -> [String] {
        let name = Self.quoted(role)
        let who = "\(property)'s role \(name)"
        guard let (superuser, bypassesRLS, makesRoles) = try db.first(
            "SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = ?", [.text(role)],
            map: { ($0.bool(0), $0.bool(1), $0.bool(2)) }) else {
            return ["\(who) does not exist: make it again with 'frontdesk db grant-property \(property) --role \(role)'"]
        }
        var problems: [String] = []
        if superuser || bypassesRLS {
            problems.append("\(who) is \(superuser ? "a superuser" : "allowed to bypass row-level security"), so it reads every hotel's "
                            + "complaints: ALTER ROLE \(name) \(superuser ? "NOSUPERUSER" : "NOBYPASSRLS")")
        }
        if makesRoles {
            problems.append("\(who) may create roles, and so make itself one of another hotel's: ALTER ROLE \(name) NOCREATEROLE")
        }
        for table in Self.neverChanged
        where try db.int("SELECT CASE WHEN has_table_privilege(?, ?, 'UPDATE, DELETE, TRUNCATE') THEN 1 ELSE 0 END",
                         [.text(role), .text(table)]) == 1 {
            problems.append("\(who) may change or delete rows of \(table), which are kept as written: "
                            + "REVOKE UPDATE, DELETE, TRUNCATE ON \(table) FROM \(name)")
        }
        if try db.int("SELECT CASE WHEN has_column_privilege(?, 'staff', 'pin_hash', 'SELECT') THEN 1 ELSE 0 END", [.text(role)]) == 1 {
            problems.append("\(who) may read PIN hashes: REVOKE SELECT ON staff FROM \(name), then 'frontdesk db grant-property \(property) --role \(role)'")
        }
        if try db.int("SELECT CASE WHEN pg_has_role(?, ?, 'USAGE') THEN 1 ELSE 0 END", [.text(role), .text(owner)]) == 1 {
            problems.append("\(who) acts as the chain's owner \(Self.quoted(owner)), so no rule binds it: REVOKE \(Self.quoted(owner)) FROM \(name)")
            return problems
        }
        problems += try db.query("""
            SELECT c.relname FROM pg_class c
            WHERE \(Self.inThisSchema) AND c.relkind IN ('r', 'p') AND pg_has_role(?, c.relowner, 'USAGE') ORDER BY 1
            """, [.text(role)]) { row in
            "\(who) owns \(row.text(0)), and an owner is not bound by its rules: ALTER TABLE \(row.text(0)) OWNER TO \(Self.quoted(owner))"
        }
        return problems
    }

    /// A role's name as a statement must write it.
    static func quoted(_ name: String) -> String {
        if name.range(of: "^[a-z_][a-z0-9_]*$", options: .regularExpression) != nil { return name }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
