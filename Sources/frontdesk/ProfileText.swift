import FrontDeskCore
import FrontDeskUI

/// `guests show` as text: the profile's facts, then alerts and preferences.
enum ProfileText {
    static func render(_ profile: GuestProfile, vips: VIPCatalog) -> String {
        let g = profile.guest
        var lines: [String] = []
        lines.append([g.title, g.displayName].filter { !$0.isEmpty }.joined(separator: " ") + (g.vip == .none ? "" : "  (\(vips.name(of: g.vip)))"))
        let facts: [(String, String?)] = [("Guest id", String(g.id)), ("Reading", g.nameReading), ("Language", g.language),
                                          ("Loyalty", g.loyaltyNumber), ("Born", g.birthDate?.description),
                                          ("Company", g.company), ("E-mail", g.email), ("Phone", g.phone)]
        for (label, value) in facts { if let v = value, !v.isEmpty { lines.append("\(label): \(v)") } }
        for f in profile.flags {
            lines.append("FLAG \(f.kind.label): \(f.reason) (\(f.set.login) at \(f.set.property) \(Day(f.set.at)))")
        }
        for s in profile.stays {
            lines.append("Stay: \(s.status.label), room \(s.room), \(s.arrival) – \(s.departure) at \(s.property)")
        }
        let active = profile.preferences.filter(\.isActive)
        if active.isEmpty { lines.append("No preferences recorded.") }
        for p in active.sorted(by: { ($0.isAlert ? 0 : 1, $0.category.label) < ($1.isAlert ? 0 : 1, $1.category.label) }) {
            var line = "\(p.isAlert ? "ALERT " : "")[\(p.category.label)] \(p.detail) — \(p.level.label), \(p.scope.label.lowercased()), \(p.source.label.lowercased())"
            line += "; \(p.recorded.login) at \(p.recorded.property) \(Day(p.recorded.at))"
            if p.confirmations > 0 { line += ", confirmed \(p.confirmations)×" }
            lines.append(line)
        }
        for p in profile.preferences where !p.isActive {
            lines.append("Retired [\(p.category.label)] \(p.detail): \(p.retirement?.reason ?? "")")
        }
        return lines.map(TerminalText.sanitize).joined(separator: "\n")
    }
}
