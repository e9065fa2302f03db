/// Greek in Latin letters as Greek passports write them (ELOT 743): αυ/ευ as av/ev or af/ef,
/// ου as ou, γγ as ng; accents dropped, a diaeresis keeps two vowels apart.
enum GreekLetters {
    static func contains(_ v: UInt32) -> Bool { (v >= 0x0370 && v <= 0x03FF) || (v >= 0x1F00 && v <= 0x1FFF) }

    /// Lower case without the accent; `diaeresis` is true for ϊ and ϋ.
    static func plain(_ v: UInt32) -> (letter: UInt32, diaeresis: Bool) {
        switch v {
        case 0x0391...0x03A9: return (v + 0x20, false)
        case 0x0386, 0x03AC: return (0x03B1, false)
        case 0x0388, 0x03AD: return (0x03B5, false)
        case 0x0389, 0x03AE: return (0x03B7, false)
        case 0x038A, 0x03AF: return (0x03B9, false)
        case 0x038C, 0x03CC: return (0x03BF, false)
        case 0x038E, 0x03CD: return (0x03C5, false)
        case 0x038F, 0x03CE: return (0x03C9, false)
        case 0x03AA, 0x03CA, 0x0390: return (0x03B9, true)
        case 0x03AB, 0x03CB, 0x03B0: return (0x03C5, true)
        default: return (v, false)
        }
    }

    static let letters: [UInt32: String] = [
        0x03B1: "a", 0x03B2: "v", 0x03B3: "g", 0x03B4: "d", 0x03B5: "e", 0x03B6: "z", 0x03B7: "i",
        0x03B8: "th", 0x03B9: "i", 0x03BA: "k", 0x03BB: "l", 0x03BC: "m", 0x03BD: "n", 0x03BE: "x",
        0x03BF: "o", 0x03C0: "p", 0x03C1: "r", 0x03C2: "s", 0x03C3: "s", 0x03C4: "t", 0x03C5: "y",
        0x03C6: "f", 0x03C7: "ch", 0x03C8: "ps", 0x03C9: "o",
    ]
    /// After these (or at the end) αυ, ευ, ηυ are read af, ef, if.
    static let voiceless: Set<UInt32> = [0x03B8, 0x03BA, 0x03BE, 0x03C0, 0x03C2, 0x03C3, 0x03C4, 0x03C6, 0x03C7, 0x03C8]

    static func latin(_ word: ArraySlice<UInt32>, into out: inout String) {
        let w = word.map(plain)
        var i = 0
        while i < w.count {
            let v = w[i].letter
            let next = i + 1 < w.count ? w[i + 1] : nil
            if let n = next, n.letter == 0x03C5, !n.diaeresis, [0x03B1, 0x03B5, 0x03B7].contains(v) {
                out += letters[v]!
                let after = i + 2 < w.count ? w[i + 2].letter : nil
                out += after.map { voiceless.contains($0) } ?? true ? "f" : "v"
                i += 2
                continue
            }
            if let n = next, v == 0x03BF, n.letter == 0x03C5, !n.diaeresis { out += "ou"; i += 2; continue }
            if let n = next, v == 0x03B3, [0x03B3, 0x03BE, 0x03C7].contains(n.letter) { out += "n"; i += 1; continue }
            out += letters[v] ?? ""
            i += 1
        }
    }
}
