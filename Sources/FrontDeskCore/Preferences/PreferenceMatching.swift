/// Tells whether a new note says what an existing preference already says,
/// so the pad confirms the old one instead of recording a duplicate.
public enum PreferenceMatching {
    static let fillerWords: Set<String> = ["a", "an", "the", "please", "with", "and", "of", "in", "on", "for", "to", "guest", "likes", "wants", "prefers"]

    public static func existing(matching new: NewPreference, in preferences: [Preference]) -> Preference? {
        let words = significantWords(new.detail)
        guard !words.isEmpty else { return nil }
        return preferences.first { p in
            // A different level, scope, alert, stay or hotel is news, not a confirmation: it is recorded.
            p.isActive && p.category == new.category && p.level == new.level && p.scope == new.scope
                && p.isCritical == new.isCritical && p.stayID == new.stayID && p.onlyProperty == new.onlyProperty
                && significantWords(p.detail) == words
        }
    }

    /// Folded words without filler and plural endings: "Two feather pillows" ≈ "feather pillow, two".
    static func significantWords(_ text: String) -> Set<String> {
        Set(SearchFolding.fold(text).split(separator: " ").map(String.init)
            .filter { !fillerWords.contains($0) }
            .map { $0.count > 3 && $0.hasSuffix("s") && !$0.hasSuffix("ss") ? String($0.dropLast()) : $0 })
    }
}
