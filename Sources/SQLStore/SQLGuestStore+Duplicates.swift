import Foundation
import FrontDeskCore

/// Finding probable duplicates with the indexes: the name index (guests_by_name) for namesakes and
/// the birth-date index for close spellings. Only guests that could match are read and compared
/// (`DuplicateScoring` decides), so a million guests are never compared pair by pair.
extension SQLGuestStore {
    /// Guests a merge has not absorbed (they are their survivor now) and nobody retired.
    static let standingGuests = """
        NOT EXISTS (SELECT 1 FROM guest_merges m WHERE m.absorbed_id = guests.id)
        AND guests.retired = 0
        """

    public func duplicates(of guestID: Int64) throws -> [DuplicateMatch] {
        try db.read {
            guard let guest = try guest(id: guestID), try retirements(of: [guest.id]).isEmpty else { return [] }
            let me = GuestIdentity(guest)
            let reader = IdentityReader(store: self)
            // Every written form of the name is a search key another profile may have: up to three index probes.
            let forms = Array(me.names.prefix(3))
            let keys = forms + Array(repeating: forms.first ?? "", count: 3 - forms.count)
            // A common name is held by thousands: only namesakes sharing a contact detail are read whole,
            // so opening a Maria García's profile costs what her real duplicates cost.
            let mine = Set(me.contactKeys)
            let sharing = try db.query("""
                SELECT id, loyalty, email, phone, birth_date FROM guests
                WHERE search_key IN (?, ?, ?) AND id <> ? AND \(Self.standingGuests)
                """, keys.map { .text($0) } + [.int(guest.id)]) { row -> Int64? in
                let keys = GuestIdentity.contactKeys(loyalty: row.optionalText(1), email: row.optionalText(2),
                                                     phone: row.optionalText(3), birthDate: row.optionalText(4).flatMap(Day.init))
                return keys.contains(where: mine.contains) ? row.int(0) : nil
            }.compactMap { $0 }
            var others = try sharing.compactMap { id in
                try db.first("SELECT \(IdentityReader.columns) FROM guests WHERE id = ?", [.int(id)], map: reader.identity)
            }
            if let born = guest.birthDate {
                others += try db.query("""
                    SELECT \(IdentityReader.columns) FROM guests WHERE birth_date = ? AND id <> ? AND \(Self.standingGuests)
                    """, [.text(born.description), .int(guest.id)], map: reader.identity)
            }
            var found: [Int64: DuplicateMatch] = [:]
            for other in others {
                if let match = DuplicateScoring.match(me, other) { found[other.guestID] = match }
            }
            return found.values.sorted(by: DuplicateMatch.bestFirst)
        }
    }

    public func duplicateCandidates(limit: Int) throws -> [DuplicateMatch] {
        guard limit > 0 else { return [] }
        let reader = IdentityReader(store: self)
        return try db.read {
            var found: [PairKey: DuplicateMatch] = [:]
            for keys in try namesakeKeyGroups() {
                let namesakes = try db.query("""
                    SELECT \(IdentityReader.columns) FROM guests
                    WHERE search_key IN (\(db.textsOfList)) AND \(Self.standingGuests)
                    """, [SQLValue.jsonList(keys)], map: reader.identity)
                Self.compareSharingContact(namesakes, into: &found)
            }
            var sameDay: [GuestIdentity] = []
            // One pass in birth-date order through the partial index; each day's guests compared among themselves.
            try db.each("""
                SELECT \(IdentityReader.columns) FROM guests
                WHERE birth_date IS NOT NULL AND \(Self.standingGuests) ORDER BY birth_date
                """) { row in
                let guest = try reader.identity(row)
                if guest.birthDate != sameDay.last?.birthDate {
                    Self.compareAll(sameDay, into: &found)
                    sameDay.removeAll(keepingCapacity: true)
                }
                sameDay.append(guest)
            }
            Self.compareAll(sameDay, into: &found)
            return Array(found.values.sorted(by: DuplicateMatch.bestFirst).prefix(limit))
        }
    }

