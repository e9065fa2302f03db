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
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write("\n".data(using: .utf8)!)
        }
        return Swift.readLine(strippingNewline: true) ?? ""
    }

    /// A new PIN, typed twice at a terminal; one line when read from a script.
    static func readNew() throws -> String {
        let pin = try read(prompt: "New PIN: ")
        if isatty(STDIN_FILENO) == 1, try read(prompt: "Again: ") != pin {
            throw CommandFailure(code: .badData, message: "the two PINs differ; nothing was changed")
        }
        return try StaffPIN.validated(pin)
    }
}
