/// Where a window of `height` rows onto a longer list starts: never before the first row, never
/// so far that it shows empty rows past the last.
struct Scroll: Equatable {
    private(set) var top = 0

    static func lastTop(count: Int, height: Int) -> Int { max(0, count - max(1, height)) }

    /// Moves the window by `rows` (a page is the window's height), staying within the list.
    mutating func move(by rows: Int, count: Int, height: Int) {
        top = min(max(0, top + rows), Scroll.lastTop(count: count, height: height))
    }

    mutating func toTop() { top = 0 }

    mutating func toEnd(count: Int, height: Int) { top = Scroll.lastTop(count: count, height: height) }

    /// Puts `row` at the top, or as near as the end of the list allows.
    mutating func start(at row: Int, count: Int, height: Int) {
        top = min(max(0, row), Scroll.lastTop(count: count, height: height))
    }

    /// Moves the window as little as needed for `rows` to be seen whole (its start, if it is taller).
    mutating func reveal(_ rows: Range<Int>, count: Int, height: Int) {
        let height = max(1, height)
        if rows.upperBound > top + height { top = rows.upperBound - height }
        if rows.lowerBound < top { top = rows.lowerBound }
        top = min(max(0, top), Scroll.lastTop(count: count, height: height))
    }

    /// "lines 21–40 of 130", for a reader to know where they are.
    func position(count: Int, height: Int, noun: String = "lines") -> String {
        guard count > 0 else { return "" }
        let last = min(count, top + max(1, height))
        return "\(noun) \(top + 1)–\(last) of \(count)"
    }
}
