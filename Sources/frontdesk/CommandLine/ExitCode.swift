/// The exit codes scripts can rely on (BSD sysexits).
enum ExitCode: Int32 {
    case ok = 0
    case usage = 64
    case badData = 65
    case noInput = 66
    case unavailable = 69
    case notPermitted = 77
    case configuration = 78
}

/// A failure that ends the command with a message on standard error and an exit code.
struct CommandFailure: Error {
    let code: ExitCode
    let message: String

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(code: .usage, message: message + "\nTry 'frontdesk --help'.")
    }
}
