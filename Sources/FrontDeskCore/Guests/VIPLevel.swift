/// A guest's VIP level is its rank: 0 is not a VIP, higher ranks come first in queues and
/// arrivals. What a rank is called and how it is coloured is configured (`VIPCatalog`);
/// the names here are the defaults a new database starts with.
public struct VIPLevel: Sendable, Hashable, Comparable, Codable {
    public let rank: Int

    public init(rank: Int) { self.rank = max(0, rank) }

    public static let none = VIPLevel(rank: 0)
    public static let silver = VIPLevel(rank: 1)
    public static let gold = VIPLevel(rank: 2)
    public static let platinum = VIPLevel(rank: 3)
    public static let ambassador = VIPLevel(rank: 4)

    public var rawValue: Int { rank }

    public init?(rawValue: Int) {
        guard rawValue >= 0 else { return nil }
        self.init(rank: rawValue)
    }

    /// The default name; the console and commands show the configured one.
    public var name: String { VIPCatalog.standard.name(of: self) }

    /// The default code, as JSON writes it ("gold", "none"), so exports read without a code table.
    public var code: String { VIPCatalog.standard.code(of: self) }

    /// Accepts a default name ("gold") or a rank ("2"); the catalog reads configured codes.
    public init?(text: String) {
        guard let level = VIPCatalog.standard.level(text: text) else { return nil }
        self = level
    }

    public static func < (a: VIPLevel, b: VIPLevel) -> Bool { a.rank < b.rank }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let level = VIPLevel(text: text) ?? Int(text.dropFirst(4)).map(VIPLevel.init(rank:)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown VIP level \(text)"))
        }
        self = level
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}
