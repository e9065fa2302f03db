/// The search index in one spelling whatever the romanisation scheme, each name under every
/// reading its script leaves open. Listed in `Migrations.all`; never edit it once shipped.
extension Migrations {
    /// Rebuilds guest_tokens and guest_search for every guest with frontdesk's own functions
    /// (`SearchFunctions`, registered on every connection), in this migration's transaction.
    /// The guests' rows, and their search_key (by which duplicates are found), do not change.
    static let searchKeysAcrossScripts = """
        DELETE FROM guest_tokens;
        INSERT INTO guest_search (guest_search) VALUES ('delete-all');
        CREATE TEMP TABLE search_rebuild AS
            SELECT id,
                   frontdesk_search_tokens(given, family, language, email, phone, loyalty, company, reading) AS tokens,
                   frontdesk_search_text(given, family, language, email, phone, loyalty, company, reading) AS text
            FROM guests;
        INSERT INTO guest_tokens (token, guest_id)
            SELECT DISTINCT j.value, r.id FROM search_rebuild r, json_each(r.tokens) j;
        INSERT INTO guest_search (rowid, text) SELECT id, text FROM search_rebuild WHERE text <> '';
        DROP TABLE search_rebuild;
        INSERT INTO guest_search (guest_search) VALUES ('optimize');
        """
}
