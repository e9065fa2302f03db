import Foundation

/// `SearchFolding.fold` for text in Latin letters, without ICU's transliterators: Foundation
/// makes one on every call, a tenth of a millisecond each, and search keys names on every row of
/// every keystroke. Accents go by canonical decomposition; the letters it leaves (ø, ł, ß…) by
/// `SearchFolding.extraFolds`. nil for text in a script that needs ICU's reading (Chinese, kana,
/// Hebrew, Arabic…).
enum LatinFolding {
    static let extra: [UInt32: String] = Dictionary(uniqueKeysWithValues: SearchFolding.extraFolds.compactMap { key, value in
        key.unicodeScalars.count == 1 ? (key.unicodeScalars.first!.value, value) : nil
    })

    static func fold(_ text: String) -> String? {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x0300...0x036F).contains(v) { continue }           // the accents themselves
            if v == 0x27 || v == 0x2019 || v == 0x02BC { continue }   // O'Brien, O’Brien
            let props = scalar.properties
            let letter = props.isAlphabetic, digit = props.numericType == .decimal
            guard letter || digit else {
                pendingSpace = !out.isEmpty
                continue
            }
            if letter && v > 0x024F && !(0x1E00...0x1EFF).contains(v) { return nil }
            let lower = props.lowercaseMapping
            let piece = lower.unicodeScalars.count == 1 ? (extra[lower.unicodeScalars.first!.value] ?? lower) : lower
            if pendingSpace { out.append(" "); pendingSpace = false }
            out += piece
        }
        return out
    }
}
