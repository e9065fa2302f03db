/// A choice field's value: cycled with ←/→ or Space, or jumped to by its first letter.
struct Choice<Value: CaseIterable & Equatable>: Equatable where Value.AllCases.Index == Int {
    var value: Value
    let label: (Value) -> String

    static func == (a: Choice, b: Choice) -> Bool { a.value == b.value }

    mutating func cycle(by step: Int) {
        let all = Array(Value.allCases)
        let i = all.firstIndex(of: value)!
        value = all[(i + step + all.count) % all.count]
    }

    /// Jumps to the first choice whose label starts with the letter; false when none does.
    @discardableResult
    mutating func pick(_ letter: Character) -> Bool {
        let l = String(letter).lowercased()
        guard let v = Value.allCases.first(where: { label($0).lowercased().hasPrefix(l) }) else { return false }
        value = v
        return true
    }

    var text: String { label(value) }
}
