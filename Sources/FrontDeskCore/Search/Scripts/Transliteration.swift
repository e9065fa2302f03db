/// Latin letters for the scripts frontdesk reads itself (Cyrillic, Greek, Georgian, Armenian,
/// Devanagari, Thai), each word by its own script's rules; other text passes through unchanged
/// for `SearchFolding.fold`, whose ICU step reads the rest (Chinese, kana, Hebrew, Arabic).
enum Transliteration {
    /// How a name may be read where a script's spelling leaves it open.
    struct Reading: Hashable {
        var cyrillic: CyrillicLetters.Reading = .russian
        var devanagari: DevanagariLetters.Schwa = .byRule
    }

    static func isHandled(_ v: UInt32) -> Bool { script(of: v) != nil }

    /// Whether the text holds letters neither Latin nor of a script read here.
    static func needsICU(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            s.value > 0x024F && !(0x1E00...0x1EFF).contains(s.value) && !isHandled(s.value) && s.properties.isAlphabetic
        }
    }

    enum Script { case cyrillic, greek, georgian, armenian, devanagari, thai }

    static func script(of v: UInt32) -> Script? {
        if v < 0x0370 { return nil }
        if CyrillicLetters.contains(v) { return .cyrillic }
        if GreekLetters.contains(v) { return .greek }
        if ArmenianLetters.contains(v) { return .armenian }
        if DevanagariLetters.contains(v) { return .devanagari }
        if ThaiLetters.contains(v) { return .thai }
        if GeorgianLetters.contains(v) { return .georgian }
        return nil
    }

    /// Every way the text may be read: one, unless it holds Cyrillic or Devanagari whose
    /// letters leave the language or the last vowel open.
    static func readings(of text: String) -> [Reading] {
        let scalars = text.unicodeScalars.map(\.value)
        var cyrillic: [CyrillicLetters.Reading] = [.russian]
        var devanagari: [DevanagariLetters.Schwa] = [.byRule]
        if scalars.contains(where: CyrillicLetters.contains) { cyrillic = CyrillicLetters.readings(of: scalars) }
        if scalars.contains(where: DevanagariLetters.contains) { devanagari = DevanagariLetters.Schwa.allCases }
        return cyrillic.flatMap { c in devanagari.map { Reading(cyrillic: c, devanagari: $0) } }
    }

    /// The text with every word of a handled script in Latin letters (lower case), the rest as it was.
    static func latin(_ text: String, reading: Reading = Reading()) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { isHandled($0.value) }) else { return text }
        let values = scalars.map(\.value)
        var out = ""
        out.reserveCapacity(scalars.count * 2)
        var i = 0
        while i < values.count {
            guard let script = script(of: values[i]) else {
                out.unicodeScalars.append(scalars[i])
                i += 1
                continue
            }
            var end = i + 1
            while end < values.count && Self.script(of: values[end]) == script { end += 1 }
            let word = values[i..<end]
            switch script {
            case .cyrillic: CyrillicLetters.latin(word, reading: reading.cyrillic, into: &out)
            case .greek: GreekLetters.latin(word, into: &out)
            case .georgian: GeorgianLetters.latin(word, into: &out)
            case .armenian: ArmenianLetters.latin(word, into: &out)
            case .devanagari: DevanagariLetters.latin(word, schwa: reading.devanagari, into: &out)
            case .thai: ThaiLetters.latin(word, into: &out)
            }
            i = end
        }
        return out
    }
}
