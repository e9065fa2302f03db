import Foundation

/// Everything one run measured.
struct BenchResults {
    var recall: RecallBench.Figures
    var options: BenchOptions
    var data: String
    var store: StoreFigures
    var console: ConsoleFigures
    var keystrokes: KeystrokeFigures
    var naive: [Int: Samples]
    var tunedScan: [Int: Samples]
    var naiveQueries: Int
    /// nil when fzf is not installed.
    var fzf: [Int: Samples]?
    var fzfQueries: Int
    /// nil when the frontdesk binary was not found; the string says why.
    var startup: StartupFigures?
    var startupMissing: String
}

/// The Markdown report: one table of the figures with their targets, one of the comparisons.
enum Report {
    static let frameBudgetMs = 16.0, saveBudgetMs = 5.0, startupBudgetMs = 150.0
    static let bytesBudget = 450.0, memoryBudget = 80.0 * 1_048_576

    static func ms(_ v: Double) -> String { v.isNaN ? "—" : v < 10 ? String(format: "%.2f ms", v) : String(format: "%.1f ms", v) }
    static func bytes(_ v: Double) -> String { v.isNaN ? "—" : String(format: "%.0f B", v) }
    static func mib(_ v: Double) -> String { v.isNaN ? "—" : String(format: "%.1f MB", v / 1_048_576) }
    static func ok(_ value: Double, _ limit: Double) -> String { value.isNaN ? "not measured" : value <= limit ? "yes" : "**NO**" }
    /// 1000000 → "1,000,000".
    static func grouped(_ n: Int) -> String {
        var digits = String(n)
        var groups: [String] = []
        while digits.count > 3 { groups.insert(String(digits.suffix(3)), at: 0); digits.removeLast(3) }
        return ([digits] + groups).joined(separator: ",")
    }
    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
    static func row(_ cells: String...) -> String { "| " + cells.joined(separator: " | ") + " |" }

    static func render(_ r: BenchResults) -> String {
        var out: [String] = []
        let guests = grouped(r.options.guests)
        out.append("## frontdesk-bench: \(guests) guests")
        out.append("")
        out.append("Machine: \(Machine.summary). Run \(Machine.today).  ")
        out.append("Data: \(r.data).  ")
        out.append("Typing: \(r.console.queriesTyped) queries (half family names, a quarter full names, the rest e-mail, phone digits, loyalty numbers) typed into a cleared search box; "
            + "key to frame = `ConsoleApp.handle` (runs the store query) + render 80×24 + curses draw of the changes. Targets are checked against p99.")
        out.append("")
        out.append(row("Metric", "Median", "p99", "Target", "OK"))
        out.append(row("---", "---:", "---:", "---", "---"))
        for n in ConsoleFigures.lengths {
            let s = r.store.search[n] ?? Samples()
            out.append(row("Search, store query, \(n)-char", ms(s.median), ms(s.p99), "", ""))
        }
        for n in ConsoleFigures.lengths {
            let s = r.console.keyToFrame[n] ?? Samples()
            out.append(row("Search, key to frame, \(n)-char", ms(s.median), ms(s.p99), "≤ 16 ms", ok(s.p99, frameBudgetMs)))
        }
        let b = r.console.bytesPerKey
        out.append(row("Bytes to the terminal per search keystroke, all (mean \(bytes(b.mean)))", bytes(b.median), bytes(b.p99),
                       "≤ 450 B", "p99 \(ok(b.p99, bytesBudget)), mean \(ok(b.mean, bytesBudget))"))
        let first = r.console.bytesByLength[1] ?? Samples()
        let later = Samples((2...6).flatMap { r.console.bytesByLength[$0]?.values ?? [] })
        out.append(row("… 1st key: in-house list replaced by results (mean \(bytes(first.mean)))", bytes(first.median), bytes(first.p99), "", ""))
        out.append(row("… keys 2–6 (mean \(bytes(later.mean)))", bytes(later.median), bytes(later.p99), "", ""))
        out.append(row("Profile open, store", ms(r.store.profile.median), ms(r.store.profile.p99), "", ""))
        out.append(row("Profile open, Enter key to frame", ms(r.console.openProfile.median), ms(r.console.openProfile.p99), "", ""))
        out.append(row("Preference save, store (committed, synchronous=FULL)", ms(r.store.save.median), ms(r.store.save.p99),
                       "≤ 5 ms", ok(r.store.save.p99, saveBudgetMs)))
        out.append(row("Preference save, Ctrl-S in the pad, key to frame", ms(r.console.saveInPad.median), ms(r.console.saveInPad.p99), "", ""))
        if let s = r.startup {
            out.append(row("Startup to first frame (`frontdesk --db`, 80×24 pty, \(s.firstFrame.count) runs)",
                           ms(s.firstFrame.median), ms(s.firstFrame.p99), "≤ 150 ms", ok(s.firstFrame.p99, startupBudgetMs)))
            out.append(row("Peak memory, console (VmHWM after a search and a profile; p99 column: max)",
                           mib(s.peakRSS.median), mib(s.peakRSS.max), "≤ 80 MB", ok(s.peakRSS.max, memoryBudget)))
        } else {
            out.append(row("Startup to first frame", "—", "—", "≤ 150 ms", "not measured"))
            out.append(row("Peak memory, console", "—", "—", "≤ 80 MB", "not measured"))
        }
        out.append("")
        out.append(keystrokes(r.keystrokes))
        out.append("")
        out.append(comparisons(r))
        out.append("")
        out.append(RecallBench.report(r.recall))
        out.append("")
        out.append("Benchmark process's own peak RSS, not the console's (it may have built the database, and it reads every guest "
                   + "through the store's memory map and holds every name for the scans): \(mib(Double(Machine.ownPeakRSS))).")
        if r.startup == nil { out.append("Startup and console memory not measured: \(r.startupMissing)") }
        for failure in r.startup?.failures ?? [] { out.append("Startup: \(failure)") }
        if r.console.savesNotConfirmed > 0 {
            out.append("Pad saves that did not show \"Saved to\": \(r.console.savesNotConfirmed) (left out of the figures).")
        }
        return out.joined(separator: "\n")
    }

