/// Every table a copy moves (`SQLGuestStore.copy`), in an order that puts each row after the rows it
/// refers to. Ids are moved past the destination's own: each id column names the table whose id it
/// holds, so merges, forwarded ids and every reference still resolve after the move.
struct CopiedTable {
    enum Kind { case int, real, text }
    let name: String
    let columns: [(name: String, kind: Kind)]
    /// Columns holding a row id, and the table it belongs to (the table itself for its own `id`).
    let ids: [String: String]
    /// The columns that order its rows uniquely: a copy reads it in pages along them.
    let key: [String]
    /// When one property is copied out: the rows that go, as a condition on one `?`, the property.
    let ofProperty: String?
    /// Rows never copied, whatever the property: what every database has of its own.
    let except: String?
    /// A row whose key (or unique columns) the destination already has is left out: the destination's stays.
    let keepsDestinationRow: Bool

    init(_ name: String, _ columns: String, ids: [String: String] = [:], key: [String] = ["id"], ofProperty: String? = nil,
         except: String? = nil, keepsDestinationRow: Bool = false) {
        self.name = name
        self.columns = columns.split(separator: " ").map { spec in
            let parts = spec.split(separator: ":")
            let kind: Kind = parts[1] == "int" ? .int : parts[1] == "real" ? .real : .text
            return (String(parts[0]), kind)
        }
        self.ids = ids
        self.key = key
        self.ofProperty = ofProperty
        self.except = except
        self.keepsDestinationRow = keepsDestinationRow
    }

    var hasOwnID: Bool { ids["id"] == name }

