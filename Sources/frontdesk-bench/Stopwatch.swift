#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic wall time: latency is what the associate waits, not CPU time.
enum Stopwatch {
    static func nanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// Runs `body` once and returns its result with the elapsed milliseconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (result: T, ms: Double) {
        let start = nanoseconds()
        let result = try body()
        return (result, Double(nanoseconds() - start) / 1_000_000)
    }

    static func seconds(since start: UInt64) -> Double {
        Double(nanoseconds() - start) / 1_000_000_000
    }
}

/// Measurements of one metric; percentiles by nearest rank, so p99 is a value that was observed.
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) { self.values = values }

    mutating func add(_ value: Double) {
        values.append(value)
    }

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let ordered = values.sorted()
        let rank = Int((p / 100 * Double(ordered.count)).rounded(.up))
        return ordered[Swift.min(ordered.count, Swift.max(1, rank)) - 1]
    }

    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }
    var max: Double { values.max() ?? .nan }
    var mean: Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }
}
