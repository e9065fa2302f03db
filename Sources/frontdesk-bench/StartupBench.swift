import Foundation

/// Startup to first frame of the real `frontdesk --db PATH` on an 80×24 pseudo-terminal, and its
/// peak memory after a search and an opened profile.
struct StartupFigures {
    var firstFrame = Samples()
    /// Peak resident memory (VmHWM) of each console run, in bytes, read just before it quits.
    var peakRSS = Samples()
    var failures: [String] = []
}

enum StartupBench {
    /// The footer's last hint: when it has arrived, the whole first frame has.
    static let lastOfFrame = "Quit"

    /// The console binary: --frontdesk, or `frontdesk` beside this benchmark (the same build directory).
    /// Without one, the reason: `swift run frontdesk-bench` builds only the benchmark.
    static func locateFrontdesk(_ options: BenchOptions) -> Result<String, BenchFailure> {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = options.frontdesk
            ?? URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("frontdesk").path
        if FileManager.default.isExecutableFile(atPath: path) { return .success(path) }
        return .failure(BenchFailure(options.frontdesk != nil ? "no executable frontdesk at \(path)"
            : "no frontdesk binary beside this benchmark (\(path)); build it first with `swift build -c release --product frontdesk` or pass --frontdesk PATH"))
    }

    static func run(frontdesk: String, database: String, readReplica: String?, runs: Int, query: String) -> StartupFigures {
        var figures = StartupFigures()
        let environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "USER": "bench",
            "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin",
        ]
        for run in 0..<runs {
            do {
                let terminal = try PseudoTerminal(width: 80, height: 24)
                let started = Stopwatch.nanoseconds()
                try terminal.spawn([frontdesk, "--db", database] + (readReplica.map { ["--read-db", $0] } ?? []), environment: environment)
                let drawn = terminal.read(until: lastOfFrame, within: 10_000)
                let ms = Double(Stopwatch.nanoseconds() - started) / 1_000_000
                var peak: Int?
                if drawn {
                    figures.firstFrame.add(ms)
                    // Search and open a guest, so the peak includes what an associate does first.
                    terminal.send(query)
                    terminal.drain(quietMilliseconds: 150, limit: 5_000)
                    terminal.send("\r")
                    terminal.drain(quietMilliseconds: 150, limit: 5_000)
                    peak = terminal.peakResidentBytes()
                } else {
                    figures.failures.append("run \(run + 1): no first frame within 10 s")
                }
                terminal.send("\u{1B}[21~")  // F10: quit, which asks first; only y confirms
                terminal.drain(quietMilliseconds: 100, limit: 2_000)
                terminal.send("y")
                let ending = terminal.reap(within: 5_000)
                if ending.exitedByItself && ending.status == 0 {
                    if let peak { figures.peakRSS.add(Double(peak)) }
                } else {
                    figures.failures.append("run \(run + 1): the console " + (ending.exitedByItself
                        ? "exited with status \(ending.status)" : "did not quit on F10 and was killed"))
                }
            } catch {
                figures.failures.append("run \(run + 1): \(error)")
            }
        }
        return figures
    }
}
