/// A name as someone who cannot read its script says it: shown beside a name in another
/// script, so an associate can pick 张伟 (Zhang Wei) or Чала (Chala) from a list.
public enum LatinReading {
    /// The recorded reading when there is one, else the name in Latin letters; nil for a name
    /// that is Latin (with or without accents) already.
    public static func of(_ name: String, recorded: String? = nil) -> String? {
        guard name.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.value >= 0x0370 && !isLatinExtended($0.value) })
        else { return nil }
        if let recorded = recorded?.trimmingSpaces, !recorded.isEmpty { return recorded }
        let latin = SearchFolding.fold(Transliteration.latin(name))
        guard !latin.isEmpty else { return nil }
        return latin.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Latin Extended Additional (Vietnamese ễ, ố): still Latin.
    static func isLatinExtended(_ v: UInt32) -> Bool { (0x1E00...0x1EFF).contains(v) || (0x2C60...0x2C7F).contains(v) || (0xA720...0xA7FF).contains(v) }

    /// The words of a text in Latin letters, folded: how a suggestion is spelt back to the desk.
    public static func words(of text: String) -> [String] {
        SearchFolding.fold(Transliteration.latin(text)).split(separator: " ").map(String.init)
    }
}