    /// Search keys of namesakes, grouped: a key held by several guests, and keys that are one
    /// name with given and family swapped ("ana lima", "lima ana"). Two passes over the name
    /// index keep only hashes in memory for the many names nobody else has.
    private func namesakeKeyGroups() throws -> [[String]] {
        let distinctKeys = "SELECT search_key, count(*) FROM guests GROUP BY search_key"
        var guestsPerBag: [Int: Int64] = [:]
        try db.each(distinctKeys) { row in
            guestsPerBag[Self.wordBag(row.text(0)).hashValue, default: 0] += row.int(1)
        }
        var groups: [Int: [String]] = [:]
        try db.each(distinctKeys) { row in
            let bag = Self.wordBag(row.text(0)).hashValue
            if (guestsPerBag[bag] ?? 0) > 1 { groups[bag, default: []].append(row.text(0)) }
        }
        return Array(groups.values)
    }

    /// The words of a name in alphabetical order: the same for any order they were typed in.
    static func wordBag(_ key: String) -> String {
        key.split(separator: " ").sorted().joined(separator: " ")
    }

    /// Namesakes are compared only when they share an e-mail, phone, loyalty number or birth date:
    /// a name shared by thousands costs as much as the pairs that could match.
    private static func compareSharingContact(_ guests: [GuestIdentity], into found: inout [PairKey: DuplicateMatch]) {
        var byContact: [GuestIdentity.ContactKey: [Int]] = [:]
        for (index, guest) in guests.enumerated() {
            for key in guest.contactKeys { byContact[key, default: []].append(index) }
        }
        for members in byContact.values where members.count > 1 {
            compareAll(members.map { guests[$0] }, into: &found)
        }
    }

    private static func compareAll(_ guests: [GuestIdentity], into found: inout [PairKey: DuplicateMatch]) {
        guard guests.count > 1 else { return }
        // Borrowed in place: a day's pairs are many, and copying each identity would cost more than comparing it.
        guests.withUnsafeBufferPointer { guests in
            for i in 0..<(guests.count - 1) {
                for j in (i + 1)..<guests.count {
                    if let match = DuplicateScoring.match(guests[i], guests[j]) {
                        found[PairKey(match.olderID, match.newerID)] = match // the same, however the pair was found
                    }
                }
            }
        }
    }
}

/// Reads only what identifies a guest, each name folded once and each birth date parsed once:
/// a common name is held by thousands, and the whole-database search reads every guest with a birth date.
private final class IdentityReader {
    static let columns = "id, given, family, language, loyalty, email, phone, birth_date"
    private let store: SQLGuestStore
    /// Transliteration is the costliest step, and namesakes come together.
    private let memo = FoldMemo()
    private var lastDay: (text: String, day: Day)?

    init(store: SQLGuestStore) { self.store = store }

    func identity(_ row: any SQLRow) throws -> GuestIdentity {
        let id = row.int(0)
        let guest = Guest(id: id, givenName: row.text(1), familyName: row.text(2), language: row.text(3),
                          loyaltyNumber: row.optionalText(4), email: row.optionalText(5), phone: row.optionalText(6),
                          birthDate: try row.optionalText(7).map { try day($0, of: id) }, createdAt: Date(timeIntervalSince1970: 0))
        return GuestIdentity(guest, fold: memo.fold)
    }

    private func day(_ text: String, of id: Int64) throws -> Day {
        if let lastDay, lastDay.text == text { return lastDay.day }
        let day = try store.day(text, "guest #\(id)")
        lastDay = (text, day)
        return day
    }
}

/// Two guests, in either order: one match per pair, however many ways it was found.
struct PairKey: Hashable {
    let low: Int64, high: Int64
    init(_ a: Int64, _ b: Int64) { (low, high) = (min(a, b), max(a, b)) }
}
