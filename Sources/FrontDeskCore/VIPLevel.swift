/// VIP levels, shown wherever the guest appears; the rank orders queues and arrivals.
public enum VIPLevel: Int, Sendable, Codable, CaseIterable, Comparable {
    case none = 0, silver, gold, platinum, ambassador

    public var name: String {
        switch self {
        case .none: return ""
        case .silver: return "Silver"
        case .gold: return "Gold"
        case .platinum: return "Platinum"
        case .ambassador: return "Ambassador"
        }
    }

    /// Accepts a name ("gold") or a rank ("2").
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let n = Int(t), let level = VIPLevel(rawValue: n) { self = level; return }
        if t.isEmpty || t == "none" { self = .none; return }
        guard let level = VIPLevel.allCases.first(where: { $0.name.lowercased() == t }) else { return nil }
        self = level
    }

    public static func < (a: VIPLevel, b: VIPLevel) -> Bool { a.rawValue < b.rawValue }

    /// Written by name in JSON ("gold", "none"), so exports read without a code table.
    public var code: String { self == .none ? "none" : name.lowercased() }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let level = VIPLevel(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown VIP level \(text)"))
        }
        self = level
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}
