import SQLStore
/// The search index in one spelling whatever the romanisation scheme, each name under every
/// reading its script leaves open, and each name in another script kept in Latin letters for
/// the list. Listed in `Migrations.all`; never edit it once shipped.
extension Migrations {
    /// Rebuilds guest_tokens and guest_search for every guest with frontdesk's own functions
    /// (`SearchFunctions`, registered on every connection: one call per guest), in this migration's transaction.
    /// The guests' names, and their search_key (by which duplicates are found), do not change.
    static let searchKeysAcrossScripts = """
        -- LatinReading of the name, made when the guest is written: reading it in the list then costs
        -- nothing, where ICU's Chinese reading takes a tenth of a second to load.
        ALTER TABLE guests ADD COLUMN latin_name TEXT;
        UPDATE guests SET latin_name = frontdesk_latin_name(given, family, language)
            WHERE given || family GLOB '*[^ -~]*';

        -- The trigram table keeps no text of its own and forgets a row only when given back exactly
        -- what it indexed: that text is kept on the guest row, for the day the guest is corrected.
        ALTER TABLE guests ADD COLUMN search_text TEXT;

        DELETE FROM guest_tokens;
        INSERT INTO guest_search (guest_search) VALUES ('delete-all');
        CREATE TEMP TABLE search_rebuild AS
            SELECT id, frontdesk_search_index(given, family, language, email, phone, loyalty, company, reading) AS ix
            FROM guests;
        INSERT INTO guest_tokens (token, guest_id)
            SELECT DISTINCT j.value, r.id FROM search_rebuild r, json_each(r.ix, '$.tokens') j;
        INSERT INTO guest_search (rowid, text)
            SELECT id, json_extract(ix, '$.text') FROM search_rebuild WHERE json_extract(ix, '$.text') <> '';
        UPDATE guests SET search_text = (SELECT json_extract(ix, '$.text') FROM search_rebuild r WHERE r.id = guests.id);
        DROP TABLE search_rebuild;
        INSERT INTO guest_search (guest_search) VALUES ('optimize');
        """
}
