import FrontDeskUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the app on the terminal at standard input and output until it quits, a stop signal
/// (SIGHUP, SIGTERM, SIGINT) arrives, or the terminal goes away; in the last two cases the app's
/// `terminate()` runs before curses ends. The terminal is always restored before this returns.
/// Throws when there is no terminal to run on.
@discardableResult
public func runConsole(_ app: any TerminalApp, theme: Theme) throws -> ConsoleEnding {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        throw CursesError("the console needs a terminal: standard input and output must both be one")
    }
    // Before curses starts, so ncurses leaves these signals to us.
    var signals = StopSignals.install()
    defer { signals.restore() }
    // Curses reads and writes the descriptors; these FILEs are never closed (that would close 0 and 1).
    guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
        throw CursesError("cannot open the terminal: \(String(cString: strerror(errno)))")
    }
    let terminal = try CursesTerminal(terminalType: nil, output: output, input: input, theme: theme, mode: .interactive)
    defer { terminal.end() }
    return ConsoleLoop(app: app, terminal: terminal).run()
}
