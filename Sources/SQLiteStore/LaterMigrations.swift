import SQLStore
/// Migrations 4 to 6: staff, refusals for the audit trail, and property settings.
/// Listed in order in `Migrations.all`; never edit one that has shipped.
extension Migrations {
    /// Staff who may sign in, and every change made to them (append-only, with who made it).
    static let staffTables = """
        CREATE TABLE staff (
            login TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            home_property TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            pin_hash TEXT
        );
        CREATE TABLE staff_events (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL REFERENCES staff(login),
            event TEXT NOT NULL,
            detail TEXT NOT NULL,
            at REAL NOT NULL,
            by_login TEXT NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE TRIGGER staff_events_append_only_update BEFORE UPDATE ON staff_events
            BEGIN SELECT RAISE(ABORT, 'staff history is append-only'); END;
        CREATE TRIGGER staff_events_append_only_delete BEFORE DELETE ON staff_events
            BEGIN SELECT RAISE(ABORT, 'staff history is append-only'); END;
        CREATE TRIGGER staff_never_deleted BEFORE DELETE ON staff
            BEGIN SELECT RAISE(ABORT, 'staff are disabled, never deleted'); END;
        """
}

extension Migrations {
    /// What staff tried and were not allowed to do: part of the audit trail, never edited.
    static let refusalsTable = """
        CREATE TABLE refusals (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            login TEXT NOT NULL,
            property TEXT NOT NULL,
            terminal TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE INDEX refusals_by_time ON refusals(at);
        CREATE TRIGGER refusals_append_only_update BEFORE UPDATE ON refusals
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER refusals_append_only_delete BEFORE DELETE ON refusals
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        """
}

extension Migrations {
    /// Each property's follow-up minutes and compensation limit, as a history: the latest applies.
    static let propertySettingsTable = """
        CREATE TABLE property_settings (
            id INTEGER PRIMARY KEY,
            property TEXT NOT NULL,
            low_minutes INTEGER NOT NULL,
            medium_minutes INTEGER NOT NULL,
            high_minutes INTEGER NOT NULL,
            limit_minor INTEGER NOT NULL,
            currency TEXT NOT NULL,
            at REAL NOT NULL,
            login TEXT NOT NULL,
            actor_property TEXT NOT NULL,
            terminal TEXT NOT NULL
        );
        CREATE INDEX property_settings_latest ON property_settings(property, id);
        CREATE TRIGGER property_settings_append_only_update BEFORE UPDATE ON property_settings
            BEGIN SELECT RAISE(ABORT, 'settings history is append-only'); END;
        CREATE TRIGGER property_settings_append_only_delete BEFORE DELETE ON property_settings
            BEGIN SELECT RAISE(ABORT, 'settings history is append-only'); END;
        """
}
