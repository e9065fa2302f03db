import FrontDeskCore

/// What the database itself enforces for a chain, whatever program connects. The role that made
/// the schema (the chain's administrators) owns every table and is not bound by what follows. Each
/// hotel's desk server connects with a role of its own, bound to one property by
/// `frontdesk_grant_property` (`frontdesk db grant-property`):
/// - row-level security lets it read and change only its own property's complaints (and their
///   entries), traces, settings, departments and stays (with their events and reviews), and of the
///   preferences those for every hotel and its own;
/// - guests, profiles and preferences for every hotel are the chain's, read and written by all;
/// - append-only tables grant it INSERT and SELECT, never UPDATE or DELETE; what it signs it signs
///   at its own property and not in the future (a forged wrong-PIN row cannot lock anyone out);
///   another hotel's refusals, staff history and private preferences' history it does not read;
///   the chain's VIP levels and database settings it reads and never writes;
/// - it adds and changes only its own hotel's staff, and never makes an administrator (the chain's
///   administrators do, connected as the owner);
/// - it reads and writes only the drafts written at its own property;
/// - it cannot read a PIN hash: the staff table's hash column is not granted, and a PIN is checked by
///   `frontdesk_pin_setting` and `frontdesk_check_pin`, which run with the owner's rights; the latter
///   counts wrong PINs as it checks, so no PIN can be guessed around the lock.
enum PostgresSecurity {
    /// Tables a hotel role may add rows to and read, never change.
    static let appendOnly = [
        "preference_events", "complaint_entries", "staff_events", "refusals", "property_settings",
        "stay_events", "arrival_reviews", "guest_merges", "property_options", "guest_changes", "guest_retirements",
    ]
    /// The chain's own configuration: read by every hotel, written by the chain's administrators.
    static let chainConfiguration = ["vip_levels", "database_settings"]
    /// Rows signed with the signer's property and time: a hotel's role signs only as itself, now.
    static let signed = [
        "preference_events", "complaint_entries", "staff_events", "refusals", "stay_events", "arrival_reviews", "guest_merges",
        "guest_changes", "guest_retirements", "guest_flags", "questions_asked",
    ]
    /// Tables whose rows change as the desk works (a complaint's status, a trace done, a draft replaced).
    static let changing = [
        "guests", "guest_tokens", "stays", "preferences", "drafts", "complaint_drafts", "complaints", "traces",
        "guest_flags", "questions_asked", "departments",
    ]

    static let schema = """
        CREATE TABLE property_roles (
            role name PRIMARY KEY,
            property text COLLATE "C" NOT NULL CHECK (property <> '')
        );

        -- The property the connected role stands for; NULL (nothing visible) for a role without one.
        CREATE FUNCTION frontdesk_property() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path FROM CURRENT
            AS $$ SELECT property FROM property_roles WHERE role = session_user $$;

        -- A PIN is checked without its hash leaving the database: the setting (algorithm and salt) to
        -- hash the typed PIN with, then whether that hash is the stored one.
        CREATE FUNCTION frontdesk_pin_setting(who text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path FROM CURRENT
            AS $$ SELECT substring(pin_hash from '^(.*)\\$[^$]*$') FROM staff WHERE login = who $$;

        -- Wrong PINs are counted wherever they were typed: a login guessed at one hotel after another
        -- is locked at all of them.
        CREATE FUNCTION frontdesk_refusal_count(what text, about text, since double precision) RETURNS bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
            AS $$ SELECT count(*) FROM refusals WHERE action = what AND subject = about AND at >= since $$;

        -- A PIN checked and, when wrong, counted in one step, with the chain's rule and the server's
        -- clock: a hotel's role can neither skip the count nor move the window.
        CREATE FUNCTION frontdesk_check_pin(who text, candidate text, reason text, by_login text, by_property text, by_terminal text)
            RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
            moment double precision := extract(epoch FROM clock_timestamp());
        BEGIN
            PERFORM pg_advisory_xact_lock(hashtext('frontdesk pin ' || who));
            IF (SELECT count(*) FROM refusals WHERE action = '\(SignIn.wrongPIN)' AND subject = who
                AND at >= moment - \(Int(SignIn.lockSeconds))) >= \(SignIn.attempts) THEN
                RETURN 'locked';
            END IF;
            IF candidate IS NOT NULL AND EXISTS (SELECT 1 FROM staff WHERE login = who AND pin_hash = candidate) THEN
                RETURN 'matches';
            END IF;
            INSERT INTO refusals (at, login, property, terminal, action, subject, reason)
                VALUES (moment, by_login, coalesce(frontdesk_property(), by_property), by_terminal, '\(SignIn.wrongPIN)', who, reason);
            RETURN 'wrong';
        END $$;

        ALTER TABLE complaints ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON complaints USING (property = frontdesk_property());
        ALTER TABLE complaint_entries ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON complaint_entries
            USING (EXISTS (SELECT 1 FROM complaints c WHERE c.id = complaint_id));
        -- A half-written note is its hotel's: each draft remembers where it was written.
        ALTER TABLE drafts ADD COLUMN property text COLLATE "C" DEFAULT frontdesk_property();
        ALTER TABLE drafts ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON drafts USING (property = frontdesk_property());
        ALTER TABLE complaint_drafts ADD COLUMN property text COLLATE "C" DEFAULT frontdesk_property();
        ALTER TABLE complaint_drafts ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON complaint_drafts USING (property = frontdesk_property());
        ALTER TABLE traces ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON traces USING (property = frontdesk_property());
        ALTER TABLE property_settings ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON property_settings USING (property = frontdesk_property());
        ALTER TABLE property_options ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON property_options USING (property = frontdesk_property());
        ALTER TABLE departments ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON departments USING (property = frontdesk_property());
        ALTER TABLE stays ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON stays USING (property = frontdesk_property());
        ALTER TABLE stay_events ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON stay_events USING (EXISTS (SELECT 1 FROM stays s WHERE s.id = stay_id));
        ALTER TABLE arrival_reviews ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON arrival_reviews USING (EXISTS (SELECT 1 FROM stays s WHERE s.id = stay_id));
        ALTER TABLE preferences ENABLE ROW LEVEL SECURITY;
        CREATE POLICY chain_or_own ON preferences
            USING (only_property IS NULL OR only_property = frontdesk_property());

        ALTER TABLE staff ENABLE ROW LEVEL SECURITY;
        CREATE POLICY everyone_reads ON staff FOR SELECT USING (true);
        CREATE POLICY own_staff_added ON staff FOR INSERT
            WITH CHECK (home_property = frontdesk_property() AND role <> 'administrator');
        CREATE POLICY own_staff_changed ON staff FOR UPDATE
            USING (home_property = frontdesk_property() AND role <> 'administrator')
            WITH CHECK (home_property = frontdesk_property() AND role <> 'administrator');

        -- The history of a preference kept for one hotel is that hotel's too; so are its refusals
        -- and its staff's history.
        ALTER TABLE preference_events ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_preferences ON preference_events FOR SELECT
            USING (EXISTS (SELECT 1 FROM preferences p WHERE p.id = preference_id));
        ALTER TABLE refusals ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON refusals FOR SELECT USING (property = frontdesk_property());
        ALTER TABLE staff_events ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_property ON staff_events FOR SELECT USING (property = frontdesk_property());
        ALTER TABLE database_settings ENABLE ROW LEVEL SECURITY;
        CREATE POLICY which_hotel ON database_settings FOR SELECT USING (name = 'home-property');
        \(signedPolicies)

        REVOKE ALL ON FUNCTION frontdesk_pin_setting(text), frontdesk_refusal_count(text, text, double precision),
            frontdesk_check_pin(text, text, text, text, text, text) FROM PUBLIC;

        \(grantFunction(create: "CREATE", appendOnly: appendOnly))
        REVOKE ALL ON FUNCTION frontdesk_grant_property(text, text) FROM PUBLIC;
        """

