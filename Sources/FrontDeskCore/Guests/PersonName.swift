/// How a person's name is written for display.
public enum PersonName {
    /// Han, kana and hangul names are written family name first without a space; Vietnamese
    /// and Hungarian names family name first with one ("Nguyễn Thị Bích", "Bartók Béla").
    public static func display(given: String, family: String, language: String = "") -> String {
        if given.isEmpty { return family }
        if family.isEmpty { return given }
        if isEastAsian(family) && isEastAsian(given) { return family + given }
        if familyFirstLanguages.contains(language.lowercased()) { return family + " " + given }
        return given + " " + family
    }

    static let familyFirstLanguages: Set<String> = ["vietnamese", "hungarian", "vi", "hu"]

    /// Han, kana and hangul names are written family name first.
    static func isEastAsian(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(first) || (0x3400...0x9FFF).contains(first)
            || (0xAC00...0xD7AF).contains(first) || (0xF900...0xFAFF).contains(first)
    }
}
