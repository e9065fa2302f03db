import Foundation
import FrontDeskCore

/// Search as you type. Every stage is an index range read with a LIMIT, so a one-letter
/// query costs the same at a million guests as at a hundred: nothing sorts all matches.
extension SQLGuestStore {
    public func searchGuests(_ query: String, limit: Int) throws -> GuestSearchOutcome {
        let q = SearchKey.of(query)
        guard !q.isEmpty, limit > 0 else { return GuestSearchOutcome(results: []) }
        var keys = [q]
        // "+1 (415) 555-0134" keys as "1 415 555 0134"; the phone is indexed as its digits.
        let digits = SearchFolding.digits(query)
        let digitsOnly = !digits.isEmpty && !query.contains(where: \.isLetter)
        if digitsOnly && digits != q { keys.append(digits) }
        // Without letters, only the digits can be a substring of anything indexed (phone digits).
        let substringKeys = digitsOnly ? [digits] : keys
        // What the word being typed may turn into ("ark" on its way to "arkh"): by prefix only.
        let prefixKeys = keys + (digitsOnly ? [] : SearchKey.typingAlternatives(query))

        return try db.read {
            var picked = PickedGuests(limit: limit)
            if let room = Self.roomNumber(in: query) { picked.add(try inHouseGuests(room: room, limit: limit)) }
            var tokenHits = Set<String>()
            for key in keys where !picked.isFull {
                let hits = try exactMatches(key, limit: limit)
                if !hits.isEmpty { tokenHits.insert(key) }
                picked.add(hits)
            }
            for key in prefixKeys where !picked.isFull {
                if try addPrefixMatches(key, to: &picked) { tokenHits.insert(key) }
            }
            for key in substringKeys where !picked.isFull && key.count >= 3 {
                // A whole identifier (loyalty card, phone number) that matched as a token is the answer.
                // Its digits share trigrams with a large part of the hotel, so the substring stage would
                // be the slowest part of the search while adding only noise.
                if tokenHits.contains(key) && Self.isIdentifier(key) { continue }
                picked.add(try substringMatches(key, limit: limit))
            }
            let results = try searchResults(for: picked.ids, query: query)
            if results.isEmpty && q.count >= 3 {
                return GuestSearchOutcome(results: [], suggestions: try suggestions(for: q))
            }
            return GuestSearchOutcome(results: results)
        }
    }

    /// "1204", "12A", "B-07": short, one word, with a digit.
    static func roomNumber(in query: String) -> String? {
        let t = query.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.count <= 8, t.contains(where: \.isNumber),
              t.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" })
        else { return nil }
        return t.lowercased()
    }

    /// One word of 7+ characters with a digit: "fd40004241", "14155550134".
    static func isIdentifier(_ key: String) -> Bool {
        key.count >= 7 && !key.contains(" ") && key.contains(where: \.isNumber)
    }

    private func inHouseGuests(room: String, limit: Int) throws -> [Int64] {
        try db.query("""
            SELECT guest_id FROM stays WHERE lower(room) = ? AND status = 'in-house' ORDER BY guest_id LIMIT ?
            """, [.text(room), .int(Int64(limit))]) { $0.int(0) }
    }

    private func exactMatches(_ key: String, limit: Int) throws -> [Int64] {
        try db.query("SELECT guest_id FROM guest_tokens WHERE token = ? ORDER BY guest_id LIMIT ?",
                     [.text(key), .int(Int64(limit))]) { $0.int(0) }
    }

