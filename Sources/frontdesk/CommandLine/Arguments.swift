/// The command line, split into words and options. Options may stand anywhere:
/// `--db PATH`, `--db=PATH`; flags take no value.
struct Arguments {
    private(set) var words: [String] = []
    private(set) var options: [String: String] = [:]
    private(set) var flags: Set<String> = []

    /// Options that take no value: known from the command table, so `--consent 12` reads 12 as an operand.
    static let flagNames = CommandTable.flagNames

    init(_ args: [String]) throws {
        var i = 0
        while i < args.count {
            let arg = args[i]
            i += 1
            if arg == "--" { words += args[i...]; break }
            if arg == "-h" { flags.insert("help"); continue }
            guard arg.hasPrefix("--"), arg.count > 2 else { words.append(arg); continue }
            var name = String(arg.dropFirst(2))
            var value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if Arguments.flagNames.contains(name) {
                if value != nil { throw CommandFailure.usage("--\(name) takes no value") }
                flags.insert(name)
                continue
            }
            if value == nil {
                // Last on the line without its value: kept as given, for the command's check to name.
                guard i < args.count else { flags.insert(name); continue }
                value = args[i]
                i += 1
            }
            if options[name] != nil { throw CommandFailure.usage("--\(name) is given twice") }
            options[name] = value
        }
    }

    func option(_ name: String) -> String? { options[name] }

    /// The same command line without one option: for a command that gives a global option its own meaning.
    func removing(option name: String) -> Arguments {
        var copy = self
        copy.options[name] = nil
        return copy
    }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// Refuses what the command does not take, suggesting what was probably meant, and asks for what
    /// it needs; every word of it from the command table.
    func check(for command: Command) throws {
        let known = command.options + CommandTable.global
        let names = known.map(\.name)
        for name in (Array(options.keys) + Array(flags)).sorted() where !names.contains(name) {
            throw CommandFailure.usage("unknown option --\(name) for '\(command.name)'" + Suggestion.phrase(name, among: names, prefix: "--"))
        }
        for name in flags.sorted() {
            if let option = known.first(where: { $0.name == name }), option.value != nil {
                throw CommandFailure.usage("--\(name) needs a value (\(option.value!))")
            }
        }
        for option in command.options where option.required && options[option.name] == nil && !flags.contains(option.name) {
            throw CommandFailure.usage("\(command.name) needs --\(option.name) \(option.value ?? "")".trimmingCharacters(in: .whitespaces)
                                       + " (see '\(command.name) --help')")
        }
    }

    func integer(_ name: String) throws -> Int? {
        guard let text = options[name] else { return nil }
        guard let n = Int(text.replacingOccurrences(of: "_", with: "")), n >= 0 else {
            throw CommandFailure.usage("--\(name) needs a whole number, not '\(text)'")
        }
        return n
    }
}
