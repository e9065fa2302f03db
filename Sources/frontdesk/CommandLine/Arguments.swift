/// The command line, split into words and options. Options may stand anywhere:
/// `--db PATH`, `--db=PATH`; flags take no value.
struct Arguments {
    private(set) var words: [String] = []
    private(set) var options: [String: String] = [:]
    private(set) var flags: Set<String> = []

    static let flagNames: Set<String> = ["with-pin", "help", "version", "demo", "overdue", "consent", "critical", "include-sensitive"]

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
                guard i < args.count else { throw CommandFailure.usage("--\(name) needs a value") }
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

    /// Refuses options the command does not know, naming the first one.
    func allowOnly(_ allowed: Set<String>, command: String) throws {
        let global: Set<String> = ["db", "property", "theme", "as", "format"]
        for name in options.keys.sorted() where !allowed.contains(name) && !global.contains(name) {
            throw CommandFailure.usage("unknown option --\(name) for '\(command)'")
        }
        for name in flags.sorted() where name == "demo" && !allowed.contains(name) {
            throw CommandFailure.usage("--demo goes alone, to open the console on the demo hotel")
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
