import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGHUP (the SSH connection dropped), SIGTERM and SIGINT only raise a flag, which the console
/// loop reads; the loop then lets the app keep its drafts and ends curses itself.
/// Installed before curses starts, so ncurses does not install its own handlers for them.
/// SIGPIPE is ignored while the console runs: a dead connection shows up as a write error instead.
struct StopSignals {
    static let handled: [Int32] = [SIGHUP, SIGTERM, SIGINT]

    /// The last stop signal received, or 0. An atomic store is all a signal handler may do.
    private static let received = Atomic<Int32>(0)

    private var previous: [(Int32, sigaction)] = []

    /// The signal that asked the process to stop, if any.
    static var pending: Int32? {
        let signal = received.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    static func install() -> StopSignals {
        received.store(0, ordering: .relaxed)
        var installed = StopSignals()
        let handler: @convention(c) (Int32) -> Void = { signal in
            StopSignals.received.store(signal, ordering: .relaxed)
        }
        for signal in handled {
            installed.set(signal, handler: handler)
        }
        installed.set(SIGPIPE, handler: SIG_IGN)
        unblock(handled + [SIGWINCH])
        return installed
    }

    /// A parent may start us with signals blocked (a blocked mask survives fork and exec);
    /// a console that never hears SIGHUP or SIGWINCH would lose drafts and ignore resizes.
    private static func unblock(_ signals: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Puts back whatever handled these signals before.
    mutating func restore() {
        for (signal, action) in previous.reversed() {
            var old = action
            sigaction(signal, &old, nil)
        }
        previous.removeAll()
    }

    private mutating func set(_ signal: Int32, handler: sighandler_t?) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocked read returns at once and the loop sees the flag
        var old = sigaction()
        if sigaction(signal, &action, &old) == 0 {
            previous.append((signal, old))
        }
    }
}