    /// Tokens starting with the key, in token order. A guest has several tokens, so rows are
    /// read in bounded pages (keyset, never OFFSET) until enough distinct guests are found.
    /// Returns whether any token matched.
    @discardableResult
    private func addPrefixMatches(_ key: String, to picked: inout PickedGuests) throws -> Bool {
        // U+10FFFF sorts after every character in SQLite's byte-wise comparison of UTF-8.
        let upper = key + "\u{10FFFF}"
        let page = min(picked.limit, 1000) * 2 + 8
        var after: (token: String, guestID: Int64)?
        var matched = false
        while !picked.isFull {
            let rows: [(String, Int64)]
            if let after {
                rows = try db.query("""
                    SELECT token, guest_id FROM guest_tokens
                    WHERE token >= ? AND token < ? AND (token, guest_id) > (?, ?)
                    ORDER BY token, guest_id LIMIT ?
                    """, [.text(key), .text(upper), .text(after.token), .int(after.guestID), .int(Int64(page))]) {
                    ($0.text(0), $0.int(1))
                }
            } else {
                rows = try db.query("""
                    SELECT token, guest_id FROM guest_tokens
                    WHERE token >= ? AND token < ? ORDER BY token, guest_id LIMIT ?
                    """, [.text(key), .text(upper), .int(Int64(page))]) { ($0.text(0), $0.int(1)) }
            }
            matched = matched || !rows.isEmpty
            picked.add(rows.map(\.1))
            guard rows.count == page, let last = rows.last else { return matched }
            after = last
        }
        return matched
    }

    /// Substrings anywhere in the folded text, through the trigram index, in guest id order.
    private func substringMatches(_ key: String, limit: Int) throws -> [Int64] {
        try db.guestsContaining(key, limit: limit)
    }

    /// Indexed tokens one edit away from the query, the most common first. For several words, also
    /// the query with its last word respelt ("jose garsia" → "jose garcia"); only when neither finds
    /// anything, the last word's close spellings alone ("maria garsia" → "garcia").
    func suggestions(for q: String, limit: Int = 5) throws -> [String] {
        // Variants grow with the length; a query this long is pasted, not misspelt.
        guard q.count <= 40 else { return [] }
        var whole = SpellingVariants.oneEditAway(q)
        var lastWord = Set<String>()
        let words = q.split(separator: " ")
        if words.count > 1, let last = words.last {
            let rest = words.dropLast().joined(separator: " ")
            lastWord = SpellingVariants.oneEditAway(String(last))
            whole.formUnion(lastWord.map { rest + " " + $0 })
        }
        var found = try existingTokens(among: whole)
        if found.isEmpty { found = try existingTokens(among: lastWord) }
        return try found.prefix(limit).map(spelling)
    }

    /// A key as a guest's name spells it ("iose garcia" → "jose garcia"): the words of a guest
    /// who has the key, folded but not keyed; a word none of them gives stays as it is.
    private func spelling(of key: String) throws -> String {
        let words = try db.first("""
            SELECT g.given, g.family, g.reading FROM guest_tokens t JOIN guests g ON g.id = t.guest_id
            WHERE t.token = ? LIMIT 1
            """, [.text(key)]) { row in
            [row.text(0), row.text(1), row.optionalText(2) ?? ""].flatMap { LatinReading.words(of: $0) }
        } ?? []
        return key.split(separator: " ").map { word in
            words.first { SearchKey.of($0) == word } ?? String(word)
        }.joined(separator: " ")
    }

    /// The candidates that are indexed tokens, most guests first (counted up to a cap), then alphabetical.
    private func existingTokens(among candidates: Set<String>) throws -> [String] {
        guard !candidates.isEmpty else { return [] }
        // One statement for the whole batch: the candidates travel as a JSON array.
        let existing = try db.query("""
            SELECT DISTINCT token FROM guest_tokens WHERE token IN (\(db.textsOfList))
            """, [SQLValue.jsonList(candidates)]) { $0.text(0) }
        var counted: [(token: String, guests: Int64)] = []
        for token in existing.prefix(50) {
            // Capped: "most common first" must not count every García of a million guests.
            let guests = try db.int("SELECT count(*) FROM (SELECT 1 FROM guest_tokens WHERE token = ? LIMIT 1000) AS holders",
                                    [.text(token)])
            counted.append((token, guests))
        }
        counted.sort { $0.guests != $1.guests ? $0.guests > $1.guests : $0.token < $1.token }
        return counted.map(\.token)
    }