    static let all: [CopiedTable] = [
        CopiedTable("guests", """
            id:int title:text given:text family:text language:text vip:int loyalty:text email:text phone:text company:text \
            created_at:real created_by:text created_property:text created_terminal:text search_key:text reading:text \
            birth_date:text retired:int latin_name:text search_text:text external_id:text
            """, ids: ["id": "guests"]),
        CopiedTable("guest_tokens", "token:text guest_id:int", ids: ["guest_id": "guests"], key: ["token", "guest_id"]),
        CopiedTable("stays", """
            id:int guest_id:int property:text room:text arrival:text departure:text status:text created_by:text created_at:real \
            created_property:text created_terminal:text revenue_minor:int
            """, ids: ["id": "stays", "guest_id": "guests"], ofProperty: "property = ?"),
        CopiedTable("preferences", """
            id:int guest_id:int category:text detail:text level:text scope:text source:text critical:int stay_id:int \
            recorded_by:text recorded_at:real recorded_property:text recorded_terminal:text only_property:text consent:int department:text
            """, ids: ["id": "preferences", "guest_id": "guests", "stay_id": "stays"],
            ofProperty: "(only_property IS NULL OR only_property = ?1) AND (stay_id IS NULL OR stay_id IN (SELECT id FROM stays WHERE property = ?1))"),
        CopiedTable("preference_events", "id:int preference_id:int kind:text reason:text login:text at:real property:text terminal:text",
                    ids: ["id": "preference_events", "preference_id": "preferences"],
                    ofProperty: """
                        preference_id IN (SELECT id FROM preferences WHERE (only_property IS NULL OR only_property = ?1)
                                          AND (stay_id IS NULL OR stay_id IN (SELECT id FROM stays WHERE property = ?1)))
                        """),
        CopiedTable("drafts", "login:text guest_id:int payload:text saved_at:real", ids: ["guest_id": "guests"], key: ["login", "guest_id"]),
        CopiedTable("complaints", """
            id:int guest_id:int property:text category:text severity:text status:text owner:text summary:text immediate_action:text \
            compensation_minor:int compensation_currency:text compensation_kind:text follow_up_due:real created_at:real created_by:text \
            created_property:text created_terminal:text
            """, ids: ["id": "complaints", "guest_id": "guests"], ofProperty: "property = ?"),
        CopiedTable("complaint_entries", """
            id:int complaint_id:int kind:text text:text new_owner:text compensation_minor:int compensation_currency:text \
            compensation_kind:text at:real login:text property:text terminal:text
            """, ids: ["id": "complaint_entries", "complaint_id": "complaints"],
            ofProperty: "complaint_id IN (SELECT id FROM complaints WHERE property = ?)"),
        CopiedTable("staff", "login:text display_name:text role:text home_property:text disabled:int pin_hash:text", key: ["login"],
                    keepsDestinationRow: true),
        CopiedTable("staff_events", "id:int login:text event:text detail:text at:real by_login:text property:text terminal:text",
                    ids: ["id": "staff_events"]),
        CopiedTable("refusals", "id:int at:real login:text property:text terminal:text action:text subject:text reason:text",
                    ids: ["id": "refusals"], ofProperty: "property = ?"),
        CopiedTable("guest_erasures", "id:int guest_id:int reason:text login:text at:real property:text terminal:text",
                    ids: ["id": "guest_erasures", "guest_id": "guests"]),
        CopiedTable("sensitive_reads", "id:int at:real login:text property:text terminal:text action:text subject:text",
                    ids: ["id": "sensitive_reads"], ofProperty: "property = ?"),
        CopiedTable("property_settings", """
            id:int property:text low_minutes:int medium_minutes:int high_minutes:int limit_minor:int currency:text at:real login:text \
            actor_property:text terminal:text
            """, ids: ["id": "property_settings"], ofProperty: "property = ?"),
        CopiedTable("stay_events", "id:int stay_id:int status:text login:text at:real property:text terminal:text",
                    ids: ["id": "stay_events", "stay_id": "stays"], ofProperty: "stay_id IN (SELECT id FROM stays WHERE property = ?)"),
        CopiedTable("arrival_reviews", "id:int stay_id:int login:text at:real property:text terminal:text",
                    ids: ["id": "arrival_reviews", "stay_id": "stays"], ofProperty: "stay_id IN (SELECT id FROM stays WHERE property = ?)"),
        CopiedTable("guest_flags", "id:int guest_id:int flag:text action:text reason:text login:text at:real property:text terminal:text",
                    ids: ["id": "guest_flags", "guest_id": "guests"]),
        CopiedTable("questions_asked", "id:int guest_id:int category:text login:text at:real property:text terminal:text",
                    ids: ["id": "questions_asked", "guest_id": "guests"]),
        CopiedTable("guest_merges", "absorbed_id:int survivor_id:int moved:text login:text at:real property:text terminal:text",
                    ids: ["absorbed_id": "guests", "survivor_id": "guests"], key: ["absorbed_id"]),
        CopiedTable("property_options", "id:int property:text name:text value:text login:text at:real actor_property:text terminal:text",
                    ids: ["id": "property_options"], ofProperty: "property = ?"),
        // The levels every database starts with are the destination's already.
        CopiedTable("vip_levels", "id:int rank:int code:text name:text role:text login:text at:real property:text terminal:text",
                    ids: ["id": "vip_levels"], except: "terminal = 'install'"),
        // Which hotel a database was made for stays the destination's.
        CopiedTable("database_settings", "id:int name:text value:text login:text at:real property:text terminal:text",
                    ids: ["id": "database_settings"], except: "name = 'home-property'"),
        CopiedTable("departments", "id:int property:text code:text label:text login:text at:real terminal:text",
                    ids: ["id": "departments"], ofProperty: "property = ?", keepsDestinationRow: true),
        CopiedTable("traces", """
            id:int guest_id:int property:text department:text room:text due:real text:text complaint_id:int created_by:text \
            created_at:real created_property:text created_terminal:text done_by:text done_at:real done_property:text done_terminal:text
            """, ids: ["id": "traces", "guest_id": "guests", "complaint_id": "complaints"],
            ofProperty: "property = ?1 AND (complaint_id IS NULL OR complaint_id IN (SELECT id FROM complaints WHERE property = ?1))"),
        CopiedTable("guest_changes", "id:int guest_id:int field:text old:text new:text login:text at:real property:text terminal:text",
                    ids: ["id": "guest_changes", "guest_id": "guests"]),
        CopiedTable("guest_retirements", "id:int guest_id:int action:text reason:text login:text at:real property:text terminal:text",
                    ids: ["id": "guest_retirements", "guest_id": "guests"]),
        CopiedTable("complaint_drafts", "login:text guest_id:int payload:text saved_at:real", ids: ["guest_id": "guests"],
                    key: ["login", "guest_id"]),
    ]
}
