/// Why a guest is in the list when the name does not say: the field the query matched.
public enum SearchMatch {
    /// nil when the name (or its reading) matches, or the query is empty.
    public static func field(for query: String, in c: SearchCandidate) -> SearchDetail? {
        let q = SearchKey.of(query)
        guard !q.isEmpty else { return nil }
        let keys = [q] + SearchKey.typingAlternatives(query)
        func holds(_ text: String?) -> Bool {
            guard let text, !text.isEmpty else { return false }
            let k = SearchKey.of(text)
            return keys.contains { k.contains($0) }
        }
        let name = c.givenName + " " + c.familyName
        if SearchKey.readings(of: name).contains(where: { k in keys.contains { k.contains($0) } }) || holds(c.nameReading) {
            return nil
        }
        if let room = c.room, room.lowercased() == query.trimmingSpaces.lowercased() { return .room(room) }
        let digits = SearchFolding.digits(query)
        if digits.count >= 3, !query.contains(where: \.isLetter),
           let phone = c.phone, SearchFolding.digits(phone).contains(digits), let masked = Masking.phone(phone) {
            return .phone(masked)
        }
        if let loyalty = c.loyaltyNumber {
            let compact = SearchKey.of(loyalty).replacingOccurrences(of: " ", with: "")
            if compact.contains(q.replacingOccurrences(of: " ", with: "")) { return .loyalty(loyalty) }
        }
        if holds(c.email), let masked = c.email.flatMap(Masking.email) { return .email(masked) }
        if holds(c.company), let company = c.company { return .company(company) }
        return nil
    }
}
