/// One command of the command line: the words that name it, what it takes and what it does. The
/// usage text, every command's `--help`, the check of what was typed (with suggestions), and shell
/// completion are all made from the table of these (`CommandTable`), so they never disagree.
struct Command: Sendable {
    /// "guests", "add"; none for the console.
    let words: [String]
    /// How its operands are written in help: "ID", "QUERY", "SURVIVOR ABSORBED".
    var operands = ""
    /// One line: what it does.
    let summary: String
    var options: [Option] = []
    /// Lines help adds after the options.
    var notes: [String] = []
    let run: @Sendable (Invocation) throws -> Void

    var name: String { (["frontdesk"] + words).joined(separator: " ") }

    /// "frontdesk guests add --given NAME --family NAME [--title T] ...", as help writes it.
    var synopsis: String {
        ([name] + (operands.isEmpty ? [] : [operands]) + options.map(\.synopsis)).joined(separator: " ")
    }
}

/// An option a command takes: `--name VALUE`, or a flag when it takes no value.
struct Option: Sendable {
    let name: String
    /// The value's placeholder ("N", "TEXT"); nil for a flag.
    var value: String?
    let help: String
    /// Whether the command needs it.
    var required = false
    /// The values it takes, when they are few: offered by completion.
    var choices: [String] = []

    var synopsis: String {
        let text = "--\(name)" + (value.map { " \($0)" } ?? "")
        return required ? text : "[\(text)]"
    }
}

/// What a command runs with: its operands, the whole command line, and where it works.
struct Invocation {
    let operands: [String]
    let arguments: Arguments
    let settings: Settings
}