    /// `GuestProfile.alerts` as SQL, built from the core's own definitions (which categories always
    /// alert, which stays still hold their one-off choices); the store contract pins the two together.
    static let alertCondition = """
        (p.critical = 1 OR p.category IN (\(sqlList(PreferenceCategory.allCases.filter(\.isAlwaysAlert).map(\.rawValue)))))
        AND NOT EXISTS (SELECT 1 FROM preference_events e WHERE e.preference_id = p.id AND e.kind = 'retired')
        AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.id = p.stay_id AND p.scope = '\(PreferenceScope.thisStay.rawValue)'
                        AND s.status NOT IN (\(sqlList(StayStatus.allCases.filter(\.holdsOneOffChoices).map(\.rawValue)))))
        """

    static func sqlList(_ words: [String]) -> String { words.map { "'\($0)'" }.joined(separator: ", ") }

    /// Rows for the list, in the given order, as the core makes them from what is read here;
    /// room, last stay and alert are looked up for these guests only.
    func searchResults(for ids: [Int64], query: String = "") throws -> [GuestSearchResult] {
        guard !ids.isEmpty else { return [] }
        let query = SearchQuery(query)
        // A merged profile's name and numbers still find the guest: as its survivor, listed once.
        // A retired profile is found by no search.
        let survivors = try survivingIDs(ids)
        let retired = try retirements(of: survivors)
        let ids = survivors.filter { retired[$0] == nil }
        let idList: [SQLValue] = [SQLValue.jsonList(ids)]
        var rooms: [Int64: String] = [:]
        try db.each("""
            SELECT guest_id, room FROM stays
            WHERE guest_id IN (\(db.idsOfList)) AND status = 'in-house' ORDER BY id
            """, idList) { row in
            if rooms[row.int(0)] == nil { rooms[row.int(0)] = row.text(1) }
        }
        // The stay begun last: its arrival and hotel tell two guests of one name apart.
        var lastStays: [Int64: (day: Day, property: String)] = [:]
        try db.each("""
            SELECT s.guest_id, s.arrival, s.property FROM stays s
            WHERE s.guest_id IN (\(db.idsOfList)) AND s.status IN ('in-house', 'departed')
              AND s.arrival = (SELECT max(arrival) FROM stays WHERE guest_id = s.guest_id AND status IN ('in-house', 'departed'))
            ORDER BY s.id
            """, idList) { row in
            if let day = Day(row.text(1)) { lastStays[row.int(0)] = (day, row.text(2)) }
        }
        // Each guest with an alert, and whether any of them is not a sensitive fact.
        var alerted: [Int64: Bool] = [:]
        try db.each("""
            SELECT p.guest_id, max(CASE WHEN p.category NOT IN (\(Self.sqlList(PreferenceCategory.allCases.filter(\.isSensitive).map(\.rawValue)))) THEN 1 ELSE 0 END)
            FROM preferences p
            WHERE p.guest_id IN (\(db.idsOfList)) AND \(Self.alertCondition)
            GROUP BY p.guest_id
            """, idList) { row in alerted[row.int(0)] = row.int(1) != 0 }
        var rows: [Int64: GuestSearchResult] = [:]
        try db.each("""
            SELECT id, given, family, vip, loyalty, language, reading, email, phone, company, birth_date, latin_name, search_key
            FROM guests WHERE id IN (\(db.idsOfList))
            """, idList) { row in
            let id = row.int(0)
            let candidate = SearchCandidate(
                guestID: id, givenName: row.text(1), familyName: row.text(2), language: row.text(5),
                nameReading: row.optionalText(6), latinName: row.optionalText(11),
                foldedName: row.optionalText(12),
                vip: try decode(VIPLevel(rawValue: Int(row.int(3))), row.int(3), "VIP level", "guest #\(id)"),
                loyaltyNumber: row.optionalText(4), email: row.optionalText(7), phone: row.optionalText(8),
                company: row.optionalText(9), birthDate: row.optionalText(10).flatMap(Day.init),
                room: rooms[id], lastStay: lastStays[id], hasAlert: alerted[id] != nil,
                alertsAreSensitive: alerted[id] == false)
            rows[id] = GuestSearchResult(candidate, query: query)
        }
        return ids.compactMap { rows[$0] }
    }
}
