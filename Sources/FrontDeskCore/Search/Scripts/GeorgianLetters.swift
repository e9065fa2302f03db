/// Georgian in Latin letters by the national system of 2002 that passports use, without the
/// apostrophes of the ejectives (passports leave them out).
enum GeorgianLetters {
    static func contains(_ v: UInt32) -> Bool { (v >= 0x10A0 && v <= 0x10FF) || (v >= 0x1C90 && v <= 0x1CBF) }

    static let letters: [UInt32: String] = [
        0x10D0: "a", 0x10D1: "b", 0x10D2: "g", 0x10D3: "d", 0x10D4: "e", 0x10D5: "v", 0x10D6: "z",
        0x10D7: "t", 0x10D8: "i", 0x10D9: "k", 0x10DA: "l", 0x10DB: "m", 0x10DC: "n", 0x10DD: "o",
        0x10DE: "p", 0x10DF: "zh", 0x10E0: "r", 0x10E1: "s", 0x10E2: "t", 0x10E3: "u", 0x10E4: "p",
        0x10E5: "k", 0x10E6: "gh", 0x10E7: "q", 0x10E8: "sh", 0x10E9: "ch", 0x10EA: "ts", 0x10EB: "dz",
        0x10EC: "ts", 0x10ED: "ch", 0x10EE: "kh", 0x10EF: "j", 0x10F0: "h",
    ]

    static func latin(_ word: ArraySlice<UInt32>, into out: inout String) {
        for v in word {
            // Mtavruli, the capitals, sit 0xBC0 above the Mkhedruli letters.
            out += letters[v >= 0x1C90 ? v - 0x0BC0 : v] ?? ""
        }
    }
}
