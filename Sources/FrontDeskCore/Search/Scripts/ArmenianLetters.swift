/// Armenian in Latin letters as Armenian passports write them: ու is u, ե and ո begin a word
/// as ye and vo, յ is y (Grigoryan, Hovhannisyan).
enum ArmenianLetters {
    static func contains(_ v: UInt32) -> Bool { v >= 0x0530 && v <= 0x058F }

    static let letters: [UInt32: String] = [
        0x0561: "a", 0x0562: "b", 0x0563: "g", 0x0564: "d", 0x0565: "e", 0x0566: "z", 0x0567: "e",
        0x0568: "y", 0x0569: "t", 0x056A: "zh", 0x056B: "i", 0x056C: "l", 0x056D: "kh", 0x056E: "ts",
        0x056F: "k", 0x0570: "h", 0x0571: "dz", 0x0572: "gh", 0x0573: "ch", 0x0574: "m", 0x0575: "y",
        0x0576: "n", 0x0577: "sh", 0x0578: "o", 0x0579: "ch", 0x057A: "p", 0x057B: "j", 0x057C: "r",
        0x057D: "s", 0x057E: "v", 0x057F: "t", 0x0580: "r", 0x0581: "ts", 0x0582: "v", 0x0583: "p",
        0x0584: "k", 0x0585: "o", 0x0586: "f", 0x0587: "ev",
    ]

    static func latin(_ word: ArraySlice<UInt32>, into out: inout String) {
        let w = word.map { $0 >= 0x0531 && $0 <= 0x0556 ? $0 + 0x30 : $0 }
        var i = 0
        while i < w.count {
            let v = w[i]
            if v == 0x0578 && i + 1 < w.count && w[i + 1] == 0x0582 { out += "u"; i += 2; continue } // ու
            if i == 0 && v == 0x0565 { out += "ye" } else if i == 0 && v == 0x0578 { out += "vo" } else { out += letters[v] ?? "" }
            i += 1
        }
    }
}
