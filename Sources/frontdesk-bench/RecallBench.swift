import Foundation
import FrontDeskCore

/// Recall per script: each spelling of RomanisationSamples typed as a whole query into the
/// benchmark hotel, where the samples are guests among all the others. A spelling counts as
/// found when the list shows the sample's name on the first screen (17 rows at 80×24), and
/// within the console's 50 results: the generated guests include many of the same names
/// (García, 张伟), and which of them is meant the list's namesake details tell.
enum RecallBench {
    static let firstScreen = 17, listed = 50

    struct Figures {
        struct Script { var spellings = 0, onFirstScreen = 0, listed = 0, missed: [String] = [] }
        var scripts: [(name: String, figures: Script)] = []
    }

    /// The samples' guests follow the generated ones, in order: ids guests+1, guests+2, …
    static func run(_ store: FrontDeskStore, generatedGuests: Int) throws -> Figures {
        var byScript: [String: Figures.Script] = [:]
        var order: [String] = []
        for (offset, sample) in RomanisationSamples.all.enumerated() {
            let id = Int64(generatedGuests + 1 + offset)
            guard let guest = try store.guest(id: id), guest.givenName == sample.given, guest.familyName == sample.family else {
                throw BenchFailure("guest #\(id) is not the sample \(sample.given) \(sample.family): rebuild the benchmark database")
            }
            if byScript[sample.script] == nil { order.append(sample.script) }
            var figures = byScript[sample.script] ?? Figures.Script()
            for spelling in sample.spellings {
                let names = try store.searchGuests(spelling, limit: listed).results.map(\.displayName)
                figures.spellings += 1
                if names.prefix(firstScreen).contains(guest.displayName) { figures.onFirstScreen += 1 }
                if names.contains(guest.displayName) { figures.listed += 1 } else { figures.missed.append(spelling) }
            }
            byScript[sample.script] = figures
        }
        return Figures(scripts: order.map { ($0, byScript[$0]!) })
    }

    static func report(_ f: Figures) -> String {
        func percent(_ n: Int, _ of: Int) -> String { of == 0 ? "—" : String(format: "%.0f%% (%d/%d)", 100 * Double(n) / Double(of), n, of) }
        var out = [Report.row("Recall by script (whole spelling typed, the name listed)", "On the first screen (17 rows)", "Among the 50 listed", "Not listed"),
                   Report.row("---", "---:", "---:", "---")]
        for (name, s) in f.scripts {
            out.append(Report.row(name, percent(s.onFirstScreen, s.spellings), percent(s.listed, s.spellings),
                                  s.missed.isEmpty ? "" : s.missed.map { "“\($0)”" }.joined(separator: ", ")))
        }
        return out.joined(separator: "\n")
    }
}
