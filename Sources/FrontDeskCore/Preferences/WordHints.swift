/// The words of a note, folded, for guessing what it is about: a stem matches the start of a
/// word, a phrase (a stem with a space) anywhere. Short stems match whole words only ("car" is
/// not "carpet", "tea" is not "team").
struct WordHints {
    /// The folded text between spaces, so a phrase matches at word boundaries.
    let folded: String
    let words: [String]

    init(_ text: String) {
        folded = " " + SearchFolding.fold(text) + " "
        words = folded.split(separator: " ").map(String.init)
    }

    /// How strongly the stems hint: a phrase counts 3, a long stem 2, a short one 1.
    func score(_ stems: [String]) -> Int {
        var score = 0
        for stem in stems {
            if stem.contains(" ") {
                if folded.contains(" " + stem) { score += 3 }
            } else if words.contains(where: { WordHints.matches($0, stem) }) {
                score += stem.count >= 4 ? 2 : 1
            }
        }
        return score
    }

    static func matches(_ word: String, _ stem: String) -> Bool {
        stem.count <= 3 ? word == stem || word == stem + "s" : word.hasPrefix(stem)
    }
}
