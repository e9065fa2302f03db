/// A field that takes one of a few values: ←/→ or Space step through them, a letter jumps.
struct Choice<Value: Equatable>: Equatable {
    /// Set to a value not among the options (a draft from another hotel's catalog), it joins them.
    var value: Value { didSet { if !options.contains(value) { options.insert(value, at: 0) } } }
    private(set) var options: [Value]
    let label: (Value) -> String

    init(value: Value, options: [Value], label: @escaping (Value) -> String) {
        self.value = value
        self.options = options.contains(value) ? options : [value] + options
        self.label = label
    }

    static func == (a: Choice, b: Choice) -> Bool { a.value == b.value }

    mutating func cycle(by step: Int) {
        let i = options.firstIndex(of: value)!
        value = options[(i + step + options.count) % options.count]
    }

    /// Jumps to the first choice whose label starts with the letter; false when none does.
    @discardableResult
    mutating func pick(_ letter: Character) -> Bool {
        let l = String(letter).lowercased()
        guard let v = options.first(where: { label($0).lowercased().hasPrefix(l) }) else { return false }
        value = v
        return true
    }

    var text: String { label(value) }
}

extension Choice where Value: CaseIterable {
    init(value: Value, label: @escaping (Value) -> String) {
        self.init(value: value, options: Array(Value.allCases), label: label)
    }
}
