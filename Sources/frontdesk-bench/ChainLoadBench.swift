import Foundation
import FrontDeskCore
import FrontDeskStores

/// A chain's busy hour on one PostgreSQL database: properties × terminals, one connection each, for a
/// fixed time, each terminal searching, saving a preference and adding a complaint entry as desks
/// do. Every acknowledged write is counted, then looked for in the database afterwards.
struct ChainLoadFigures {
    var search = Samples()
    var save = Samples()
    var entry = Samples()
    var errors: [String] = []
    var acknowledged = 0
    var savedPreferences: [Int64] = []
    var found = 0
    var seconds = 0.0
    var terminals = 0
    var pauseMilliseconds = 0
}

enum ChainLoadBench {
    /// Each terminal pauses about `pauseMilliseconds` (half to one and a half times it) between
    /// operations: a desk's pace, keys of a search and now and then a save, not a tight loop.
    static func run(location: StoreLocation, opening: StoreOpeningOptions, properties: Int, terminals: Int, seconds: Double, pauseMilliseconds: Int,
                    queries: [String], guests: Int, tag: String) throws -> ChainLoadFigures {
        // One guest and one open complaint per property to add entries to.
        let setup = try Stores.open(location)
        var opened: [Int64] = []
        for p in 0..<properties {
            let actor = Actor(login: "bench", property: code(p), terminal: "bench")
            let guestID = Int64(1 + p * 997 % guests)
            opened.append(try setup.logComplaint(NewComplaint(guestID: guestID, category: .other, summary: "chain load \(tag)"),
                                                     policy: FollowUpPolicy(), by: actor).id)
        }
        setup.close()
        let complaints = opened

        let collected = Collected()
        collected.figures.terminals = properties * terminals
        collected.figures.pauseMilliseconds = pauseMilliseconds
        let deadline = Stopwatch.nanoseconds() + UInt64(seconds * 1e9)
        let started = Stopwatch.nanoseconds()
        // A thread per terminal, as each desk is a process of its own waiting on its own connection
        // (concurrentPerform would run only as many at once as there are cores).
        let finished = DispatchGroup()
        for n in 0..<(properties * terminals) {
            finished.enter()
            let thread = Thread { terminal(n) }
            thread.stackSize = 1 << 20
            thread.start()
        }
        finished.wait()

        @Sendable func terminal(_ n: Int) {
            defer { finished.leave() }
            let property = n / terminals
            let actor = Actor(login: "bench", property: code(property), terminal: "load-\(n)")
            var local = ChainLoadFigures()
            var generator = SystemRandomNumberGenerator()
            do {
                let store = try Stores.open(location, opening)
                defer { store.close() }
                var i = 0
                while Stopwatch.nanoseconds() < deadline {
                    i += 1
                    let roll = Int.random(in: 0..<10, using: &generator)
                    do {
                        if roll < 6 {
                            let q = queries[(n * 31 + i) % queries.count]
                            local.search.add(try Stopwatch.time { try store.searchGuests(q, limit: 20) }.ms)
                        } else if roll < 9 {
                            let guestID = Int64.random(in: 1...Int64(guests), using: &generator)
                            let note = NewPreference(guestID: guestID, category: .other, detail: "chain load \(tag) \(n)-\(i)")
                            let (id, ms) = try Stopwatch.time { try store.recordPreference(note, by: actor) }
                            local.save.add(ms)
                            local.savedPreferences.append(id)
                            local.acknowledged += 1
                        } else {
                            let complaint = complaints[property]
                            local.entry.add(try Stopwatch.time {
                                try store.addEntry(complaintID: complaint, kind: .actionTaken, text: "chain load \(tag) \(n)-\(i)",
                                                   newOwner: nil, compensation: nil, policy: FollowUpPolicy(), by: actor) { _ in }
                            }.ms)
                            local.acknowledged += 1
                        }
                    } catch {
                        local.errors.append("\(error)")
                    }
                    if pauseMilliseconds > 0 {
                        usleep(UInt32(pauseMilliseconds * 1000 / 2 + Int.random(in: 0...(pauseMilliseconds * 1000), using: &generator)))
                    }
                }
            } catch {
                local.errors.append("terminal \(n): \(error)")
            }
            collected.lock.withLock {
                var figures = collected.figures
                defer { collected.figures = figures }
                for v in local.search.values { figures.search.add(v) }
                for v in local.save.values { figures.save.add(v) }
                for v in local.entry.values { figures.entry.add(v) }
                figures.errors += local.errors
                figures.acknowledged += local.acknowledged
                figures.savedPreferences += local.savedPreferences
            }
        }
        var figures = collected.figures
        figures.seconds = Stopwatch.seconds(since: started)

        // Every acknowledged write is there.
        let check = try Stores.open(location)
        defer { check.close() }
        for id in figures.savedPreferences where try check.preference(id: id)?.detail.hasPrefix("chain load \(tag) ") == true {
            figures.found += 1
        }
        for complaint in complaints {
            figures.found += try check.entries(complaintID: complaint).filter { $0.text.hasPrefix("chain load \(tag) ") }.count
        }
        return figures
    }

    static func report(_ f: ChainLoadFigures) -> String {
        let rate = { (s: Samples) in String(format: "%.0f/s", Double(s.count) / max(f.seconds, 0.001)) }
        var out = ["### Chain load: \(f.terminals) terminals (one connection each) for \(String(format: "%.0f", f.seconds)) s", "",
                   "Each terminal searches (6 in 10 operations), saves a preference (3 in 10) or adds a complaint entry (1 in 10), "
                   + "pausing about \(f.pauseMilliseconds) ms between operations.", "",
                   Report.row("Operation", "Done", "Rate", "Median", "p99", "Target", "OK"),
                   Report.row("---", "---:", "---:", "---:", "---:", "---", "---"),
                   Report.row("Search (4 characters)", String(f.search.count), rate(f.search), Report.ms(f.search.median),
                              Report.ms(f.search.p99), "", ""),
                   Report.row("Preference save", String(f.save.count), rate(f.save), Report.ms(f.save.median), Report.ms(f.save.p99),
                              "≤ 50 ms", Report.ok(f.save.p99, 50)),
                   Report.row("Complaint entry", String(f.entry.count), rate(f.entry), Report.ms(f.entry.median), Report.ms(f.entry.p99),
                              "", "")]
        out.append("")
        out.append("Errors: \(f.errors.count) (target 0)\(f.errors.isEmpty ? "" : ", first: " + f.errors[0]). "
                   + "Acknowledged writes: \(f.acknowledged); found in the database afterwards: \(f.found) "
                   + (f.found == f.acknowledged ? "(none lost)." : "(**\(f.acknowledged - f.found) lost**)."))
        return out.joined(separator: "\n")
    }

    static func code(_ p: Int) -> String { String(format: "P%02d", p + 1) }

    /// What the terminals add up, under its lock.
    private final class Collected: @unchecked Sendable {
        let lock = NSLock()
        var figures = ChainLoadFigures()
    }
}
