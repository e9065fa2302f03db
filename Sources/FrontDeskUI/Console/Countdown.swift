import Foundation

/// Time before or past a follow-up, as the desk says it: "15 min", "2 h 5 min".
enum Countdown {
    /// Time left, or nil once none is left (the caller says "now").
    static func remaining(_ seconds: TimeInterval) -> String? {
        seconds > 0 ? minutes(seconds) : nil
    }

    static func minutes(_ seconds: TimeInterval) -> String {
        let m = max(0, Int((seconds / 60).rounded(.up)))
        return m < 60 ? "\(m) min" : "\(m / 60) h \(m % 60) min"
    }
}