    /// Reading stays as each table allows; what a hotel's role adds carries its own property and a
    /// time no later than now (five minutes' leeway for clocks).
    static var signedPolicies: String {
        signed.map { table in
            // Tables whose rows follow a complaint or a stay have their policy for every command already.
            let followsItsParent = ["complaint_entries", "stay_events", "arrival_reviews"].contains(table)
            let readsOwn = ["preference_events", "refusals", "staff_events"].contains(table)
            var sql = "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY;\n"
            if !followsItsParent && !readsOwn { sql += "CREATE POLICY everyone_reads ON \(table) FOR SELECT USING (true);\n" }
            if ["guest_flags", "questions_asked"].contains(table) {
                sql += "CREATE POLICY everyone_updates ON \(table) FOR UPDATE USING (true);\n"
            }
            if !followsItsParent { sql += "CREATE POLICY adds ON \(table) FOR INSERT WITH CHECK (true);\n" }
            sql += """
                CREATE POLICY signed_here_and_now ON \(table) AS RESTRICTIVE FOR INSERT
                    WITH CHECK (property = frontdesk_property() AND at <= extract(epoch FROM now()) + 300);
                """
            return sql
        }.joined(separator: "\n")
    }

    /// `frontdesk_grant_property`, granting the append-only tables of its schema version: each
    /// version that adds one replaces the function (`create` "CREATE OR REPLACE").
    static func grantFunction(create: String, appendOnly: [String], readOnly: [String] = []) -> String {
        """
        -- Binds a role to a property, creating it (able to log in, no password: the chain sets one,
        -- or a client certificate) if it is new, and grants it the desk's work and nothing more.
        \(create) FUNCTION frontdesk_grant_property(code text, role_name text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF code IS NULL OR code !~ '^[A-Z0-9][A-Z0-9_-]{0,15}$' THEN
                RAISE EXCEPTION 'a property code is 1 to 16 capital letters, digits, - or _: %', code USING ERRCODE = 'check_violation';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
                EXECUTE format('CREATE ROLE %I LOGIN', role_name);
            END IF;
            IF (SELECT rolsuper OR rolbypassrls OR rolcreaterole FROM pg_roles WHERE rolname = role_name)
               OR pg_has_role(role_name, (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()
                                          AND tablename = 'complaints'), 'USAGE') THEN
                RAISE EXCEPTION 'role % is the owner, shares its rights, or bypasses row-level security: a hotel needs a role of its own',
                    role_name USING ERRCODE = 'check_violation';
            END IF;
            INSERT INTO property_roles (role, property) VALUES (role_name, code)
                ON CONFLICT (role) DO UPDATE SET property = excluded.property;
            EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), role_name);
            EXECUTE format('GRANT SELECT ON frontdesk_schema, \((chainConfiguration + readOnly).joined(separator: ", ")) TO %I', role_name);
            EXECUTE format('GRANT SELECT, INSERT ON \(appendOnly.joined(separator: ", ")) TO %I', role_name);
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON \(changing.joined(separator: ", ")) TO %I', role_name);
            EXECUTE format('GRANT SELECT (login, display_name, role, home_property, disabled), INSERT (login, display_name, role, home_property, disabled), UPDATE (role, disabled, pin_hash) ON staff TO %I', role_name);
            EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), role_name);
            EXECUTE format('GRANT EXECUTE ON FUNCTION frontdesk_pin_setting(text), frontdesk_refusal_count(text, text, double precision), '
                           'frontdesk_check_pin(text, text, text, text, text, text) TO %I', role_name);
        END $$;
        """
    }
}
