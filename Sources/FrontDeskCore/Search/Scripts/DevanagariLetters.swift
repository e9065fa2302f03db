/// Devanagari (Hindi, Marathi, Nepali) in Latin letters as Indian passports usually write names.
/// Each consonant carries an "a" unless a vowel sign or virama follows; Hindi leaves that "a"
/// silent at the end of a word (Rahul, Vijay; not after a cluster: Krishna) and between a vowel
/// and a syllable with its own vowel (Harpreet, not Harapreet). Names are spelt both ways
/// (Srivastava, Chaudhary), so `Schwa` also asks for every "a" spoken, or the last one silent.
/// Anusvara is n (m before p, b, m; ng before h: Singh).
enum DevanagariLetters {
    enum Schwa: CaseIterable { case byRule, spoken, silentAtEnd }

    static func contains(_ v: UInt32) -> Bool { v >= 0x0900 && v <= 0x097F }

    static let consonants: [UInt32: String] = [
        0x0915: "k", 0x0916: "kh", 0x0917: "g", 0x0918: "gh", 0x0919: "n", 0x091A: "ch", 0x091B: "chh",
        0x091C: "j", 0x091D: "jh", 0x091E: "n", 0x091F: "t", 0x0920: "th", 0x0921: "d", 0x0922: "dh",
        0x0923: "n", 0x0924: "t", 0x0925: "th", 0x0926: "d", 0x0927: "dh", 0x0928: "n", 0x092A: "p",
        0x092B: "ph", 0x092C: "b", 0x092D: "bh", 0x092E: "m", 0x092F: "y", 0x0930: "r", 0x0932: "l",
        0x0933: "l", 0x0935: "v", 0x0936: "sh", 0x0937: "sh", 0x0938: "s", 0x0939: "h",
        0x0958: "q", 0x0959: "kh", 0x095A: "g", 0x095B: "z", 0x095C: "r", 0x095D: "rh", 0x095E: "f", 0x095F: "y",
    ]
    /// A nukta turns these into sounds borrowed from Persian and English.
    static let withNukta: [UInt32: String] = [0x0915: "q", 0x0916: "kh", 0x0917: "g", 0x091C: "z", 0x0921: "r", 0x0922: "rh", 0x092B: "f"]
    static let vowels: [UInt32: String] = [
        0x0905: "a", 0x0906: "a", 0x0907: "i", 0x0908: "i", 0x0909: "u", 0x090A: "u", 0x090B: "ri",
        0x090F: "e", 0x0910: "ai", 0x0913: "o", 0x0914: "au",
    ]
    static let signs: [UInt32: String] = [
        0x093E: "a", 0x093F: "i", 0x0940: "i", 0x0941: "u", 0x0942: "u", 0x0943: "ri", 0x0947: "e",
        0x0948: "ai", 0x094B: "o", 0x094C: "au",
    ]
    static let virama: UInt32 = 0x094D, nukta: UInt32 = 0x093C
    static let anusvara: UInt32 = 0x0902, candrabindu: UInt32 = 0x0901, visarga: UInt32 = 0x0903
    static let labials: Set<UInt32> = [0x092A, 0x092B, 0x092C, 0x092D, 0x092E]

    /// A syllable: its consonants, then its vowel (nil: the consonant's own "a"), then a nasal or h.
    struct Syllable { var consonants = "", vowel: String?, coda = "", clustered = false }

    static func latin(_ word: ArraySlice<UInt32>, schwa: Schwa = .byRule, into out: inout String) {
        let syllables = self.syllables(Array(word))
        for (i, s) in syllables.enumerated() {
            out += s.consonants
            if let vowel = s.vowel { out += vowel } else if spoken(i, in: syllables, schwa) { out += "a" }
            out += s.coda
        }
    }

    static func spoken(_ i: Int, in syllables: [Syllable], _ schwa: Schwa) -> Bool {
        if schwa == .spoken { return true }
        if i == syllables.count - 1 {
            return schwa == .byRule && syllables[i].clustered
        }
        // Between a vowel and a syllable with a vowel of its own, the "a" is not said.
        return i == 0 || !syllables[i].coda.isEmpty || syllables[i + 1].vowel == nil || syllables[i + 1].consonants.isEmpty
    }

    static func syllables(_ w: [UInt32]) -> [Syllable] {
        var out: [Syllable] = []
        var current = Syllable()
        var open = false      // consonants read, vowel not yet
        var i = 0
        func close() { if open || !current.consonants.isEmpty || current.vowel != nil { out.append(current) }; current = Syllable(); open = false }
        while i < w.count {
            let v = w[i]
            if var c = consonants[v] {
                if i + 1 < w.count && w[i + 1] == nukta { c = withNukta[v] ?? c; i += 1 }
                if !open { close() }
                current.consonants += c
                open = true
                if i + 1 < w.count && w[i + 1] == virama {
                    i += 2
                    current.clustered = true
                    // A virama at the end of a word: no vowel follows.
                    if i >= w.count { current.vowel = ""; open = false }
                    continue
                }
                current.clustered = current.clustered && current.consonants.count > c.count
                if i + 1 < w.count, let sign = signs[w[i + 1]] { current.vowel = sign; i += 1 }
                open = false
                i += 1
                continue
            }
            if let vowel = vowels[v] {
                close()
                current.vowel = vowel
                open = false
            } else if v == anusvara || v == candrabindu {
                let next = i + 1 < w.count ? w[i + 1] : 0
                current.coda += labials.contains(next) ? "m" : next == 0x0939 ? "ng" : "n"
            } else if v == visarga {
                current.coda += "h"
            }
            i += 1
        }
        close()
        return out
    }
}
