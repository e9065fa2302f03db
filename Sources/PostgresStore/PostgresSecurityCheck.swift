import FrontDeskCore
import SQLStore

/// What `db check` looks for in a chain database beyond the server's own checks: that what the
/// database enforces (`PostgresSecurity`) is still in force. A grant made by hand, a trigger switched
/// off or a role given BYPASSRLS would otherwise go unseen until a hotel read another's complaints.
extension PostgresGuestStore {
    /// Tables no hotel role may change a row of.
    static let neverChanged = PostgresSecurity.appendOnly + ["sensitive_reads", "guest_erasures"]

    func securityProblems() throws -> [String] {
        var problems: [String] = []
        problems += try db.query("""
            SELECT DISTINCT c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND NOT c.relrowsecurity ORDER BY 1
            """) { row in
            let table = row.text(0)
            return "row-level security is off on \(table), so every hotel reads all of it: ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY"
        }
        problems += try db.query("""
            SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal AND t.tgenabled = 'D' ORDER BY 1, 2
            """) { row in
            "the trigger \(row.text(1)) on \(row.text(0)) is switched off, so its rule is not kept: "
                + "ALTER TABLE \(row.text(0)) ENABLE TRIGGER \(row.text(1))"
        }
        for (role, property) in try hotelRoles() { problems += try roleProblems(role, at: property) }
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

    private func roleProblems(_ role: String, at property: String) throws -> [String] {
        let who = "\(property)'s role \(role)"
        guard let (superuser, bypassesRLS) = try db.first("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ?", [.text(role)],
                                                         map: { ($0.bool(0), $0.bool(1)) }) else {
            return ["\(who) does not exist: make it again with 'frontdesk db grant-property \(property) --role \(role)'"]
        }
        var problems: [String] = []
        if superuser || bypassesRLS {
            problems.append("\(who) is \(superuser ? "a superuser" : "allowed to bypass row-level security"), so it reads every hotel's "
                            + "complaints: ALTER ROLE \(role) \(superuser ? "NOSUPERUSER" : "NOBYPASSRLS")")
        }
        for table in Self.neverChanged
        where try db.int("SELECT CASE WHEN has_table_privilege(?, ?, 'UPDATE, DELETE, TRUNCATE') THEN 1 ELSE 0 END",
                         [.text(role), .text(table)]) == 1 {
            problems.append("\(who) may change or delete rows of \(table), which are kept as written: "
                            + "REVOKE UPDATE, DELETE, TRUNCATE ON \(table) FROM \(role)")
        }
        if try db.int("SELECT CASE WHEN has_column_privilege(?, 'staff', 'pin_hash', 'SELECT') THEN 1 ELSE 0 END", [.text(role)]) == 1 {
            problems.append("\(who) may read PIN hashes: REVOKE SELECT ON staff FROM \(role), then 'frontdesk db grant-property \(property) --role \(role)'")
        }
        problems += try db.query("""
            SELECT c.relname, pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = 'frontdesk_schema'::regclass))
            FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
            WHERE r.rolname = ? AND c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1
            """, [.text(role)]) { row in
            "\(who) owns \(row.text(0)), and an owner is not bound by its rules: ALTER TABLE \(row.text(0)) OWNER TO \(row.text(1))"
        }
        return problems
    }
}
