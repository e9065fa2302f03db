import Foundation
import FrontDeskCore
import FrontDeskStores

/// The store calls alone, without the console around them.
struct StoreFigures {
    var search: [Int: Samples] = [:]
    var profile = Samples()
    /// Preferences on each profile opened: what "several per guest" came to.
    var preferencesPerProfile = Samples()
    var save = Samples()
}

enum StoreBench {
    static func run(_ store: FrontDeskStore, queries: [String], guests: Int, samples: Int, tag: String) throws -> StoreFigures {
        var figures = StoreFigures()
        // Prepares the statements once, as the console's first keystroke would.
        for q in queries.prefix(10) { _ = try store.searchGuests(q.typed(3), limit: 50) }

        for q in queries {
            for n in ConsoleFigures.lengths {
                let (_, ms) = try Stopwatch.time { try store.searchGuests(q.typed(n), limit: 50) }
                figures.search[n, default: Samples()].add(ms)
            }
        }

        var rng = SeededGenerator(seed: 11)
        for _ in 0..<samples {
            let id = Int64(rng.next() % UInt64(guests)) + 1
            let (profile, ms) = try Stopwatch.time { try store.profile(guestID: id) }
            guard let profile else { throw BenchFailure("guest \(id) is missing from the benchmark database") }
            figures.profile.add(ms)
            figures.preferencesPerProfile.add(Double(profile.preferences.count))
        }

        // Real commits with synchronous=FULL (the store's setting): each one waits for the disk.
        // They add rows to the benchmark database, as saves at the desk would.
        let actor = Actor(login: "bench", property: BenchDatabase.property, terminal: "bench")
        for i in 0..<samples {
            let id = Int64(rng.next() % UInt64(guests)) + 1
            let preference = NewPreference(guestID: id, category: .amenities, detail: "Bench \(tag) save \(i): extra pillows")
            let (_, ms) = try Stopwatch.time { try store.recordPreference(preference, by: actor) }
            figures.save.add(ms)
        }
        return figures
    }
}
