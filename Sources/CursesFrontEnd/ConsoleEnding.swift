/// Why `runConsole` returned.
public enum ConsoleEnding: Equatable, Sendable {
    /// The app asked to quit.
    case quit
    /// SIGHUP, SIGTERM or SIGINT arrived; the app's `terminate()` ran first.
    case signal(Int32)
    /// The terminal stopped answering (end of file, hang-up, read error); `terminate()` ran first.
    case terminalLost
}
