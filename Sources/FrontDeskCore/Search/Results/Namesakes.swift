/// Guests listed under one name are told apart: each shows the first of its facts (birth date,
/// company, masked e-mail or phone, last stay) that another guest of that name does not share,
/// and a second only for a namesake the first leaves alike, so the associate picks the guest in
/// front of the desk and not the other one.
public enum Namesakes {
    /// At most this many facts per row: the list has one line per guest.
    static let shown = 2

    public static func mark(_ results: [GuestSearchResult]) -> [GuestSearchResult] {
        var groups: [String: [Int]] = [:]
        // The name as shown, in any case: what the associate sees twice. Cheap on every keystroke.
        for (index, r) in results.enumerated() { groups[r.displayName.lowercased(), default: []].append(index) }
        var out = results
        for indices in groups.values where indices.count > 1 {
            for index in indices {
                var alike = indices.filter { $0 != index }.map { results[$0] }
                var chosen: [SearchDetail] = []
                for fact in results[index].identifying where !alike.isEmpty && chosen.count < shown {
                    let told = alike.filter { value(ofKind: fact, in: $0) != fact }
                    guard !told.isEmpty else { continue }
                    chosen.append(fact)
                    alike.removeAll { other in told.contains { $0.guestID == other.guestID } }
                }
                out[index].distinctions = chosen
            }
        }
        return out
    }

    static func value(ofKind fact: SearchDetail, in result: GuestSearchResult) -> SearchDetail? {
        result.identifying.first { sameKind($0, fact) }
    }

    static func sameKind(_ a: SearchDetail, _ b: SearchDetail) -> Bool {
        switch (a, b) {
        case (.room, .room), (.loyalty, .loyalty), (.phone, .phone), (.email, .email), (.company, .company),
             (.birthDate, .birthDate), (.lastStay, .lastStay): return true
        default: return false
        }
    }
}
