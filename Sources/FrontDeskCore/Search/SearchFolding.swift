import Foundation

/// Folds names and queries into the one search key the stores index:
/// Latin script, no diacritics, lower case, letters and digits separated by single spaces.
/// E-mail addresses fold the same way ("ana.lima@example.com" → "ana lima example com"),
/// so whatever part of one is typed matches.
public enum SearchFolding {
    /// Letters that neither transliteration nor diacritic stripping fold.
    static let extraFolds: [Character: String] = [
        "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "þ": "th", "ð": "d",
        "ı": "i", "ŀ": "l", "ħ": "h", "ŧ": "t", "ĸ": "k", "ŋ": "n", "ſ": "s",
    ]

    public static func fold(_ text: String) -> String {
        var s = text
        if s.unicodeScalars.contains(where: { !$0.isASCII }) {
            if s.unicodeScalars.contains(where: { $0.value > 0x024F && !CharacterSet.punctuationCharacters.contains($0) }) {
                s = s.applyingTransform(.toLatin, reverse: false) ?? s
            }
            s = s.applyingTransform(.stripDiacritics, reverse: false) ?? s
        }
        s = s.lowercased()
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in s {
            let piece: String
            if let mapped = extraFolds[ch] {
                piece = mapped
            } else if ch.isLetter || ch.isNumber {
                piece = String(ch)
            } else if ch == "'" || ch == "’" {
                continue // O'Brien and O’Brien fold to "obrien"
            } else {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(piece)
        }
        return out
    }

    /// Digits only: how phone numbers are matched, whatever their punctuation.
    public static func digits(_ text: String) -> String {
        String(text.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
    }
}