    /// Keys beyond the words typed, on the console, for guests found by a number that is theirs alone.
    private static func keystrokes(_ k: KeystrokeFigures) -> String {
        func keys(_ v: Double) -> String { v.isNaN ? "—" : String(format: "%.0f", v) }
        var out = [row("Keys beyond the words typed (\(k.preference.count) guests)", "Median", "Max", "Target", "OK"),
                   row("---", "---:", "---:", "---", "---")]
        out.append(row("Search → guest (loyalty number or e-mail) → pad → saved", keys(k.preference.median), keys(k.preference.max),
                       "≤ 4", ok(k.preference.max, 4)))
        out.append(row("Search → guest → complaint logged (category from the words)", keys(k.complaint.median), keys(k.complaint.max),
                       "≤ 5", ok(k.complaint.max, 5)))
        if k.notFound + k.notSaved > 0 {
            out.append("")
            out.append("Not opened: \(k.notFound); not saved: \(k.notSaved).")
        }
        return out.joined(separator: "\n")
    }

    private static func comparisons(_ r: BenchResults) -> String {
        let lengths = [3, 6]
        var out = [row(["Same queries, median (p99)"] + lengths.map { "\($0)-char" } + ["vs store"]),
                   row("---", "---:", "---:", "---")]
        func cells(_ figures: [Int: Samples]) -> [String] {
            lengths.map { n in
                let s = figures[n] ?? Samples()
                return "\(ms(s.median)) (\(ms(s.p99)))"
            }
        }
        func ratios(_ figures: [Int: Samples]) -> String {
            lengths.map { n in
                let ratio = (figures[n]?.median ?? .nan) / (r.store.search[n]?.median ?? .nan)
                return ratio.isNaN ? "—" : String(format: ratio < 10 ? "%.1f×" : "%.0f×", ratio)
            }.joined(separator: " / ")
        }
        out.append(row(["Store query (indexes, \(r.store.search[3]?.count ?? 0) queries)"] + cells(r.store.search) + ["1×"]))
        out.append(row(["Naive scan: `String.contains` over every folded name in memory (\(r.naiveQueries) queries)"]
                       + cells(r.naive) + [ratios(r.naive) + " slower"]))
        out.append(row(["Tuned scan: first byte + `memcmp` over the same names packed in one buffer (\(r.naiveQueries) queries)"]
                       + cells(r.tunedScan) + [ratios(r.tunedScan) + " slower"]))
        if let fzf = r.fzf {
            out.append(row(["`fzf --filter` over the same names, one process per query (\(r.fzfQueries) queries)"]
                           + cells(fzf) + [ratios(fzf) + " slower"]))
        } else {
            out.append(row("fzf: not installed", "—", "—", "—"))
        }
        return out.joined(separator: "\n")
    }
}
