import SQLStore
/// Numbered schema changes, applied in order on open; `PRAGMA user_version` records the last one applied.
/// Never edit a shipped migration: add the next one.
enum Migrations {
    /// Marks the file as frontdesk's ("FDsk"), so another program's SQLite file is refused instead of altered.
    static let applicationID: Int32 = 0x4644_736B

    static let all: [String] = [migration1, migration2, migration3, staffTables, refusalsTable, propertySettingsTable,
                                  recognitionTables, databaseSettings, departmentsAndTraces,
                                  guestHistory, searchKeysAcrossScripts, complaintDrafts, chainPINLength,
                                  sensitiveReads, externalIDs, erasures, chainListEstimates]

    /// Version 17 is the chain database's alone (how PostgreSQL estimates a list of ids); the
    /// numbers stay equal, so one version means one schema on either store.
    static let chainListEstimates = "SELECT 1;"


    /// A Latin reading of names in other scripts, searched like the name itself.
    static let migration2 = """
        ALTER TABLE guests ADD COLUMN reading TEXT;
        """

    /// Complaints: the row is the complaint as it stands now and is updated; its entries are
    /// the append-only timeline of how it got there.
    static let migration3 = """
        CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            property TEXT NOT NULL,
            category TEXT NOT NULL,
            severity TEXT NOT NULL,
            status TEXT NOT NULL,
            owner TEXT NOT NULL,
            summary TEXT NOT NULL,
            immediate_action TEXT NOT NULL,
            compensation_minor INTEGER,
            compensation_currency TEXT,
            compensation_kind TEXT,
            follow_up_due REAL NOT NULL,
            created_at REAL NOT NULL,
            created_by TEXT NOT NULL,
            created_property TEXT NOT NULL,
            created_terminal TEXT NOT NULL,
            CHECK ((compensation_minor IS NULL) = (compensation_currency IS NULL)
                   AND (compensation_minor IS NULL) = (compensation_kind IS NULL))
        );
        -- The queue: active complaints of a property, soonest follow-up first.
        CREATE INDEX complaints_queue ON complaints(status, property, follow_up_due);
        CREATE INDEX complaints_by_guest ON complaints(guest_id, status);
        CREATE INDEX complaints_by_owner ON complaints(owner, status);

        CREATE TABLE complaint_entries (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id),
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            new_owner TEXT,
            compensation_minor INTEGER,
            compensation_currency TEXT,
            compensation_kind TEXT,
            at REAL NOT NULL,
            login TEXT NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL,
            CHECK ((compensation_minor IS NULL) = (compensation_currency IS NULL)
                   AND (compensation_minor IS NULL) = (compensation_kind IS NULL))
        );
        CREATE INDEX complaint_entries_by_complaint ON complaint_entries(complaint_id, id);

        -- A complaint's actions are its timeline: never rewritten, whichever program opens the file.
        CREATE TRIGGER complaint_entries_not_edited BEFORE UPDATE ON complaint_entries
            BEGIN SELECT RAISE(ABORT, 'complaint entries are never edited: add a correcting entry'); END;
        CREATE TRIGGER complaint_entries_not_deleted BEFORE DELETE ON complaint_entries
            BEGIN SELECT RAISE(ABORT, 'complaint entries are never deleted: add a correcting entry'); END;
        CREATE TRIGGER complaints_not_deleted BEFORE DELETE ON complaints
            BEGIN SELECT RAISE(ABORT, 'complaints are never deleted: close one instead'); END;
        """

    static func apply(to db: SQLiteConnection) throws {
        for (index, sql) in all.enumerated() {
            let version = index + 1
            // One transaction per step: a failed step leaves the file at the previous version.
            try db.write {
                // Re-read inside the lock: another process may have migrated while we waited.
                guard try db.int("PRAGMA user_version") < version else { return }
                try db.script(sql)
                try db.script("PRAGMA user_version = \(version)")
            }
        }
    }

