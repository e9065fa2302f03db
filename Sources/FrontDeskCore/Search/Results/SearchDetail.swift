/// One fact a search row shows beside the name: why the guest is listed (a room, loyalty
/// number, phone, e-mail or company matched) or what tells two guests of one name apart.
/// Contact details arrive masked: a list is read over shoulders.
public enum SearchDetail: Sendable, Equatable, Codable {
    case room(String)
    case loyalty(String)
    /// Masked: only the last digits (`Masking.phone`).
    case phone(String)
    /// Masked: the end of the address (`Masking.email`).
    case email(String)
    case company(String)
    case birthDate(Day)
    case lastStay(Day, property: String)
}

/// What a list may show of contact details: never the whole.
public enum Masking {
    /// "…0134": the last four digits, or fewer of a short number.
    public static func phone(_ phone: String) -> String? {
        let digits = SearchFolding.digits(phone)
        guard digits.count >= 3 else { return nil }
        return "…" + digits.suffix(digits.count > 6 ? 4 : 2)
    }

    /// "…ma@example.com": the domain and the last two characters before it; an address too short
    /// to hide anything shows the domain only.
    public static func email(_ email: String) -> String? {
        // Runs on every row of every keystroke: bytes, not Foundation's or generic string slicing.
        let bytes = Array(email.utf8)
        var start = 0, end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        guard let at = bytes[start..<end].lastIndex(of: 0x40), at > start, at + 1 < end else { return nil }
        let local = String(decoding: bytes[start..<at], as: UTF8.self)
        let domain = String(decoding: bytes[(at + 1)..<end], as: UTF8.self)
        return "…" + (local.count >= 4 ? String(local.suffix(2)) : "") + "@" + domain
    }
}
