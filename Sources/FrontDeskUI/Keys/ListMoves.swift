import FrontDeskCore

/// The keys that move a list's selection, the same on every list: a row, a page, the first, the last.
enum ListMoves {
    /// Where the selection goes for `action` in a list of `count` rows showing `page` at a time;
    /// nil when the action is not a move.
    static func target(of action: Action?, from index: Int, count: Int, page: Int) -> Int? {
        let to: Int
        switch action {
        case .moveUp?: to = index - 1
        case .moveDown?: to = index + 1
        case .pageUp?: to = index - max(1, page)
        case .pageDown?: to = index + max(1, page)
        case .first?: to = 0
        case .last?: to = count - 1
        default: return nil
        }
        return min(max(0, to), max(0, count - 1))
    }
}

extension DepartmentCatalog {
    /// What d shows next: every department, then each in turn, then every one again.
    func next(after department: Department?) -> Department? {
        let order: [Department?] = [nil] + all
        return order[((order.firstIndex(of: department) ?? 0) + 1) % order.count]
    }
}
