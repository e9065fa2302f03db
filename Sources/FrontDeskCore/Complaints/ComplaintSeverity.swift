import Foundation

/// How badly the stay was hurt; sets the follow-up due time and the queue order.
public enum ComplaintSeverity: String, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high

    public var label: String {
        switch self {
        case .low: return "Low"
        case .medium: return "Medium"
        case .high: return "High"
        }
    }

    public static func < (a: ComplaintSeverity, b: ComplaintSeverity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public init?(text: String) {
        let t = text.trimmingSpaces.lowercased()
        guard let s = ComplaintSeverity.allCases.first(where: { $0.rawValue == t }) else { return nil }
        self = s
    }
}
