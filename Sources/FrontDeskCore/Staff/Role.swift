import Foundation

/// What a member of staff may do; each role can do all the one below it can. A guest recognition
/// coordinator works complaints like an associate, and also reviews arrivals and sees sensitive facts.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case associate, coordinator, supervisor, administrator

    public var label: String {
        switch self {
        case .associate: return "Associate"
        case .coordinator: return "Coordinator"
        case .supervisor: return "Supervisor"
        case .administrator: return "Administrator"
        }
    }

    /// Declaration order is seniority: `role >= .supervisor` reads as the rule is said.
    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Accepts the code in any case ("supervisor", "Supervisor"), as `staff add --role` does.
    public init?(text: String) {
        let t = text.trimmingSpaces.lowercased()
        guard let role = Role.allCases.first(where: { $0.rawValue == t }) else { return nil }
        self = role
    }
}
