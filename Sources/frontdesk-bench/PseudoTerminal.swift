import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pseudo-terminal of a fixed size with a program running on it as a session leader, so the
/// console starts exactly as it does in a real terminal window: isatty, window size, raw mode.
final class PseudoTerminal {
    let master: Int32
    private let slave: Int32
    let slavePath: String
    private(set) var pid: pid_t = 0

    /// TIOCSPTLCK (unlockpt) and TIOCGPTN (ptsname): function-like macros that do not import.
    static let unlockRequest = UInt(0x4004_5431)
    static let numberRequest = UInt(0x8004_5430)

    init(width: Int, height: Int) throws {
        // posix_openpt and friends are not exported to Swift; these are what they do on Linux.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw BenchFailure("cannot open /dev/ptmx: \(String(cString: strerror(errno)))") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, Self.unlockRequest, &unlock) == 0, ioctl(master, Self.numberRequest, &number) == 0 else {
            close(master)
            throw BenchFailure("cannot set up the pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        slavePath = "/dev/pts/\(number)"
        // Held open by us too, so the terminal lives until we are done reading, whatever the child does.
        slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            close(master)
            throw BenchFailure("cannot open \(slavePath): \(String(cString: strerror(errno)))")
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    }

    deinit {
        close(slave)
        close(master)
    }

    /// Starts the program with the terminal as standard input, output and error and as its controlling
    /// terminal: a new session (POSIX_SPAWN_SETSID) whose first terminal opened becomes its own.
    func spawn(_ arguments: [String], environment: [String: String]) throws {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80))  // POSIX_SPAWN_SETSID, not exported to Swift
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let rc = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard rc == 0 else { throw BenchFailure("cannot start \(arguments[0]): \(String(cString: strerror(rc)))") }
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(master, $0.baseAddress! + offset, $0.count - offset) }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
        }
    }

    /// What the program wrote within `milliseconds`; empty when it wrote nothing in that time.
    func read(waiting milliseconds: Int32) -> [UInt8] {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, milliseconds) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let n = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress!, $0.count) }
        return n > 0 ? Array(buffer[0..<n]) : []
    }

    /// Reads until `marker` has appeared in the output, or `milliseconds` have passed. True when it appeared.
    func read(until marker: String, within milliseconds: Int) -> Bool {
        let wanted = Array(marker.utf8)
        let deadline = Stopwatch.nanoseconds() + UInt64(milliseconds) * 1_000_000
        var output: [UInt8] = []
        while Stopwatch.nanoseconds() < deadline {
            let chunk = read(waiting: 20)
            if chunk.isEmpty { continue }
            output += chunk
            // A frame is a few kilobytes: searching all of it again is cheap, and finds a marker split over two reads.
            if output.count >= wanted.count,
               (0...(output.count - wanted.count)).contains(where: { output[$0..<($0 + wanted.count)].elementsEqual(wanted) }) {
                return true
            }
        }
        return false
    }

    /// Reads until the program has been quiet for `quietMilliseconds` (after writing something), at most `limit`.
    func drain(quietMilliseconds: Int32, limit: Int) {
        let deadline = Stopwatch.nanoseconds() + UInt64(limit) * 1_000_000
        var heard = false
        while Stopwatch.nanoseconds() < deadline {
            let chunk = read(waiting: quietMilliseconds)
            if chunk.isEmpty && heard { return }
            heard = heard || !chunk.isEmpty
        }
    }

    /// The program's peak resident memory so far, in bytes: VmHWM of /proc/PID/status.
    /// Not wait4's ru_maxrss: posix_spawn's child shares our address space until exec, and
    /// Linux counts that (the benchmark's own memory) into the child's ru_maxrss.
    func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1024
    }

    /// Waits for the program to exit, reading its output meanwhile; kills it after `milliseconds`.
    func reap(within milliseconds: Int) -> (status: Int32, exitedByItself: Bool) {
        let deadline = Stopwatch.nanoseconds() + UInt64(milliseconds) * 1_000_000
        var status: Int32 = 0
        var killed = false
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { break }
            if !killed && Stopwatch.nanoseconds() > deadline {
                kill(pid, SIGKILL)
                killed = true
            }
            _ = read(waiting: 10)
        }
        return (status, !killed)
    }
}
