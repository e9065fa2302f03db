import FrontDeskCore

/// A search row's details in the desk's words: "room 1204", "phone …0134", "born 2 Mar 1980".
enum SearchDetailText {
    static func text(_ detail: SearchDetail, today: Day) -> String {
        switch detail {
        case .room(let room): return "room \(room)"
        case .loyalty(let number): return "loyalty \(number)"
        case .phone(let masked): return "phone \(masked)"
        case .email(let masked): return masked
        case .company(let company): return company
        case .birthDate(let day): return "born \(day.short) \(day.year)"
        case .lastStay(let day, let property): return "stayed \(day.short(relativeTo: today)) \(property)"
        }
    }

    /// Why the guest is listed, else what tells them from the namesakes listed with them.
    static func line(for result: GuestSearchResult, today: Day) -> String {
        let details = result.matched.map { [$0] } ?? result.distinctions
        return details.map { text($0, today: today) }.joined(separator: " · ")
    }
}
