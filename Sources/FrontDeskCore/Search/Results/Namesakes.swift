/// Guests listed under one name are told apart: each shows the facts whose values differ
/// among them (birth date, company, masked e-mail or phone, last stay), so the associate picks
/// the guest in front of the desk and not the other one.
public enum Namesakes {
    /// At most this many facts per row: the list has one line per guest.
    static let shown = 2

    public static func mark(_ results: [GuestSearchResult]) -> [GuestSearchResult] {
        var groups: [String: [Int]] = [:]
        for (index, r) in results.enumerated() { groups[SearchKey.of(r.displayName), default: []].append(index) }
        var out = results
        for indices in groups.values where indices.count > 1 {
            let group = indices.map { results[$0] }
            for index in indices {
                out[index].distinctions = Array(results[index].identifying.filter { differs($0, among: group) }.prefix(shown))
            }
        }
        return out
    }

    /// Whether another guest of the group has another value of this kind (or none).
    static func differs(_ fact: SearchDetail, among group: [GuestSearchResult]) -> Bool {
        group.contains { other in other.identifying.first(where: { sameKind($0, fact) }) != fact }
    }

    static func sameKind(_ a: SearchDetail, _ b: SearchDetail) -> Bool {
        switch (a, b) {
        case (.room, .room), (.loyalty, .loyalty), (.phone, .phone), (.email, .email), (.company, .company),
             (.birthDate, .birthDate), (.lastStay, .lastStay): return true
        default: return false
        }
    }
}
