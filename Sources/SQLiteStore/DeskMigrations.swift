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
}
