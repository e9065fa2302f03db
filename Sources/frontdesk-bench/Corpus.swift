import Foundation
import FrontDeskCore
import FrontDeskStores

/// What the comparisons search and what the associate types, read back from the store.
struct Corpus {
    /// SearchFolding.fold of every guest's display name, in id order: the naive scan's and fzf's haystack.
    let foldedNames: [String]
    /// Realistic queries, each at least six characters long.
    let queries: [String]
    let readSeconds: Double

    static func load(from store: FrontDeskStore, guests: Int, queryCount: Int) throws -> Corpus {
        let started = Stopwatch.nanoseconds()
        var memo: [String: String] = [:]  // demo names repeat; transliteration is slow
        var names: [String] = []
        names.reserveCapacity(guests)
        // A page at a time: one read per guest took half an hour at ten million guests.
        var last: Int64 = 0
        reading: while true {
            let page = try store.guestPage(after: last, limit: 5_000)
            guard let end = page.last?.id else { break }
            for guest in page {
                guard guest.id <= Int64(guests) else { break reading }  // the samples follow the generated guests
                let display = guest.displayName
                if let known = memo[display] {
                    names.append(known)
                } else {
                    let folded = SearchFolding.fold(display)
                    memo[display] = folded
                    names.append(folded)
                }
            }
            last = end
        }
        var rng = SeededGenerator(seed: 7)
        var queries: [String] = []
        while queries.count < queryCount {
            let id = Int64(rng.next() % UInt64(guests)) + 1
            guard let guest = try store.guest(id: id) else { continue }
            let q = query(for: guest, roll: rng.next() % 100)
            if q.count >= 6 { queries.append(q) }
        }
        return Corpus(foldedNames: names, queries: queries, readSeconds: Stopwatch.seconds(since: started))
    }

    /// What an associate types for this guest: mostly the family name, sometimes the whole name,
    /// an e-mail, the phone digits or the loyalty card, in plain ASCII as a keyboard gives it.
    static func query(for guest: Guest, roll: UInt64) -> String {
        let family = SearchFolding.fold(guest.familyName)
        let whole = SearchFolding.fold(guest.givenName + " " + guest.familyName)
        switch roll {
        case 0..<50: return family.count >= 6 ? family : whole
        case 50..<75: return whole
        case 75..<85: return guest.email?.lowercased() ?? whole
        case 85..<95: return guest.phone.map(SearchFolding.digits) ?? whole
        default: return guest.loyaltyNumber?.lowercased() ?? whole
        }
    }
}

extension String {
    /// The first `n` characters, as typed key by key.
    func typed(_ n: Int) -> String { String(prefix(n)) }
}
