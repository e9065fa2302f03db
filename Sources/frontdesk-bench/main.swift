import Foundation
import FrontDeskCore
import FrontDeskStores

/// `swift run -c release frontdesk-bench`: builds (or reuses) a benchmark hotel, measures the
/// console against the targets and prints a Markdown report on standard output.
func benchmark(_ options: BenchOptions) throws -> String {
    if options.importOnly { return try importFigures(options) }
    let theme = try Assets.defaultTheme()
    let opened = try BenchDatabase.open(options)
    let store = opened.store
    let tag = String(Int(Date().timeIntervalSince1970))

    progress("Reading every guest's name and picking \(options.samples) queries …")
    let corpus = try Corpus.load(from: store, guests: options.guests, queryCount: options.samples)
    progress(String(format: "  %.1f s", corpus.readSeconds))

    if options.chainLoadOnly {
        store.close()
        return try chainLoad(options, queries: corpus.queries.map { $0.typed(4) }, tag: tag)
    }

    progress("Store: searches, profile opens, \(options.samples) committed saves …")
    let storeFigures = try StoreBench.run(store, queries: corpus.queries, guests: options.guests,
                                          samples: options.samples, tag: tag)

    progress("Recall: \(RomanisationSamples.all.count) names in \(Set(RomanisationSamples.all.map(\.script)).count) scripts, every spelling …")
    let recall = try RecallBench.run(store, generatedGuests: options.guests)

    progress("Console: typing \(options.samples) queries key by key …")
    let consoleFigures = try ConsoleBench(store: store, theme: theme)
        .run(queries: corpus.queries, pads: min(options.samples, 100), tag: tag)
    progress("Keystrokes: \(min(options.samples, 50)) guests, a preference and a complaint each …")
    let keystrokes = try KeystrokeBench(store: store).run(store: store, guests: options.guests, samples: min(options.samples, 50), tag: tag)
    store.close()

    // A full scan costs a lot per query: a slice of the same queries is enough for a median.
    let naiveQueries = Array(corpus.queries.prefix(min(options.samples, 40)))
    progress("Naive scan: \(naiveQueries.count) queries over \(corpus.foldedNames.count) names …")
    let scan = NaiveScan(names: corpus.foldedNames)
    for q in naiveQueries.prefix(5) where scan.byteSearch(q.typed(3)) != scan.stringSearch(q.typed(3)) {
        throw BenchFailure("the two naive scans disagree on '\(q.typed(3))'")
    }
    let naive = scan.run(queries: naiveQueries, lengths: [3, 6]) { scan.stringSearch($0) }
    let tuned = scan.run(queries: naiveQueries, lengths: [3, 6]) { scan.byteSearch($0) }

    let fzfQueries = Array(corpus.queries.prefix(10))
    var fzf: [Int: Samples]?
    if let path = FzfBench.locate() {
        progress("fzf: \(fzfQueries.count) queries with \(path) --filter …")
        fzf = try FzfBench.run(fzf: path, names: corpus.foldedNames, queries: fzfQueries, lengths: [3, 6])
    } else {
        progress("fzf: not installed")
    }

    var startup: StartupFigures?
    var missing = ""
    switch StartupBench.locateFrontdesk(options) {
    case .success(let frontdesk):
        progress("Startup: \(options.startupRuns) runs of \(frontdesk) on a pseudo-terminal …")
        startup = StartupBench.run(frontdesk: frontdesk, database: options.database ?? options.databasePath,
                                   readReplica: options.readReplica, runs: options.startupRuns,
                                   query: corpus.queries[0].typed(6))
    case .failure(let reason):
        missing = reason.description
        progress("Startup: skipped, \(missing)")
    }

    let perGuest = String(format: "%.1f", storeFigures.preferencesPerProfile.mean)
    var data = "DemoGenerator seed \(BenchDatabase.seed) plus 2 preferences per guest and the \(BenchDatabase.samples) RomanisationSamples guests; \(options.location)"
        + (options.readReplica.map { ", reads from its standby \(StoreLocation($0))" } ?? "")
    if let seconds = opened.buildSeconds {
        data += String(format: ", built in %.1f s with %d preferences", seconds, opened.preferences ?? 0)
    } else {
        data += ", reused"
    }
    if !options.isPostgres { data += String(format: " (%.0f MB)", Double(fileSize(options.databasePath)) / 1_048_576) }
    data += "; profiles opened held \(perGuest) preferences on average"
    let chain = options.isPostgres ? "\n\n" + (try chainLoad(options, queries: corpus.queries.map { $0.typed(4) }, tag: tag)) : ""
    return Report.render(BenchResults(recall: recall,
        options: options, data: data, store: storeFigures, console: consoleFigures, keystrokes: keystrokes,
        naive: naive, tunedScan: tuned, naiveQueries: naiveQueries.count, fzf: fzf, fzfQueries: fzfQueries.count,
        startup: startup, startupMissing: missing)) + chain
}

func chainLoad(_ options: BenchOptions, queries: [String], tag: String) throws -> String {
    guard options.isPostgres else { throw BenchFailure("the chain load needs a PostgreSQL database: --db postgres://…") }
    progress("Chain load: \(options.chainProperties) properties × \(options.chainTerminals) terminals for \(options.chainSeconds) s …")
    let figures = try ChainLoadBench.run(location: options.location, opening: options.opening, properties: options.chainProperties,
                                         terminals: options.chainTerminals, seconds: Double(options.chainSeconds),
                                         pauseMilliseconds: options.chainPause, queries: queries, guests: options.guests, tag: tag)
    return ChainLoadBench.report(figures)
}

func importFigures(_ options: BenchOptions) throws -> String {
    switch StartupBench.locateFrontdesk(options) {
    case .success(let frontdesk): return ImportBench.report(try ImportBench.run(frontdesk: frontdesk, rows: options.importRows))
    case .failure(let reason): throw reason
    }
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

do {
    let options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
    print(try benchmark(options))
} catch {
    progress("frontdesk-bench: \(error)")
    exit(1)
}
