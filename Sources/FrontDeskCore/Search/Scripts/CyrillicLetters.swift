/// Cyrillic in Latin letters as passports write them (ICAO 9303, which Russia's and Ukraine's
/// national systems follow), with the letters of Ukrainian, Belarusian, Bulgarian, Serbian and
/// Macedonian. Where the languages read a letter differently (г, и, щ, ъ), `Reading` says which.
enum CyrillicLetters {
    enum Reading: CaseIterable {
        case russian, ukrainian, bulgarian
    }

    static func contains(_ v: UInt32) -> Bool { v >= 0x0400 && v <= 0x04FF }

    /// The lower-case letter: the Russian block by offset, the extended letters in upper/lower pairs.
    static func lower(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x0410...0x042F: return v + 0x20
        case 0x0400...0x040F: return v + 0x50
        case 0x0460...0x04FF where v % 2 == 0: return v + 1
        default: return v
        }
    }

    static let common: [UInt32: String] = [
        0x0430: "a", 0x0431: "b", 0x0432: "v", 0x0434: "d", 0x0435: "e", 0x0451: "e", 0x0436: "zh",
        0x0437: "z", 0x0439: "i", 0x043A: "k", 0x043B: "l", 0x043C: "m", 0x043D: "n", 0x043E: "o",
        0x043F: "p", 0x0440: "r", 0x0441: "s", 0x0442: "t", 0x0443: "u", 0x0444: "f", 0x0445: "kh",
        0x0446: "ts", 0x0447: "ch", 0x0448: "sh", 0x044B: "y", 0x044C: "", 0x044D: "e", 0x044E: "iu",
        0x044F: "ia",
        // Ukrainian and Belarusian
        0x0491: "g", 0x0454: "ie", 0x0456: "i", 0x0457: "i", 0x045E: "u",
        // Serbian and Macedonian
        0x0452: "dj", 0x0458: "j", 0x0459: "lj", 0x045A: "nj", 0x045B: "c", 0x045F: "dz",
        0x0453: "gj", 0x045C: "kj", 0x0455: "dz",
    ]

    /// Letters only Ukrainian (or Belarusian) writes, and letters Ukrainian does not have.
    static let ukrainianOnly: Set<UInt32> = [0x0491, 0x0454, 0x0456, 0x0457, 0x045E]
    static let notUkrainian: Set<UInt32> = [0x044B, 0x044D, 0x0451, 0x044A]

    /// The readings a name may have: Ukrainian when its letters say so, Russian when they say
    /// so, else each reading that spells it differently.
    static func readings(of scalars: [UInt32]) -> [Reading] {
        let lowered = scalars.filter(contains).map(lower)
        if lowered.contains(where: ukrainianOnly.contains) { return [.ukrainian] }
        var out: [Reading] = [.russian]
        // г is g in Russian and h in Ukrainian, unless letters Ukrainian lacks say it is not Ukrainian.
        if lowered.contains(0x0433) && !lowered.contains(where: notUkrainian.contains) { out.append(.ukrainian) }
        if lowered.contains(0x0449) || lowered.contains(0x044A) { out.append(.bulgarian) } // щ, ъ
        return out
    }

    /// One word of Cyrillic letters (lower-cased here) in Latin.
    static func latin(_ word: ArraySlice<UInt32>, reading: Reading, into out: inout String) {
        var previous: UInt32 = 0
        for v in word.map(lower) {
            defer { previous = v }
            switch v {
            case 0x0433: // г
                if reading != .ukrainian { out += "g" } else { out += previous == 0x0437 ? "gh" : "h" } // зг: zgh
            case 0x0438: out += reading == .ukrainian ? "y" : "i"        // и
            case 0x0449: out += reading == .bulgarian ? "sht" : "shch"   // щ
            case 0x044A: out += reading == .bulgarian ? "a" : ""         // ъ
            case 0x0445: out += reading == .bulgarian ? "h" : "kh"       // х
            default: out += common[v] ?? ""
            }
        }
    }
}
