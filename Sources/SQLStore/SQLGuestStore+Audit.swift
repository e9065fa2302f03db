import Foundation
import FrontDeskCore

extension SQLGuestStore: AuditTrail {
    /// The trail says who recorded a health, religion or sobriety fact and when, never its words:
    /// it is read and exported by people the fact is not for.
    static func sensitiveDetail(_ column: String, category: String = "category") -> String {
        let sensitive = PreferenceCategory.allCases.filter(\.isSensitive).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return "CASE WHEN \(category) IN (\(sensitive)) THEN '(sensitive)' ELSE \(column) END"
    }

    /// Every signed table, read as one trail: nothing is written twice to keep an audit log.
    static let auditQuery = """
        SELECT at, login, property, terminal, action, subject, detail, refused FROM (\(trail)) AS trail
        WHERE (CAST(?1 AS TEXT) IS NULL OR login = ?1) AND (CAST(?2 AS DOUBLE PRECISION) IS NULL OR at >= ?2)
          AND (CAST(?4 AS TEXT) IS NULL OR property = ?4)
        ORDER BY at DESC
        LIMIT ?3
        """

    static let trail = """
            SELECT created_at AS at, created_by AS login, created_property AS property, created_terminal AS terminal,
                   'guest added' AS action, 'guest #' || id AS subject, trim(given || ' ' || family) AS detail, 0 AS refused
              FROM guests
            UNION ALL
            SELECT created_at, created_by, created_property, created_terminal, 'stay added', 'guest #' || guest_id,
                   'room ' || room || ', ' || arrival || ' to ' || departure || ' (' || status || ')', 0 FROM stays
            UNION ALL
            SELECT recorded_at, recorded_by, recorded_property, recorded_terminal, 'preference recorded',
                   'guest #' || guest_id, category || ': ' || \(sensitiveDetail("detail")), 0 FROM preferences
            UNION ALL
            SELECT e.at, e.login, e.property, e.terminal, 'preference ' || e.kind, 'guest #' || p.guest_id,
                   \(sensitiveDetail("p.detail || coalesce(': ' || e.reason, '')", category: "p.category")), 0
              FROM preference_events e JOIN preferences p ON p.id = e.preference_id
            UNION ALL
            SELECT at, login, property, terminal, 'complaint ' || kind, 'complaint #' || complaint_id,
                   trim(text || coalesce(' (to ' || new_owner || ')', '')
                        || coalesce(' (offered ' || compensation_minor || ' ' || compensation_currency || ' in minor units, '
                                    || compensation_kind || ')', '')), 0
              FROM complaint_entries
            UNION ALL
            SELECT at, by_login, property, terminal, 'staff ' || event, login, detail, 0 FROM staff_events
            UNION ALL
            SELECT at, login, actor_property, terminal, 'settings changed', 'property ' || property,
                   'follow up ' || low_minutes || '/' || medium_minutes || '/' || high_minutes || ' min; limit '
                   || limit_minor || ' ' || currency || ' (minor units)', 0 FROM property_settings
            UNION ALL
            SELECT e.at, e.login, e.property, e.terminal, 'stay ' || e.status, 'stay #' || e.stay_id,
                   'guest #' || s.guest_id || ', room ' || s.room, 0
              FROM stay_events e JOIN stays s ON s.id = e.stay_id
            UNION ALL
            SELECT r.at, r.login, r.property, r.terminal, 'arrival reviewed', 'stay #' || r.stay_id,
                   'guest #' || s.guest_id || ', room ' || s.room || ', arriving ' || s.arrival, 0
              FROM arrival_reviews r JOIN stays s ON s.id = r.stay_id
            UNION ALL
            SELECT at, login, property, terminal, 'flag ' || action, 'guest #' || guest_id, flag || ': ' || reason, 0
              FROM guest_flags
            UNION ALL
            SELECT at, login, property, terminal, 'question asked', 'guest #' || guest_id, category, 0 FROM questions_asked
            UNION ALL
            SELECT at, login, actor_property, terminal, 'setting changed', 'property ' || property, name || ' = ' || value, 0
              FROM property_options
            UNION ALL
            SELECT at, login, property, terminal, 'guests merged', 'guest #' || survivor_id,
                   'absorbed guest #' || absorbed_id || ': ' || moved, 0 FROM guest_merges
            UNION ALL
            SELECT at, login, property, terminal, 'database setting changed', 'database', name || ' = ' || value, 0
              FROM database_settings
            UNION ALL
            SELECT at, login, property, terminal, 'guest erased', 'guest #' || guest_id, reason, 0 FROM guest_erasures
            UNION ALL
            SELECT at, login, property, terminal, action, subject, 'sensitive facts shown', 0 FROM sensitive_reads
            UNION ALL
            SELECT at, login, property, terminal, action, subject, reason, 1 FROM refusals
        """

    public func auditTrail(login: String?, since: Date?, property: String?, limit: Int) throws -> [AuditEntry] {
        try db.query(Self.auditQuery, [.text(login), since.map { .real($0.unixSeconds) } ?? .null, .int(Int64(max(0, limit))),
                                       .text(property)]) { row in
            AuditEntry(at: Date(unixSeconds: row.double(0)), login: row.text(1), property: row.text(2), terminal: row.text(3),
                       action: row.text(4), subject: row.text(5), detail: row.text(6), refused: row.int(7) != 0)
        }
    }

    public func auditTrail(subjects: [String]) throws -> [AuditEntry] {
        guard !subjects.isEmpty else { return [] }
        return try db.query("""
            SELECT at, login, property, terminal, action, subject, detail, refused FROM (\(Self.trail)) AS trail
            WHERE subject IN (\(db.textsOfList)) ORDER BY at
            """, [SQLValue.jsonList(subjects)]) { row in
            AuditEntry(at: Date(unixSeconds: row.double(0)), login: row.text(1), property: row.text(2), terminal: row.text(3),
                       action: row.text(4), subject: row.text(5), detail: row.text(6), refused: row.int(7) != 0)
        }
    }

    public func refusalCount(action: String, subject: String, since: Date) throws -> Int {
        Int(try db.int(db.refusalCountQuery, [.text(action), .text(subject), .real(since.unixSeconds)]))
    }

    public func recordRefusal(action: String, subject: String, reason: String, by actor: Actor) throws {
        try write { try insertRefusal(action: action, subject: subject, reason: reason, by: actor) }
    }

    public func recordSensitiveRead(action: String, subject: String, by actor: Actor) throws {
        try write {
            try db.run("""
                INSERT INTO sensitive_reads (at, login, property, terminal, action, subject) VALUES (?, ?, ?, ?, ?, ?)
                """, [.real(now().unixSeconds), .text(actor.login), .text(actor.property), .text(actor.terminal),
                      .text(action), .text(subject)])
        }
    }

    func insertRefusal(action: String, subject: String, reason: String, by actor: Actor) throws {
        try db.run("""
            INSERT INTO refusals (at, login, property, terminal, action, subject, reason) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.real(now().unixSeconds), .text(actor.login), .text(actor.property), .text(actor.terminal),
                  .text(action), .text(subject), .text(reason)])
    }
}
