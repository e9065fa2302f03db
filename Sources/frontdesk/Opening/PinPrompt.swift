import Foundation
import FrontDeskCore

/// Reads a PIN: from the terminal without echo, or a line of standard input when it is not one.
enum PinPrompt {
    static func read() throws -> String {
        try read(prompt: "PIN: ")
    }

    static func read(prompt: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = Swift.readLine(strippingNewline: true) else {
                throw CommandFailure(code: .noInput, message: "no PIN on standard input")
            }
            return line
        }
        FileHandle.standardError.write(prompt.data(using: .utf8)!)
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        // Ctrl-C, a hang-up or a kill while echo is off would leave the terminal typing blind:
        // give it back as it was, then end as the signal would have.
        Self.terminalToRestore = saved
        let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
        let previous = signals.map { signal($0, PinPrompt.restoreAndExit) }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            for (sig, handler) in zip(signals, previous) { signal(sig, handler) }
            FileHandle.standardError.write("\n".data(using: .utf8)!)
        }
        return Swift.readLine(strippingNewline: true) ?? ""
    }

    nonisolated(unsafe) private static var terminalToRestore = termios()

    /// Only async-signal-safe calls: the terminal as it was, a newline, and the usual 128 + signal.
    private static let restoreAndExit: @convention(c) (Int32) -> Void = { sig in
        tcsetattr(STDIN_FILENO, TCSANOW, &PinPrompt.terminalToRestore)
        _ = write(STDERR_FILENO, "\n", 1)
        _exit(128 + sig)
    }

    /// A new PIN, typed twice at a terminal; one line when read from a script. `Desk` checks its length.
    static func readNew() throws -> String {
        let pin = try read(prompt: "New PIN: ")
        if isatty(STDIN_FILENO) == 1, try read(prompt: "Again: ") != pin {
            throw CommandFailure(code: .badData, message: "the two PINs differ; nothing was changed")
        }
        return pin
    }
}
