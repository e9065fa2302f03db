/// Guest ids in rank order, each once, up to a limit: the search stages add to it best first.
struct PickedGuests {
    let limit: Int
    private(set) var ids: [Int64] = []
    private var seen = Set<Int64>()

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { ids.count >= limit }

    mutating func add(_ candidates: [Int64]) {
        for id in candidates where !isFull {
            if seen.insert(id).inserted { ids.append(id) }
        }
    }
}
