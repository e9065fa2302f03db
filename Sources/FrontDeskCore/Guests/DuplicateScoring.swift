/// Two guest profiles that are probably one person, and why: shown to a supervisor, who decides.
public struct DuplicateMatch: Sendable, Equatable, Codable {
    /// Ids in creation order: the older profile usually holds the history and survives a merge.
    public var olderID: Int64
    public var newerID: Int64
    /// Short and human: "same name and e-mail", "similar name and same birth date".
    public var reasons: [String]
    /// Higher is surer; lists sort by it, best first.
    public var score: Int

    public init(olderID: Int64, newerID: Int64, reasons: [String], score: Int) {
        self.olderID = min(olderID, newerID)
        self.newerID = max(olderID, newerID)
        self.reasons = reasons
        self.score = score
    }

    /// Best first; equal scores in id order, so a list reads the same every time.
    public static func bestFirst(_ a: DuplicateMatch, _ b: DuplicateMatch) -> Bool {
        (-a.score, a.olderID, a.newerID) < (-b.score, b.olderID, b.newerID)
    }
}

/// The rules that say two profiles are probably one person. A name alone proves nothing (there
/// are many Maria Garcías), so a name must come with something personal:
/// - the same name, given and family swapped included, and a shared e-mail, phone or loyalty number;
/// - the same or a close name (two typing slips at most) and the same birth date.
/// Two different birth dates, both known, mean two people whatever else they share
/// (a father and son of one name share the family's phone).
public enum DuplicateScoring {
    /// A phone shorter than this (an extension, "0") says nothing about who owns it.
    static let minimumPhoneDigits = 6
    /// Typing slips a close name may hold: "Jon Smith", "John Smtih".
    public static let maximumNameEdits = 2

    public static func match(_ a: Guest, _ b: Guest) -> DuplicateMatch? {
        match(GuestIdentity(a), GuestIdentity(b))
    }

    /// The same rules on identities folded once: a store compares each guest with many others.
    public static func match(_ x: GuestIdentity, _ y: GuestIdentity) -> DuplicateMatch? {
        guard x.guestID != y.guestID else { return nil }
        if let dx = x.birthDate, let dy = y.birthDate, dx != dy { return nil }
        let sameName = x.names.contains(where: y.names.contains)
        var reasons: [String] = []
        var score = 0
        if sameName {
            for (shared, what, weight) in [(shared(x.email, y.email), "e-mail", 40),
                                           (shared(x.phone, y.phone), "phone", 30),
                                           (shared(x.loyalty, y.loyalty), "loyalty number", 50)] where shared {
                reasons.append("same name and \(what)")
                score += weight
            }
        }
        if x.birthDate != nil, x.birthDate == y.birthDate {
            let edits = sameName ? 0 : nameEdits(x, y)
            if edits <= maximumNameEdits {
                reasons.append(sameName ? "same name and birth date" : "similar name and same birth date")
                score += 45 - 10 * edits
            }
        }
        guard !reasons.isEmpty else { return nil }
        // An exact name is surer than a close one, whatever came with it.
        score += sameName ? 20 : 0
        return DuplicateMatch(olderID: x.guestID, newerID: y.guestID, reasons: reasons, score: score)
    }

    /// Both known and equal: two missing e-mails are not a shared one.
    static func shared(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return a == b
    }

    /// The fewest slips between any written form of one name and any of the other.
    static func nameEdits(_ x: GuestIdentity, _ y: GuestIdentity) -> Int {
        var best = maximumNameEdits + 1
        let ascii = x.namesAreASCII && y.namesAreASCII
        for (m, mLetters) in zip(x.names, x.nameLetters) {
            for (n, nLetters) in zip(y.names, y.nameLetters) where best > 0 {
                if ascii && (m.utf8.count - n.utf8.count).magnitude > maximumNameEdits { continue }
                // A slip adds or removes at most two of the letters a name is made of: most names of
                // a birthday are told apart here, without measuring the distance.
                if ascii && (mLetters ^ nLetters).nonzeroBitCount > 2 * maximumNameEdits { continue }
                // Folded names are nearly always ASCII: compared in place, byte by byte, without copying.
                let inPlace = ascii ? m.utf8.withContiguousStorageIfAvailable { a in
                    n.utf8.withContiguousStorageIfAvailable { b in editDistance(a, b, limit: maximumNameEdits) }
                } ?? nil : nil
                best = min(best, inPlace ?? editDistance(m, n, limit: maximumNameEdits))
            }
        }
        return best
    }

    /// Damerau–Levenshtein distance (a swap of neighbours is one slip), or `limit + 1` once it
    /// is certain to exceed `limit`.
    public static func editDistance(_ s: String, _ t: String, limit: Int = 1_000) -> Int {
        editDistance(Array(s.unicodeScalars), Array(t.unicodeScalars), limit: limit)
    }

    /// Rows live on the stack and the work stops once every cell exceeds the limit: a store
    /// compares every pair of guests born on one day.
    static func editDistance<C: RandomAccessCollection>(_ a: C, _ b: C, limit: Int) -> Int
    where C.Element: Equatable, C.Index == Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return min(max(a.count, b.count), limit + 1) }
        let (a0, b0) = (a.startIndex, b.startIndex)
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var before = 0, previous = width, current = 2 * width // offsets of rows i-2, i-1, i
            for j in 0..<width { rows[previous + j] = j }
            for i in 1...a.count {
                rows[current] = i
                var rowBest = i
                for j in 1..<width {
                    let cost = a[a0 + i - 1] == b[b0 + j - 1] ? 0 : 1
                    var d = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[a0 + i - 1] == b[b0 + j - 2], a[a0 + i - 2] == b[b0 + j - 1] {
                        d = min(d, rows[before + j - 2] + 1)
                    }
                    rows[current + j] = d
                    rowBest = min(rowBest, d)
                }
                // A later cell costs at least this row's best, or the row before's plus one (a swap),
                // which is no less: past the limit here is past it at the end.
                if rowBest > limit { return limit + 1 }
                (before, previous, current) = (previous, current, before)
            }
            return min(rows[previous + b.count], limit + 1)
        }
    }
}
