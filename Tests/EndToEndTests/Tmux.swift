import Foundation

/// The real frontdesk binary in a real terminal: a private tmux server, keys in, screen text out.
final class Tmux {
    let socket = "frontdesk-e2e-\(UUID().uuidString.prefix(8))"
    let session = "desk"

    /// `unset` names variables the command runs without (LANG, say, as a bare SSH session has none).
    init(_ command: [String], environment: [String: String], width: Int = 80, height: Int = 24, unset: Set<String> = []) throws {
        let env = environment.merging(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"]) { a, _ in a }
            .filter { !unset.contains($0.key) }
        // A shell waits for the console and prints how it ended, for waitForExit.
        let line = "exec env -i " + env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Shell.quote($0.value))" }.joined(separator: " ")
            + " /bin/sh -c " + Shell.quote("\"$@\"; echo \"\(Tmux.exitMarker)$?]\"; sleep 60") + " sh "
            + command.map(Shell.quote).joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), line,
                  ";", "set-option", "-t", session, "remain-on-exit", "on"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Named keys as tmux knows them: "Enter", "Escape", "F1", "C-s", "Down", "BTab".
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    /// Literal text, as typed.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// Waits for the console to end and returns its exit status, which the shell wrapped around
    /// it prints (tmux itself does not always learn the status of a pane's process).
    func waitForExit(_ why: String, seconds: Double = 10) throws -> Int {
        let screen = try waitUntil(seconds: seconds, why) { $0.contains(Tmux.exitMarker) }
        let tail = screen.components(separatedBy: Tmux.exitMarker).last ?? ""
        return Int(tail.prefix { $0.isNumber }) ?? -1
    }

    static let exitMarker = "[frontdesk exited "

    /// The console's own process id (the pane's process is the shell waiting for it).
    var consolePID: Int32 {
        get throws {
            let shell = try tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
                throw E2EFailure("the console is not running under pane process \(shell)")
            }
            return pid
        }
    }

    /// From the search: types the query, waits for the guest's name, opens the profile.
    func openGuest(_ query: String, named name: String) throws {
        try waitFor("Find guest:")
        try type(query)
        try waitFor(name)
        try press("Enter")
        try waitFor("Guest profile")
    }

    /// Waits until the screen shows `text` and returns the screen; fails with what was on it.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        try waitUntil(seconds: seconds, "'\(text)'") { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(seconds: Double = 10, _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw E2EFailure("waited \(seconds) s for \(what); the screen shows:\n\(last)")
    }

    @discardableResult
    private func tmux(_ args: [String]) throws -> String {
        try Shell.run(Shell.tmuxPath, ["-L", socket] + args).output
    }
}

struct E2EFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
