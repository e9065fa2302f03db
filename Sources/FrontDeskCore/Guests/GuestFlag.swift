/// Classifications the hotel keeps about a guest, each with a reason and who set it.
public enum GuestFlagKind: String, Sendable, Codable, CaseIterable {
    /// In the order Tab steps through them: the gravest, refusing a room, last.
    case previousComplaint = "previous-complaint", problematic, doNotRent = "do-not-rent"

    public var label: String {
        switch self {
        case .previousComplaint: return "Previous complaint"
        case .doNotRent: return "Do not rent"
        case .problematic: return "Problematic"
        }
    }

    /// Refusing a guest a room is a supervisor's decision, and so is lifting it.
    public var minimumRole: Role { self == .doNotRent ? .supervisor : .associate }

    public init?(text: String) {
        let t = text.trimmingSpaces.lowercased()
        guard let kind = GuestFlagKind.allCases.first(where: { $0.rawValue == t || $0.label.lowercased() == t }) else { return nil }
        self = kind
    }
}

/// A flag in force on a guest.
public struct GuestFlag: Sendable, Equatable, Codable {
    public var kind: GuestFlagKind
    public var reason: String
    public var set: Signature

    public init(kind: GuestFlagKind, reason: String, set: Signature) {
        self.kind = kind
        self.reason = reason
        self.set = set
    }
}
