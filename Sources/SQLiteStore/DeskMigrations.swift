import SQLStore
/// Migrations from 8 on: what the desk learned to do after recognition.
/// Listed in order in `Migrations.all`; never edit one that has shipped.
extension Migrations {
    /// Settings of the database itself, as a history (the latest of each name applies): the property
    /// a single hotel's file was made for, which a session works at when none is named.
    static let databaseSettings = """
        CREATE TABLE database_settings (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX database_settings_latest ON database_settings(name, id);
        CREATE TRIGGER database_settings_append_only_update BEFORE UPDATE ON database_settings
            BEGIN SELECT RAISE(ABORT, 'database settings are a history: add a row'); END;
        CREATE TRIGGER database_settings_append_only_delete BEFORE DELETE ON database_settings
            BEGIN SELECT RAISE(ABORT, 'database settings are a history: add a row'); END;
        """

    /// Departments: each preference names who acts on it (NULL for one recorded before: its words
    /// and category decide), a property may add departments of its own, and traces give a
    /// department a to-do about a guest, done once and signed.
    static let departmentsAndTraces = """
        ALTER TABLE preferences ADD COLUMN department TEXT;

        CREATE TABLE departments (
            id INTEGER PRIMARY KEY,
            property TEXT NOT NULL,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            terminal TEXT NOT NULL,
            UNIQUE (property, code)
        );

        CREATE TABLE traces (
            id INTEGER PRIMARY KEY,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            property TEXT NOT NULL,
            department TEXT NOT NULL,
            room TEXT NOT NULL,
            due REAL NOT NULL,
            text TEXT NOT NULL,
            complaint_id INTEGER REFERENCES complaints(id),
            created_by TEXT NOT NULL,
            created_at REAL NOT NULL,
            created_property TEXT NOT NULL,
            created_terminal TEXT NOT NULL,
            done_by TEXT,
            done_at REAL,
            done_property TEXT,
            done_terminal TEXT,
            CHECK ((done_by IS NULL) = (done_at IS NULL))
        );
        -- A department's worklist: a property's traces by department, soonest due first.
        CREATE INDEX traces_worklist ON traces(property, department, due);
        CREATE INDEX traces_by_guest ON traces(guest_id);
        CREATE INDEX traces_by_complaint ON traces(complaint_id);

        -- What was asked stays as it was asked; done is signed once. A merge may move the guest.
        CREATE TRIGGER traces_words_kept BEFORE UPDATE OF property, department, room, due, text, complaint_id,
                created_by, created_at, created_property, created_terminal ON traces
            BEGIN SELECT RAISE(ABORT, 'a trace is kept as it was made: add another'); END;
        CREATE TRIGGER traces_done_once BEFORE UPDATE OF done_by, done_at, done_property, done_terminal ON traces
            WHEN OLD.done_at IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'a trace is done once'); END;
        CREATE TRIGGER traces_not_deleted BEFORE DELETE ON traces
            BEGIN SELECT RAISE(ABORT, 'traces are never deleted: mark one done'); END;
        """

    /// A profile's own details are corrected in place, each change kept here; a profile made by
    /// mistake is retired, never deleted, and can be reinstated. Erasing a guest on request (not
    /// built yet) will have to pass these triggers, as it will the preference history's.
    static let guestHistory = """
        CREATE TABLE guest_changes (
            id INTEGER PRIMARY KEY,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            field TEXT NOT NULL,
            old TEXT,
            new TEXT,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX guest_changes_by_guest ON guest_changes(guest_id, id);
        CREATE TRIGGER guest_changes_not_edited BEFORE UPDATE ON guest_changes
            BEGIN SELECT RAISE(ABORT, 'a profile''s history is never rewritten'); END;
        CREATE TRIGGER guest_changes_not_deleted BEFORE DELETE ON guest_changes
            BEGIN SELECT RAISE(ABORT, 'a profile''s history is never rewritten'); END;

        -- Retired and reinstated, as a history; guests.retired holds the latest for the search's sake.
        ALTER TABLE guests ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE guest_retirements (
            id INTEGER PRIMARY KEY,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            action TEXT NOT NULL CHECK (action IN ('retired', 'reinstated')),
            reason TEXT NOT NULL,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX guest_retirements_by_guest ON guest_retirements(guest_id, id);
        CREATE TRIGGER guest_retirements_kept BEFORE UPDATE ON guest_retirements
            BEGIN SELECT RAISE(ABORT, 'a retirement is kept as it was made: reinstate the profile instead'); END;
        CREATE TRIGGER guest_retirements_not_deleted BEFORE DELETE ON guest_retirements
            BEGIN SELECT RAISE(ABORT, 'a retirement is kept as it was made: reinstate the profile instead'); END;
        CREATE TRIGGER guests_not_deleted BEFORE DELETE ON guests
            BEGIN SELECT RAISE(ABORT, 'guests are never deleted: retire the profile instead'); END;
        """

