/// Close spellings for "did you mean": every string one edit away from a folded query.
public enum SpellingVariants {
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz ")

    /// Deletions, transpositions, substitutions and insertions of one character.
    public static func oneEditAway(_ word: String) -> Set<String> {
        let chars = Array(word)
        var out = Set<String>()
        for i in 0...chars.count {
            if i < chars.count {
                var deleted = chars; deleted.remove(at: i); out.insert(String(deleted))
                if i + 1 < chars.count {
                    var swapped = chars; swapped.swapAt(i, i + 1); out.insert(String(swapped))
                }
                for c in alphabet where c != chars[i] {
                    var replaced = chars; replaced[i] = c; out.insert(String(replaced))
                }
            }
            for c in alphabet {
                var inserted = chars; inserted.insert(c, at: i); out.insert(String(inserted))
            }
        }
        var variants = Set(out.map { $0.trimmingSpaces }.filter { $0.count >= 2 })
        variants.remove(word)
        return variants
    }
}
