import SQLStore
/// Migration 7: what turns recorded preferences into recognition. Listed in `Migrations.all`;
/// never edit it once shipped.
extension Migrations {
    static let recognitionTables = """
        -- Stays change status (check-in, check-out, cancel); the row holds the status now and
        -- stay_events how it got there. Revenue feeds the value tier.
        ALTER TABLE stays ADD COLUMN revenue_minor INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE stay_events (
            id INTEGER PRIMARY KEY,
            stay_id INTEGER NOT NULL REFERENCES stays(id),
            status TEXT NOT NULL CHECK (status IN ('reserved', 'in-house', 'departed', 'cancelled')),
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX stay_events_by_stay ON stay_events(stay_id, id);
        -- Day first: led by the property, the planner would prefer it to the in-house index and
        -- read every stay of the hotel to list who is in house.
        CREATE INDEX stays_arriving ON stays(arrival, property);

        -- A preference applies at every property (NULL) or at one; a sensitive one records that
        -- the guest agreed to it being kept. Rows still never change, except which guest they
        -- belong to when two profiles of one person are merged.
        ALTER TABLE preferences ADD COLUMN only_property TEXT;
        ALTER TABLE preferences ADD COLUMN consent INTEGER NOT NULL DEFAULT 0;
        DROP TRIGGER preferences_not_edited;
        CREATE TRIGGER preferences_not_edited BEFORE UPDATE OF id, category, detail, level, scope, source, critical,
                stay_id, recorded_by, recorded_at, recorded_property, recorded_terminal, only_property, consent
            ON preferences
            BEGIN SELECT RAISE(ABORT, 'preferences are never edited: retire one and record a new one'); END;

        -- Guests may carry a birth date, which tells close spellings of one person apart.
        ALTER TABLE guests ADD COLUMN birth_date TEXT;
        CREATE INDEX guests_by_name ON guests(search_key);
        CREATE INDEX guests_by_birth_date ON guests(birth_date) WHERE birth_date IS NOT NULL;

        -- A recognition coordinator's review of an arrival; the latest one counts.
        CREATE TABLE arrival_reviews (
            id INTEGER PRIMARY KEY,
            stay_id INTEGER NOT NULL REFERENCES stays(id),
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX arrival_reviews_by_stay ON arrival_reviews(stay_id, id);

        -- Flags such as "do not rent": set and cleared with a reason, never erased.
        CREATE TABLE guest_flags (
            id INTEGER PRIMARY KEY,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            flag TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('set', 'cleared')),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX guest_flags_by_guest ON guest_flags(guest_id, id);

        -- The one question an associate asked a guest, so the next one is a different question.
        CREATE TABLE questions_asked (
            id INTEGER PRIMARY KEY,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            category TEXT NOT NULL,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX questions_asked_by_guest ON questions_asked(guest_id, id);

        -- Two profiles found to be one person: the absorbed id keeps resolving to the survivor.
        CREATE TABLE guest_merges (
            absorbed_id INTEGER PRIMARY KEY REFERENCES guests(id),
            survivor_id INTEGER NOT NULL REFERENCES guests(id),
            moved TEXT NOT NULL,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL,
            CHECK (absorbed_id <> survivor_id)
        );

        -- Recognition settings of a property (or '*' for the chain), as a history: the latest applies.
        CREATE TABLE property_options (
            id INTEGER PRIMARY KEY,
            property TEXT NOT NULL,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            actor_property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX property_options_latest ON property_options(property, name, id);

        -- The chain's VIP levels, each change kept; the latest row of a rank applies.
        -- guests.vip holds the rank (0: not a VIP). A new file starts with the four defaults.
        CREATE TABLE vip_levels (
            id INTEGER PRIMARY KEY,
            rank INTEGER NOT NULL CHECK (rank > 0),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX vip_levels_latest ON vip_levels(rank, id);
        INSERT INTO vip_levels (rank, code, name, role, login, at, property, terminal) VALUES
            (1, 'silver', 'Silver', 'vip', 'frontdesk', 0, '', 'install'),
            (2, 'gold', 'Gold', 'vip', 'frontdesk', 0, '', 'install'),
            (3, 'platinum', 'Platinum', 'vip', 'frontdesk', 0, '', 'install'),
            (4, 'ambassador', 'Ambassador', 'vip', 'frontdesk', 0, '', 'install');
        CREATE TRIGGER vip_levels_append_only_update BEFORE UPDATE ON vip_levels
            BEGIN SELECT RAISE(ABORT, 'VIP level history is append-only'); END;
        CREATE TRIGGER vip_levels_append_only_delete BEFORE DELETE ON vip_levels
            BEGIN SELECT RAISE(ABORT, 'VIP level history is append-only'); END;

        CREATE TRIGGER stay_events_append_only_update BEFORE UPDATE ON stay_events
            BEGIN SELECT RAISE(ABORT, 'stay history is append-only'); END;
        CREATE TRIGGER stay_events_append_only_delete BEFORE DELETE ON stay_events
            BEGIN SELECT RAISE(ABORT, 'stay history is append-only'); END;
        CREATE TRIGGER arrival_reviews_append_only_update BEFORE UPDATE ON arrival_reviews
            BEGIN SELECT RAISE(ABORT, 'arrival reviews are append-only'); END;
        CREATE TRIGGER arrival_reviews_append_only_delete BEFORE DELETE ON arrival_reviews
            BEGIN SELECT RAISE(ABORT, 'arrival reviews are append-only'); END;
        CREATE TRIGGER guest_flags_append_only_update BEFORE UPDATE OF id, flag, action, reason, login, at, property, terminal
            ON guest_flags
            BEGIN SELECT RAISE(ABORT, 'flag history is append-only'); END;
        CREATE TRIGGER guest_flags_append_only_delete BEFORE DELETE ON guest_flags
            BEGIN SELECT RAISE(ABORT, 'flag history is append-only'); END;
        CREATE TRIGGER questions_asked_append_only_update BEFORE UPDATE OF id, category, login, at, property, terminal
            ON questions_asked
            BEGIN SELECT RAISE(ABORT, 'question history is append-only'); END;
        CREATE TRIGGER questions_asked_append_only_delete BEFORE DELETE ON questions_asked
            BEGIN SELECT RAISE(ABORT, 'question history is append-only'); END;
        CREATE TRIGGER guest_merges_append_only_update BEFORE UPDATE ON guest_merges
            BEGIN SELECT RAISE(ABORT, 'merges are append-only'); END;
        CREATE TRIGGER guest_merges_append_only_delete BEFORE DELETE ON guest_merges
            BEGIN SELECT RAISE(ABORT, 'merges are append-only'); END;
        CREATE TRIGGER property_options_append_only_update BEFORE UPDATE ON property_options
            BEGIN SELECT RAISE(ABORT, 'settings history is append-only'); END;
        CREATE TRIGGER property_options_append_only_delete BEFORE DELETE ON property_options
            BEGIN SELECT RAISE(ABORT, 'settings history is append-only'); END;
        """
}
