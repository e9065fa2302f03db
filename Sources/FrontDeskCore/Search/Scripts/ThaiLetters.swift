/// Thai in Latin letters by the Royal Thai General System, which passports follow for most
/// names (Somchai, Somsak, Prayut). Thai writes some vowels before their consonant, changes a
/// consonant's sound at the end of a syllable and leaves short "o" unwritten; this reads the
/// common patterns of names, not every word of the language.
enum ThaiLetters {
    static func contains(_ v: UInt32) -> Bool { v >= 0x0E00 && v <= 0x0E7F }

    /// Each consonant's sound at the start of a syllable and at its end.
    static let consonants: [UInt32: (initial: String, final: String)] = [
        0x0E01: ("k", "k"), 0x0E02: ("kh", "k"), 0x0E03: ("kh", "k"), 0x0E04: ("kh", "k"), 0x0E05: ("kh", "k"),
        0x0E06: ("kh", "k"), 0x0E07: ("ng", "ng"), 0x0E08: ("ch", "t"), 0x0E09: ("ch", "t"), 0x0E0A: ("ch", "t"),
        0x0E0B: ("s", "t"), 0x0E0C: ("ch", "t"), 0x0E0D: ("y", "n"), 0x0E0E: ("d", "t"), 0x0E0F: ("t", "t"),
        0x0E10: ("th", "t"), 0x0E11: ("th", "t"), 0x0E12: ("th", "t"), 0x0E13: ("n", "n"), 0x0E14: ("d", "t"),
        0x0E15: ("t", "t"), 0x0E16: ("th", "t"), 0x0E17: ("th", "t"), 0x0E18: ("th", "t"), 0x0E19: ("n", "n"),
        0x0E1A: ("b", "p"), 0x0E1B: ("p", "p"), 0x0E1C: ("ph", "p"), 0x0E1D: ("f", "p"), 0x0E1E: ("ph", "p"),
        0x0E1F: ("f", "p"), 0x0E20: ("ph", "p"), 0x0E21: ("m", "m"), 0x0E22: ("y", "i"), 0x0E23: ("r", "n"),
        0x0E25: ("l", "n"), 0x0E27: ("w", "o"), 0x0E28: ("s", "t"), 0x0E29: ("s", "t"), 0x0E2A: ("s", "t"),
        0x0E2B: ("h", ""), 0x0E2C: ("l", "n"), 0x0E2D: ("", ""), 0x0E2E: ("h", ""),
    ]
    /// Vowel signs written after or above and below their consonant.
    static let signs: [UInt32: String] = [
        0x0E30: "a", 0x0E31: "a", 0x0E32: "a", 0x0E33: "am", 0x0E34: "i", 0x0E35: "i", 0x0E36: "ue",
        0x0E37: "ue", 0x0E38: "u", 0x0E39: "u", 0x0E47: "",
    ]
    /// Vowels written before their consonant.
    static let leading: [UInt32: String] = [0x0E40: "e", 0x0E41: "ae", 0x0E42: "o", 0x0E43: "ai", 0x0E44: "ai"]
    /// Tone marks and the repetition mark: no letters of their own.
    static func isSilentMark(_ v: UInt32) -> Bool { (0x0E48...0x0E4B).contains(v) || v == 0x0E46 }
    static let thanthakhat: UInt32 = 0x0E4C
    static let clusterSeconds: Set<UInt32> = [0x0E23, 0x0E25, 0x0E27]   // ร ล ว after a first consonant
    static let hoHip: UInt32 = 0x0E2B, oAng: UInt32 = 0x0E2D

    static func latin(_ word: ArraySlice<UInt32>, into out: inout String) {
        let w = withoutSilentLetters(Array(word))
        func isConsonant(_ k: Int) -> Bool { k < w.count && consonants[w[k]] != nil }
        func isSign(_ k: Int) -> Bool { k < w.count && signs[w[k]] != nil }
        var i = 0
        while i < w.count {
            var vowel = ""
            if let lead = leading[w[i]] { vowel = lead; i += 1 }
            guard isConsonant(i) else { out += vowel; i += 1; continue }
            // The first consonant; ห before a sonorant and อ before ย are silent signs of tone.
            var onset = consonants[w[i]]!.initial
            if (w[i] == hoHip || w[i] == oAng) && isConsonant(i + 1) && !isSign(i + 1) && [0x0E07, 0x0E0D, 0x0E19, 0x0E21, 0x0E22, 0x0E23, 0x0E25, 0x0E27].contains(w[i + 1]) {
                i += 1
                onset = consonants[w[i]]!.initial
            }
            i += 1
            // ร ล ว right after it form a cluster when a vowel follows (ประ, เปรม).
            if isConsonant(i) && clusterSeconds.contains(w[i]) && (isSign(i + 1) || (!vowel.isEmpty && isConsonant(i + 1))) {
                onset += consonants[w[i]]!.initial
                i += 1
            }
            var written = false
            while i < w.count, let sign = signs[w[i]] {
                vowel += sign; written = true; i += 1
            }
            // Vowels spelt with a letter: เ-ีย, เ-ือ, -ัว, -อ, เ-า.
            if vowel == "ei" && i < w.count && w[i] == 0x0E22 { vowel = "ia"; i += 1 }
            else if vowel == "eue" && i < w.count && w[i] == oAng { vowel = "uea"; i += 1 }
            else if vowel == "a" && i < w.count && w[i] == 0x0E27 && w[i - 1] == 0x0E31 { vowel = "ua"; i += 1 }
            else if vowel == "e" && i < w.count && w[i] == 0x0E32 { vowel = "ao"; i += 1 }
            else if vowel.isEmpty && i < w.count && w[i] == oAng { vowel = "o"; i += 1 }
            else if vowel.isEmpty && i < w.count && w[i] == 0x0E27 && isConsonant(i + 1) { vowel = "ua"; i += 1 }
            written = written || !vowel.isEmpty
            // A consonant not followed by a vowel sign ends the syllable.
            var coda = ""
            if isConsonant(i) && !isSign(i + 1) && !(i + 1 < w.count && w[i + 1] == oAng && !isConsonant(i + 2)) {
                coda = consonants[w[i]]!.final
                i += 1
            }
            if !written { vowel = coda.isEmpty ? "a" : "o" }
            out += onset + vowel + coda
        }
    }

    /// Drops tone marks, and each consonant (with its vowel) that a thanthakhat silences.
    static func withoutSilentLetters(_ w: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(w.count)
        for v in w {
            if isSilentMark(v) { continue }
            if v == thanthakhat {
                while let last = out.last, signs[last] != nil { out.removeLast() }
                if !out.isEmpty { out.removeLast() }
                continue
            }
            out.append(v)
        }
        return out
    }
}