    static let migration1 = """
        PRAGMA application_id = \(applicationID);

        CREATE TABLE guests (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            given TEXT NOT NULL,
            family TEXT NOT NULL,
            language TEXT NOT NULL,
            vip INTEGER NOT NULL,
            loyalty TEXT,
            email TEXT,
            phone TEXT,
            company TEXT,
            created_at REAL NOT NULL,
            created_by TEXT NOT NULL,
            created_property TEXT NOT NULL,
            created_terminal TEXT NOT NULL,
            search_key TEXT NOT NULL
        );

        -- Exact and prefix search: one row per searchable word or phrase of a guest.
        CREATE TABLE guest_tokens (
            token TEXT NOT NULL,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            PRIMARY KEY (token, guest_id)
        ) WITHOUT ROWID;

        -- Substring search over the folded text; rowid = guest id. Contentless: guests holds the text.
        CREATE VIRTUAL TABLE guest_search USING fts5(text, content='', tokenize='trigram');

        CREATE TABLE stays (
            id INTEGER PRIMARY KEY,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            property TEXT NOT NULL,
            room TEXT NOT NULL,
            arrival TEXT NOT NULL,
            departure TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('reserved', 'in-house', 'departed', 'cancelled')),
            created_by TEXT NOT NULL,
            created_at REAL NOT NULL,
            created_property TEXT NOT NULL,
            created_terminal TEXT NOT NULL,
            CHECK (arrival <= departure)
        );
        CREATE INDEX stays_by_guest ON stays(guest_id, arrival);
        CREATE INDEX stays_in_house_by_room ON stays(lower(room)) WHERE status = 'in-house';
        CREATE INDEX stays_in_house_by_property ON stays(property, room) WHERE status = 'in-house';

        CREATE TABLE preferences (
            id INTEGER PRIMARY KEY,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            category TEXT NOT NULL,
            detail TEXT NOT NULL,
            level TEXT NOT NULL,
            scope TEXT NOT NULL,
            source TEXT NOT NULL,
            critical INTEGER NOT NULL,
            stay_id INTEGER REFERENCES stays(id),
            recorded_by TEXT NOT NULL,
            recorded_at REAL NOT NULL,
            recorded_property TEXT NOT NULL,
            recorded_terminal TEXT NOT NULL
        );
        CREATE INDEX preferences_by_guest ON preferences(guest_id);

        -- Append-only: confirmations and retirement are derived from these rows.
        CREATE TABLE preference_events (
            id INTEGER PRIMARY KEY,
            preference_id INTEGER NOT NULL REFERENCES preferences(id),
            kind TEXT NOT NULL CHECK (kind IN ('confirmed', 'retired')),
            reason TEXT,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL,
            CHECK (kind <> 'retired' OR length(trim(reason)) > 0)
        );
        CREATE INDEX preference_events_by_preference ON preference_events(preference_id, kind);
        CREATE UNIQUE INDEX preference_retired_once ON preference_events(preference_id) WHERE kind = 'retired';

        -- History is never rewritten, whichever program opens the file.
        CREATE TRIGGER preferences_not_edited BEFORE UPDATE ON preferences
            BEGIN SELECT RAISE(ABORT, 'preferences are never edited: retire one and record a new one'); END;
        CREATE TRIGGER preferences_not_deleted BEFORE DELETE ON preferences
            BEGIN SELECT RAISE(ABORT, 'preferences are never deleted: retire one with a reason'); END;
        CREATE TRIGGER preference_events_not_edited BEFORE UPDATE ON preference_events
            BEGIN SELECT RAISE(ABORT, 'preference history is append-only'); END;
        CREATE TRIGGER preference_events_not_deleted BEFORE DELETE ON preference_events
            BEGIN SELECT RAISE(ABORT, 'preference history is append-only'); END;

        CREATE TABLE drafts (
            login TEXT NOT NULL,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            payload TEXT NOT NULL,
            saved_at REAL NOT NULL,
            PRIMARY KEY (login, guest_id)
        ) WITHOUT ROWID;
        """
}
