import Foundation
import FrontDeskCore
import FrontDeskUI

/// Keys pressed beyond the words typed, on the real console over the benchmark hotel: from the
/// search to a saved preference and to a logged complaint, for guests found by their loyalty
/// number or e-mail (a number that is theirs alone: which of many namesakes is meant is what the
/// list's details are for).
struct KeystrokeFigures {
    var preference = Samples()
    var complaint = Samples()
    var notFound = 0
    var notSaved = 0
}

final class KeystrokeBench {
    private let app: ConsoleApp
    private let desk: Desk
    private var keys = 0

    init(store: FrontDeskStore) {
        desk = Desk(store: store,
                    member: StaffMember(login: "bench", displayName: "Bench", role: .associate, homeProperty: BenchDatabase.property),
                    actor: Actor(login: "bench", property: BenchDatabase.property, terminal: "bench"), pins: NoPINs())
        app = ConsoleApp(desk: desk)
    }

    private var screen: String { app.render(width: 80, height: 24).text }
    private func press(_ key: Key) { keys += 1; app.handle(key) }
    private func type(_ words: String) { for ch in words { app.handle(.character(ch)) } }

    /// Opens the guest found by `query` from an empty search box, reading any alert box: the keys it took.
    private func open(_ query: String, _ guest: Guest) -> Bool {
        app.handle(.function(2))  // home, as the desk starts: the search box emptied
        app.handle(.escape)
        keys = 0
        type(query)
        press(.enter)
        guard screen.contains(guest.displayName), screen.contains("Guest profile") else { return false }
        if screen.contains("Enter: I have read this") { press(.enter) }
        return true
    }

    func run(store: FrontDeskStore, guests: Int, samples: Int, tag: String) throws -> KeystrokeFigures {
        var figures = KeystrokeFigures()
        var rng = SeededGenerator(seed: 11)
        var done = 0
        while done < samples {
            let id = Int64(rng.next() % UInt64(guests)) + 1
            guard let guest = try store.guest(id: id), let unique = guest.loyaltyNumber ?? guest.email else { continue }
            done += 1
            guard open(unique.lowercased(), guest) else { figures.notFound += 1; continue }
            press(.character("p"))
            type("Bench \(tag) \(done): two extra feather pillows")
            press(.control("s"))
            if screen.contains("Saved to") { figures.preference.add(Double(keys)) } else { figures.notSaved += 1 }

            guard open(unique.lowercased(), guest) else { figures.notFound += 1; continue }
            press(.character("c"))
            type("The TV remote is broken, bench \(tag) \(done)")
            press(.control("s"))
            if screen.contains("Complaint logged") { figures.complaint.add(Double(keys)) } else { figures.notSaved += 1 }
        }
        app.handle(.escape)
        return figures
    }
}
