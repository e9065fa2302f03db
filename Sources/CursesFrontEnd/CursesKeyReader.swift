import CNCursesW
import FrontDeskUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one input from the terminal with `wgetch` and a timeout, and notices when the
/// terminal has gone away: its descriptor reports a hang-up or an error, or reads keep
/// failing at once instead of waiting (end of file).
final class CursesKeyReader {
    /// Failed reads that return at once, in a row, before the terminal counts as gone.
    static let quickFailureLimit = 20

    private let window: UnsafeMutablePointer<WINDOW>
    private let descriptor: Int32
    private var quickFailures = 0

    init(window: UnsafeMutablePointer<WINDOW>, inputDescriptor: Int32) {
        self.window = window
        descriptor = inputDescriptor
    }

    /// The next input, `.timeout` when none came in time (or a signal interrupted the wait),
    /// or nil when the terminal is gone. Characters come byte by byte: the decoder puts UTF-8
    /// together, as curses' own wide reading loses a character split by a pause (and all after it).
    func next(timeoutMilliseconds: Int32) -> RawInput? {
        while true {
            wtimeout(window, timeoutMilliseconds)
            let started = Self.now()
            let result = wgetch(window)
            if result != ERR {
                quickFailures = 0
                if let input = Self.input(result) { return input }
                continue
            }
            if StopSignals.pending != nil { return .timeout }
            if hungUp { return nil }
            if Self.now() - started >= Int64(timeoutMilliseconds) / 2 {
                quickFailures = 0
                return .timeout
            }
            quickFailures += 1
            if quickFailures >= Self.quickFailureLimit { return nil }
        }
    }

    /// Whether a key is already waiting (so drawing the frame in between can be skipped).
    var inputPending: Bool {
        var descriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    private var hungUp: Bool {
        var descriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private static func input(_ code: Int32) -> RawInput? {
        switch code {
        case 0...255: return .byte(UInt8(code))
        case CursesTerminal.pasteBeginCode: return .pasteBegin
        case CursesTerminal.pasteEndCode: return .pasteEnd
        case KEY_RESIZE: return .key(.resize(width: Int(fd_cols()), height: Int(fd_lines())))
        default: return CursesKeyCodes.key(for: code).map { .key($0) }
        }
    }

    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }
}
