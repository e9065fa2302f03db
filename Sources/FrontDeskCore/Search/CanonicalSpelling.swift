/// Where romanisation schemes differ, one spelling: applied to an indexed name and to what is
/// typed alike, every scheme meets at the same key. Works on folded text (lower-case Latin
/// letters, digits, single spaces), word by word.
///
/// kh, h and x… are not all one sound, and the key is not for reading: `Arkhipenko`,
/// `Arhipenko` (ISO 9) → `arhipenko`; `Shcherbakov`, `Ščerbakov` → `scerbakov`;
/// `Zhuravleva`, `Žuravleva` → `zuravleva`; `Yuliya`, `Iuliia`, `Julija` → `iulia`;
/// `Tsvetkova`, `Cvetkova` → `cvetkova`; `Yevgeniy`, `Evgenii` → `evgeni`.
enum CanonicalSpelling {
    static func key(_ folded: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(folded.utf8)
        out.reserveCapacity(bytes.count)
        var wordStart = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
            let atWordStart = out.count == wordStart
            if b == 0x20 { out.append(b); wordStart = out.count; i += 1; continue }
            var emit: [UInt8]
            var used = 1
            switch (b, next) {
            case (k, h), (c, h), (s, h), (z, h), (t, s): emit = [b == k ? h : b == t ? c : b]; used = 2
            case (d, j): emit = [d]; used = 2
            case (m, p) where atWordStart: emit = [bb]; used = 2          // Greek μπ: Mpaltas, Baltas
            case (n, t) where atWordStart: emit = [d]; used = 2           // ντ
            case (x, _): emit = [k, s]                                    // Alexandros, Aleksandr
            case (y, _), (j, _): emit = [iLetter]
            case (q, _): emit = [k]
            case (w, _): emit = [v]
            default: emit = [b]
            }
            i += used
            for e in emit {
                // ye, ie, je after a vowel or at the start of a word are e (Yevgeniy, Evgenii; Andreyev).
                if e == eLetter, let last = out.last, last == iLetter,
                   out.count - 1 == wordStart || (out.count >= 2 && isVowel(out[out.count - 2])) {
                    out.removeLast()
                }
                // ee is i, oo is u (Deepika, Dipika; Boonmee, Bunmi); then a doubled letter is one.
                if let last = out.last, last == e, out.count > wordStart, isLetter(e) {
                    if e == eLetter { out[out.count - 1] = iLetter; collapse(&out, wordStart) }
                    else if e == o { out[out.count - 1] = u; collapse(&out, wordStart) }
                    continue
                }
                out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A replaced last letter may now double the one before it (Andriiv).
    private static func collapse(_ out: inout [UInt8], _ wordStart: Int) {
        if out.count >= 2 && out.count - 2 >= wordStart && out[out.count - 2] == out[out.count - 1] && isLetter(out[out.count - 1]) {
            out.removeLast()
        }
    }

    static func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    static func isVowel(_ b: UInt8) -> Bool { b == 0x61 || b == eLetter || b == iLetter || b == o || b == u }

    static let bb: UInt8 = 0x62, c: UInt8 = 0x63, d: UInt8 = 0x64, eLetter: UInt8 = 0x65, h: UInt8 = 0x68,
               iLetter: UInt8 = 0x69, j: UInt8 = 0x6A, k: UInt8 = 0x6B, m: UInt8 = 0x6D, n: UInt8 = 0x6E,
               o: UInt8 = 0x6F, p: UInt8 = 0x70, q: UInt8 = 0x71, s: UInt8 = 0x73, t: UInt8 = 0x74,
               u: UInt8 = 0x75, v: UInt8 = 0x76, w: UInt8 = 0x77, x: UInt8 = 0x78, y: UInt8 = 0x79, z: UInt8 = 0x7A
}
