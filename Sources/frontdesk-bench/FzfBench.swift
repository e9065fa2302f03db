import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `fzf --filter QUERY < names`, where fzf is installed: a whole process per query, reading
/// every name, as a shell script around fzf would search.
enum FzfBench {
    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/fzf" }.first { access($0, X_OK) == 0 }
    }

    static func run(fzf: String, names: [String], queries: [String], lengths: [Int]) throws -> [Int: Samples] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-bench-names-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try (names.joined(separator: "\n") + "\n").write(toFile: file, atomically: false, encoding: .utf8)
        var figures: [Int: Samples] = [:]
        for q in queries {
            for n in lengths {
                let (status, ms) = try Stopwatch.time { try filter(fzf: fzf, query: q.typed(n), input: file) }
                // fzf exits 1 when nothing matches: still a completed search.
                guard status == 0 || status == 1 else { throw BenchFailure("fzf --filter exited with \(status)") }
                figures[n, default: Samples()].add(ms)
            }
        }
        return figures
    }

    private static func filter(fzf: String, query: String, input: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let words: [String] = [fzf, "--filter", query]
        let argv = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, fzf, &actions, nil, argv, environ)
        guard rc == 0 else { throw BenchFailure("cannot start \(fzf): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }
}
