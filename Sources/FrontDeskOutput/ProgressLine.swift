import Foundation

/// A long job's progress on one line of a terminal's standard error — what, how many rows of how
/// many, the rate and the time left — redrawn at most a few times a second; nothing at all when
/// standard error is not a terminal, so logs and pipes get only the result.
public final class ProgressLine {
    private let shown = isatty(STDERR_FILENO) == 1
    private let started = Date()
    private var drawn = Date.distantPast
    private var width = 0

    public init() {}

    public func show(_ what: String, done: Int, of total: Int) {
        guard shown, Date().timeIntervalSince(drawn) >= 0.2 || done == total else { return }
        drawn = Date()
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(done) / seconds
        let left = rate > 0 ? Double(total - done) / rate : 0
        let share = total > 0 ? Double(done) / Double(total) : 1
        let bar = String(repeating: "█", count: Int(share * 20)) + String(repeating: "░", count: 20 - Int(share * 20))
        let line = "\(bar) \(Int(share * 100))%  \(done)/\(total) rows  \(Int(rate)) rows/s  \(Self.clock(left)) left  \(TerminalText.sanitize(what))"
        let padded = line + String(repeating: " ", count: max(0, width - line.count))
        width = line.count
        FileHandle.standardError.write(Data(("\r" + padded).utf8))
    }

    /// Clears the line, so what is printed next starts on a clean one.
    public func finish() {
        guard shown, width > 0 else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: width) + "\r").utf8))
        width = 0
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
