import FrontDeskCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The baseline an index has to beat: every folded name in memory, all of them read for each
/// keystroke (names starting with the query can be anywhere), those first, the first 50.
/// Two versions: the one-liner a first version would write, and a tuned scan of the same names
/// packed into one byte buffer, so the index is also compared with the best a scan can do.
struct NaiveScan {
    let names: [String]
    private let bytes: [UInt8]
    /// Where each name starts in `bytes`; one more entry marks the end.
    private let starts: [Int]

    init(names: [String]) {
        self.names = names
        var bytes: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(names.count + 1)
        for name in names {
            starts.append(bytes.count)
            bytes += name.utf8
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
    }

    /// `String.contains` on each name.
    func stringSearch(_ query: String, limit: Int = 50) -> [Int] {
        let q = SearchFolding.fold(query)
        guard !q.isEmpty else { return [] }
        var starting: [Int] = []
        var inside: [Int] = []
        for (index, name) in names.enumerated() where name.contains(q) {
            if name.hasPrefix(q) { starting.append(index) } else if inside.count < limit { inside.append(index) }
        }
        return Array((starting + inside).prefix(limit))
    }

    /// The same answer from a first-byte scan plus memcmp over the packed UTF-8.
    func byteSearch(_ query: String, limit: Int = 50) -> [Int] {
        let needle = Array(SearchFolding.fold(query).utf8)
        guard let first = needle.first else { return [] }
        var starting: [Int] = []
        var inside: [Int] = []
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                for index in 0..<(starts.count - 1) {
                    let start = starts[index], end = starts[index + 1]
                    var p = start
                    while p + n.count <= end {
                        if hay[p] == first && memcmp(hay.baseAddress! + p, n.baseAddress!, n.count) == 0 {
                            if p == start { starting.append(index) } else if inside.count < limit { inside.append(index) }
                            break
                        }
                        p += 1
                    }
                }
            }
        }
        return Array((starting + inside).prefix(limit))
    }

    func run(queries: [String], lengths: [Int], _ search: (String) -> [Int]) -> [Int: Samples] {
        var figures: [Int: Samples] = [:]
        for q in queries {
            for n in lengths {
                let (_, ms) = Stopwatch.time { search(q.typed(n)) }
                figures[n, default: Samples()].add(ms)
            }
        }
        return figures
    }
}
