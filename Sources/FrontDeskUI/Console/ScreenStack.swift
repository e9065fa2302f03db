/// The screens the desk has open, the search always at the bottom. Each has an id that outlives
/// moves of the stack, so the result of an effect reaches the screen that asked for it, or nobody
/// if that screen has closed meanwhile.
struct ScreenStack {
    struct Entry {
        let id: Int
        var screen: any Screen
    }

    private(set) var entries: [Entry]
    private var nextID = 1

    init(root: any Screen) {
        entries = [Entry(id: 0, screen: root)]
    }

    var top: Entry { entries[entries.count - 1] }
    var ids: [Int] { entries.map(\.id) }
    var screens: [any Screen] { entries.map(\.screen) }

    func screen(_ id: Int) -> (any Screen)? {
        entries.first { $0.id == id }?.screen
    }

    @discardableResult
    mutating func push(_ screen: any Screen) -> Int {
        defer { nextID += 1 }
        entries.append(Entry(id: nextID, screen: screen))
        return nextID
    }

    /// Closes one screen; the search at the bottom stays.
    mutating func close(_ id: Int) {
        guard id != entries[0].id else { return }
        entries.removeAll { $0.id == id }
    }

    mutating func popToRoot() {
        entries.removeSubrange(1...)
    }

    /// Changes one screen in place through `body`, which returns the screen's effects.
    mutating func change(_ id: Int, _ body: (inout any Screen) -> [Effect]) -> [Effect] {
        guard let i = entries.firstIndex(where: { $0.id == id }) else { return [] }
        return body(&entries[i].screen)
    }

}
