import FrontDeskCore
import FrontDeskOutput

/// The usage text and every command's own help, made from the command table.
enum Help {
    static let version = "frontdesk 0.1.0"

    /// `frontdesk --help`: every command, one line each, then how the hotel is chosen.
    static var usage: String {
        var lines = ["frontdesk: the guest preference pad and guest search, for the front desk.", "", "Usage:"]
        for command in CommandTable.commands {
            let head = "  " + command.name + (command.operands.isEmpty ? "" : " " + command.operands)
            lines += wrapped(head, command.summary)
        }
        lines += ["", "Each command's own help lists its options: frontdesk guests add --help.", "", "Options every command takes:"]
        lines += (CommandTable.global + [Option(name: "version", help: "the version")]).flatMap(optionLines)
        lines += [""] + commonNotes
        return lines.joined(separator: "\n")
    }

    /// `frontdesk guests --help`: the commands of one group.
    static func group(_ word: String) -> String {
        var lines = ["Usage: frontdesk \(word) COMMAND ...", ""]
        for command in CommandTable.group(word) {
            lines += wrapped("  " + command.words.dropFirst().joined(separator: " ") + (command.operands.isEmpty ? "" : " " + command.operands),
                             command.summary)
        }
        lines += ["", "Each command's own help: frontdesk \(word) COMMAND --help."]
        return lines.joined(separator: "\n")
    }

    /// `frontdesk guests add --help`.
    static func of(_ command: Command) -> String {
        var lines = synopsisLines(command)
        lines += [""] + TerminalText.wrap(command.summary.prefix(1).uppercased() + command.summary.dropFirst() + ".", to: 80)
        if !command.options.isEmpty { lines += ["", "Options:"] + command.options.flatMap(optionLines) }
        let global = CommandTable.global.filter { g in !command.options.contains { $0.name == g.name } }
        lines += [""] + TerminalText.wrap("And: " + global.map { "--\($0.name)" + ($0.value.map { " \($0)" } ?? "") }
            .joined(separator: ", ") + " (see frontdesk --help).", to: 80)
        lines += command.notes.flatMap { TerminalText.wrap($0, to: 80) }
        return lines.joined(separator: "\n")
    }

    /// "Usage: frontdesk guests add [--given NAME] ...", broken between options to fit 80 columns.
    static func synopsisLines(_ command: Command) -> [String] {
        var lines: [String] = []
        var line = "Usage: " + command.name + (command.operands.isEmpty ? "" : " " + command.operands)
        for part in command.options.map(\.synopsis) {
            if line.count + 1 + part.count > 80 {
                lines.append(line)
                line = String(repeating: " ", count: 7 + command.name.count) + part
            } else {
                line += " " + part
            }
        }
        return lines + [line]
    }

    static func optionLines(_ option: Option) -> [String] {
        let name = "  --\(option.name)" + (option.value.map { " \($0)" } ?? "")
        let choices = option.choices.isEmpty || option.help.contains(option.choices[0]) ? ""
            : ": " + option.choices.joined(separator: ", ")
        return wrapped(name, option.help + choices + (option.required ? " (needed)" : ""))
    }

    /// A name in the first 24 columns and its words beside it, wrapped to 80 columns.
    static func wrapped(_ head: String, _ text: String) -> [String] {
        let column = 24
        let body = TerminalText.wrap(text, to: 80 - column)
        if head.count >= column - 1 {
            return [head] + body.map { String(repeating: " ", count: column) + $0 }
        }
        return body.enumerated().map { i, line in
            (i == 0 ? head.padding(toLength: column, withPad: " ", startingAt: 0) : String(repeating: " ", count: column)) + line
        }
    }

    static let commonNotes = """
        Which hotel: --db (or FRONTDESK_DB) names the database; a file named there
        must exist. Without one, commands and the console use the hotel's own file,
        $XDG_DATA_HOME/frontdesk/frontdesk.sqlite, or, until that exists, the demo
        hotel (frontdesk --demo) when it has been opened. Only the console makes the
        hotel's file, on first use. The hotel is --property (or FRONTDESK_PROPERTY),
        else the one the database was made for; staff work at their own.

        Environment:
          FRONTDESK_DB, FRONTDESK_READ_DB     defaults for --db, --read-db
          FRONTDESK_PROPERTY, FRONTDESK_THEME defaults for --property, --theme
          NO_COLOR           when set and not empty: no colours (the monochrome theme)
          ESCDELAY           milliseconds to wait after Esc (default 50)

        In the console, F1 lists every key. Esc then a digit works as F1–F10.

        Exit codes: 0 ok, 64 usage, 65 bad data, 66 no input, 69 unavailable,
        77 not permitted, 78 configuration.
        """.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

/// "did you mean …?" for a word a person mistyped: the closest known one, at most two slips away.
enum Suggestion {
    static func closest(to word: String, among known: [String]) -> String? {
        let scored = known.map { ($0, DuplicateScoring.editDistance(word.lowercased(), $0, limit: 2)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// " Did you mean --limit?" or nothing.
    static func phrase(_ word: String, among known: [String], prefix: String = "") -> String {
        closest(to: word, among: known).map { "; did you mean \(prefix)\($0)?" } ?? ""
    }
}