    /// A half-written complaint form, kept when the console had to close: scratch space, not history.
    /// Some files have the table from before it had a migration of its own.
    static let complaintDrafts = """
        CREATE TABLE IF NOT EXISTS complaint_drafts (
            login TEXT NOT NULL,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            payload TEXT NOT NULL,
            saved_at REAL NOT NULL,
            PRIMARY KEY (login, guest_id)
        ) WITHOUT ROWID;
        """

    /// The chain's PIN length ('pin-digits' in database_settings) needs nothing new in a file; the
    /// chain database lets every hotel read it. Kept so both stores number their schemas alike.
    static let chainPINLength = """
        SELECT 1;
        """

    /// Sensitive facts read out on purpose (`--include-sensitive`): who, when, where, about what.
    /// An append-only part of the audit trail, as refusals are.
    static let sensitiveReads = """
        CREATE TABLE sensitive_reads (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            login TEXT NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL
        );
        CREATE INDEX sensitive_reads_by_time ON sensitive_reads(at);
        CREATE TRIGGER sensitive_reads_append_only_update BEFORE UPDATE ON sensitive_reads
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER sensitive_reads_append_only_delete BEFORE DELETE ON sensitive_reads
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        """

    /// The number a property-management system gives a guest, kept when guests are imported so a
    /// later import of the same profile updates it; one guest per number.
    static let externalIDs = """
        ALTER TABLE guests ADD COLUMN external_id TEXT;
        CREATE UNIQUE INDEX guests_by_external_id ON guests(external_id) WHERE external_id IS NOT NULL;
        """

    /// Erasing a guest on request, the one way personal data leaves for good: the history's
    /// triggers let it through while `erasure_in_progress` has a row, which only the erasing
    /// transaction writes and sees (`SQLGuestStore.eraseGuest`); the erasure itself is kept.
    static let erasures = """
        CREATE TABLE erasure_in_progress (guest_id INTEGER NOT NULL);
        CREATE TABLE guest_erasures (
            id INTEGER PRIMARY KEY,
            guest_id INTEGER NOT NULL REFERENCES guests(id),
            reason TEXT NOT NULL,
            login TEXT NOT NULL,
            at REAL NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE TRIGGER guest_erasures_append_only_update BEFORE UPDATE ON guest_erasures
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER guest_erasures_append_only_delete BEFORE DELETE ON guest_erasures
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        \(erasable("preferences_not_deleted", "BEFORE DELETE ON preferences", "preferences are never deleted: retire one with a reason"))
        \(erasable("preferences_not_edited", "BEFORE UPDATE OF id, category, detail, level, scope, source, critical, stay_id, recorded_by, recorded_at, recorded_property, recorded_terminal, only_property, consent ON preferences", "preferences are never edited: retire one and record a new one"))
        \(erasable("preference_events_not_edited", "BEFORE UPDATE ON preference_events", "preference history is append-only"))
        \(erasable("preference_events_not_deleted", "BEFORE DELETE ON preference_events", "preference history is append-only"))
        \(erasable("complaint_entries_not_edited", "BEFORE UPDATE ON complaint_entries", "complaint entries are never edited: add a correcting entry"))
        \(erasable("guest_flags_append_only_update", "BEFORE UPDATE OF id, flag, action, reason, login, at, property, terminal ON guest_flags", "flag history is append-only"))
        \(erasable("traces_words_kept", "BEFORE UPDATE OF property, department, room, due, text, complaint_id, created_by, created_at, created_property, created_terminal ON traces", "a trace is kept as it was made: add another"))
        \(erasable("guest_changes_not_deleted", "BEFORE DELETE ON guest_changes", "a profile''s history is never rewritten"))
        \(erasable("guest_retirements_kept", "BEFORE UPDATE ON guest_retirements", "a retirement is kept as it was made: reinstate the profile instead"))
        """

    /// A trigger made again as it was, except while an erasure is in progress.
    static func erasable(_ name: String, _ event: String, _ message: String) -> String {
        """
        DROP TRIGGER \(name);
        CREATE TRIGGER \(name) \(event) WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
        """
    }
}
