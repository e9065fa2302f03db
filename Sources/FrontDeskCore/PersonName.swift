/// How a person's name is written for display.
public enum PersonName {
    public static func display(given: String, family: String) -> String {
        if given.isEmpty { return family }
        if family.isEmpty { return given }
        if isEastAsian(family) && isEastAsian(given) { return family + given }
        return given + " " + family
    }

    /// Han, kana and hangul names are written family name first.
    static func isEastAsian(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(first) || (0x3400...0x9FFF).contains(first)
            || (0xAC00...0xD7AF).contains(first) || (0xF900...0xFAFF).contains(first)
    }
}
