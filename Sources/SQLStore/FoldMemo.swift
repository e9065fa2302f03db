import FrontDeskCore

/// Remembers folds: transliteration is costly, and names repeat.
final class FoldMemo {
    private var folded: [String: String] = [:]

    func fold(_ text: String) -> String {
        if let known = folded[text] { return known }
        if folded.count >= 200_000 { folded.removeAll(keepingCapacity: true) } // bounded, whatever the data
        let result = SearchFolding.fold(text)
        folded[text] = result
        return result
    }
}
