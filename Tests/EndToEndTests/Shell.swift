import Foundation

/// Runs programs the end-to-end tests need, and finds them; a missing one fails loudly.
enum Shell {
    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    static var tmuxPath: String {
        get throws { try find("tmux", hint: "install it (apt-get install tmux) or set FRONTDESK_SKIP_E2E=1 to skip these tests on purpose") }
    }

    static func find(_ name: String, hint: String) throws -> String {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw E2EFailure("\(name) is not installed: \(hint)")
    }

    /// The frontdesk binary built beside this test bundle.
    static var frontdesk: String {
        get throws {
            if let path = ProcessInfo.processInfo.environment["FRONTDESK_BINARY"] { return path }
            var dir = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("frontdesk").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
            throw E2EFailure("the frontdesk binary was not built next to the tests (\(ProcessInfo.processInfo.arguments[0]))")
        }
    }

    /// posix_spawn and waitpid directly: Foundation's Process can wait forever for a child
    /// that started a daemon (tmux's server) holding its inherited descriptors.
    @discardableResult
    static func run(_ path: String, _ args: [String], environment: [String: String]? = nil, input: String? = nil) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fd-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inPath = scratch.appendingPathComponent("in").path
        let outPath = scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path
        try (input ?? "").write(toFile: inPath, atomically: true, encoding: .utf8)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let pid = try spawn(path, args, environment: environment ?? ProcessInfo.processInfo.environment, actions: &actions)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let result = Result(status: exitStatus,
                            output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                            error: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
        if path.hasSuffix("tmux") && result.status != 0 {
            throw E2EFailure("tmux \(args.joined(separator: " ")) failed: \(result.error)")
        }
        return result
    }

    /// Starts a program that keeps running (a server), its output and errors into `log`.
    static func start(_ path: String, _ args: [String], log: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        return try spawn(path, args, environment: ProcessInfo.processInfo.environment, actions: &actions)
    }

    /// Starts `path` with its standard streams as `actions` says. The test runner's threads block
    /// signals; children (tmux, the consoles it starts, servers) must begin with none blocked and
    /// default handlers, as from a login shell.
    private static func spawn(_ path: String, _ args: [String], environment: [String: String],
                              actions: inout posix_spawn_file_actions_t) throws -> pid_t {
        let argv = ([path] + args).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw E2EFailure("cannot start \(path): \(String(cString: strerror(spawned)))") }
        return pid
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
