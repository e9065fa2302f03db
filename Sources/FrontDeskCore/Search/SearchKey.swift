/// The key every store indexes and every query is looked up by: the text in Latin letters by
/// frontdesk's own tables (or ICU's for other scripts), folded (`SearchFolding.fold`), then in
/// one spelling whatever the romanisation scheme (`CanonicalSpelling`). So Чала is found by
/// "chala", Архипенко by "arkhipenko" or "arhipenko", Ευάγγελος by "evangelos".
public enum SearchKey {
    /// The key of typed text or of one field.
    public static func of(_ text: String) -> String {
        key(text, Transliteration.Reading())
    }

    /// The keys of a name under every reading its script leaves open (Гнатюк: Russian "gnatiuk",
    /// Ukrainian "hnatiuk"), first the one `of` gives. A store indexes them all.
    public static func readings(of text: String) -> [String] {
        var keys: [String] = []
        for reading in Transliteration.readings(of: text) {
            let k = key(text, reading)
            if !keys.contains(k) { keys.append(k) }
        }
        return keys
    }

    /// Keys for what a partly typed query may be on its way to: "ark" may become "arkh", whose
    /// key "arh" is not "ark" continued. Searched by prefix beside the query's own key, so the
    /// list does not lose the guest for a keystroke. Also "x" read as "kh" (Arxipenko).
    public static func typingAlternatives(_ text: String) -> [String] {
        let own = of(text)
        var typed = text.lowercased()
        while typed.last == " " { typed.removeLast() }
        guard let last = typed.last, !own.isEmpty else { return [] }
        var candidates: [String] = []
        let lastWord = typed.split(separator: " ").last ?? ""
        switch last {
        case "k": candidates.append(typed + "h")
        case "t": candidates.append(typed + "s")
        case "e": candidates.append(typed + "e")
        case "o": candidates.append(typed + "o")
        case "y", "j", "i": candidates.append(typed + "e")
        case "m" where lastWord.count == 1: candidates.append(typed + "p")
        case "n" where lastWord.count == 1: candidates.append(typed + "t")
        default: break
        }
        if typed.contains("x") { candidates.append(typed.replacingOccurrences(of: "x", with: "kh")) }
        var out: [String] = []
        for c in candidates {
            let k = of(c)
            if k != own && !k.isEmpty && !out.contains(k) { out.append(k) }
        }
        return out
    }

    /// One way of reading a name whose script leaves it open (Russian or Ukrainian Cyrillic,
    /// a Hindi name with or without its last "a"); the same for each part of the name.
    public struct NameReading: Sendable, Hashable {
        let reading: Transliteration.Reading

        /// The readings of a whole name, the usual one first.
        public static func all(of name: String) -> [NameReading] {
            Transliteration.readings(of: name).map(NameReading.init)
        }
    }

    /// The key of text read one way.
    public static func of(_ text: String, as reading: NameReading) -> String {
        key(text, reading.reading)
    }

    static func key(_ text: String, _ reading: Transliteration.Reading) -> String {
        // Most of what is keyed (what is typed, e-mails, loyalty numbers, many names) is ASCII:
        // folded here byte by byte, as `SearchFolding.fold` would, without its Unicode machinery.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return CanonicalSpelling.key(asciiFold(text)) }
        // ISO 9 writes щ as ŝ, which losing its accent would leave as plain s.
        let text = text.contains(where: { $0 == "ŝ" || $0 == "Ŝ" })
            ? text.replacingOccurrences(of: "ŝ", with: "sc").replacingOccurrences(of: "Ŝ", with: "Sc") : text
        let latin = Transliteration.latin(text, reading: reading)
        if latin.utf8.allSatisfy({ $0 < 0x80 }) { return CanonicalSpelling.key(asciiFold(latin)) }
        return CanonicalSpelling.key(LatinFolding.fold(latin) ?? SearchFolding.fold(latin))
    }

    /// `SearchFolding.fold` of ASCII text: letters lower-cased, digits kept, apostrophes dropped,
    /// anything else one space between words.
    static func asciiFold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for var b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
            } else if b != 0x27 {
                pendingSpace = !out.isEmpty
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
