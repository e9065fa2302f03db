/// A query's keys, made once per search rather than once per row.
public struct SearchQuery: Sendable {
    public let text: String
    /// The query's key and the keys of what its last word may be on its way to.
    let keys: [String]
    let digits: String
    /// As a room number is compared, and the key without spaces, as a loyalty number is.
    let room: String, compactKey: String

    public init(_ text: String) {
        self.text = text
        let key = SearchKey.of(text)
        keys = key.isEmpty ? [] : [key] + SearchKey.typingAlternatives(text)
        digits = SearchFolding.digits(text)
        room = text.trimmingSpaces.lowercased()
        compactKey = key.filter { $0 != " " }
    }
}

/// Why a guest is in the list when the name does not say: the field the query matched.
public enum SearchMatch {
    /// nil when the name (or its reading) matches, or the query is empty.
    public static func field(for query: SearchQuery, in c: SearchCandidate) -> SearchDetail? {
        guard let key = query.keys.first, let field = otherField(query, key, c) else { return nil }
        // Only now the name, whose keys cost a transliteration: most rows are found by name and match no field.
        let name = c.givenName + " " + c.familyName
        let nameKeys = keys(ofName: name, c)
        if nameKeys.contains(where: { k in query.keys.contains { Self.contains(k, $0) } }) || holds(c.nameReading, query) {
            return nil
        }
        return field
    }

    /// The name's keys, the cheapest way: a name only ICU reads (Chinese, kana…) by the Latin letters
    /// kept with it (ICU costs a tenth of a millisecond a call); a Latin name by its kept fold (the
    /// key of Latin text is its fold respelt); other scripts by frontdesk's own tables.
    static func keys(ofName name: String, _ c: SearchCandidate) -> [String] {
        if Transliteration.needsICU(name) { return [c.latinName.map(SearchKey.of) ?? ""] }
        if let folded = c.foldedName, !name.unicodeScalars.contains(where: { Transliteration.isHandled($0.value) }) {
            return [CanonicalSpelling.key(folded)]
        }
        return SearchKey.readings(of: name)
    }

    static func holds(_ text: String?, _ query: SearchQuery) -> Bool {
        guard let text, !text.isEmpty else { return false }
        let k = SearchKey.of(text)
        return query.keys.contains { Self.contains(k, $0) }
    }

    /// Whether `needle` occurs in `text`, byte by byte: keys are plain, and Foundation's
    /// `contains` costs more than the rest of a row.
    static func contains(_ text: String, _ needle: String) -> Bool {
        let t = Array(text.utf8), n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard n.count <= t.count else { return false }
        for i in 0...(t.count - n.count) where t[i] == n[0] {
            var j = 1
            while j < n.count && t[i + j] == n[j] { j += 1 }
            if j == n.count { return true }
        }
        return false
    }

    static func otherField(_ query: SearchQuery, _ key: String, _ c: SearchCandidate) -> SearchDetail? {
        if let room = c.room, room.lowercased() == query.room { return .room(room) }
        if query.digits.count >= 3, !query.text.contains(where: \.isLetter),
           let phone = c.phone, Self.contains(SearchFolding.digits(phone), query.digits), let masked = Masking.phone(phone) {
            return .phone(masked)
        }
        if let loyalty = c.loyaltyNumber {
            if !query.compactKey.isEmpty && Self.contains(SearchKey.of(loyalty).filter({ $0 != " " }), query.compactKey) {
                return .loyalty(loyalty)
            }
        }
        if holds(c.email, query), let masked = c.email.flatMap(Masking.email) { return .email(masked) }
        if holds(c.company, query), let company = c.company { return .company(company) }
        return nil
    }
}
