import FrontDeskCore
import FrontDeskOutput

/// `guests show` as text: the profile's facts, then alerts and preferences.
enum ProfileText {
    static func render(_ profile: GuestProfile, vips: VIPCatalog) -> String {
        let g = profile.guest
        var lines: [String] = []
        lines.append([g.title, g.displayName].filter { !$0.isEmpty }.joined(separator: " ") + (g.vip == .none ? "" : "  (\(vips.name(of: g.vip)))"))
        let facts: [(String, String?)] = [("Guest id", String(g.id)), ("PMS profile", g.externalID), ("Reading", g.nameReading),
                                          ("Language", g.language),
                                          ("Loyalty", g.loyaltyNumber), ("Born", g.birthDate?.description),
                                          ("Company", g.company), ("E-mail", g.email), ("Phone", g.phone)]
        for (label, value) in facts { if let v = value, !v.isEmpty { lines.append("\(label): \(v)") } }
        for f in profile.flags {
            lines.append("FLAG \(f.kind.label): \(f.reason) (\(f.set.login) at \(f.set.property) \(Day(f.set.at)))")
        }
        for s in profile.stays {
            lines.append("Stay: \(s.status.label), room \(s.room), \(s.arrival) – \(s.departure) at \(s.property)")
        }
        // What holds now: one-offs of stays that are over and retired ones are history, listed after.
        let current = profile.current
        if current.isEmpty { lines.append(profile.preferences.isEmpty ? "No preferences recorded." : "No current preferences.") }
        for p in current.sorted(by: { ($0.isAlert ? 0 : 1, $0.category.label) < ($1.isAlert ? 0 : 1, $1.category.label) }) {
            var line = "\(p.isAlert ? "ALERT " : "")[\(p.category.label)] \(p.detail) — \(p.level.label), \(p.scope.label.lowercased()), \(p.source.label.lowercased())"
            if let only = p.onlyProperty { line += ", at \(only) only" }
            line += "; \(p.recorded.login) at \(p.recorded.property) \(Day(p.recorded.at))"
            if p.isUnconfirmed { line += "; unconfirmed (seen 1×)" }
            if p.confirmations > 0 { line += ", confirmed \(p.confirmations)×" }
            lines.append(line)
        }
        for p in profile.pastPreferences {
            lines.append(p.retirement.map { "Retired [\(p.category.label)] \(p.detail): \($0.reason)" }
                         ?? "Earlier stay [\(p.category.label)] \(p.detail)")
        }
        if let r = profile.retirement {
            lines.insert("RETIRED PROFILE: \(r.reason) (\(r.signature.login) at \(r.signature.property) \(Day(r.signature.at)))", at: 1)
        }
        for c in profile.changes {
            lines.append("Changed \(Day(c.signature.at)) by \(c.signature.login) at \(c.signature.property): \(c.description)")
        }
        if profile.hiddenSensitive > 0 {
            lines.append("\(profile.hiddenSensitive) sensitive preference(s) left out: --include-sensitive shows them to coordinators and above")
        }
        return lines.map { TerminalText.sanitize($0) }.joined(separator: "\n")
    }

    /// How a preference stands: retired (and why), a one-off of a stay that is over, unconfirmed, or active.
    static func status(of p: Preference, in profile: GuestProfile) -> String {
        if let retirement = p.retirement { return "retired: \(retirement.reason)" }
        if !profile.appliesNow(p) { return "earlier stay" }
        return p.isUnconfirmed ? "unconfirmed" : "active"
    }
}
