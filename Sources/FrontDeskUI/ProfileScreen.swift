import Foundation
import FrontDeskCore

/// A guest's profile: who they are, their stay, alerts first, then preferences by category.
struct ProfileScreen: Equatable {
    var profile: GuestProfile
    var today: Day
    var desk: DeskCalendar
    /// Index into `selectable`.
    var selection = 0
    /// A pad left unfinished by this associate, offered back.
    var draft: Draft?
    /// Asking why the selected preference is being retired.
    var retiring: (id: Int64, reason: TextField)?
    /// The guest's complaints, open and past: the next associate picks up where the last stopped.
    var complaints: [Complaint] = []

    static func == (a: ProfileScreen, b: ProfileScreen) -> Bool {
        a.profile == b.profile && a.selection == b.selection && a.draft == b.draft
            && a.retiring?.id == b.retiring?.id && a.retiring?.reason == b.retiring?.reason
            && a.complaints == b.complaints
    }

    /// Preferences in the order shown: alerts, active ones by category, then retired history.
    var selectable: [Preference] {
        profile.alerts + ProfileScreen.byCategory(profile.activePreferences) + profile.pastPreferences
    }

    var selected: Preference? {
        selectable.indices.contains(selection) ? selectable[selection] : nil
    }

    var keyContext: KeyContext { retiring == nil ? .profile : .reason }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if retiring != nil { return updateRetiring(key, keymap: keymap) }
        switch keymap.action(for: key, in: .profile) {
        case .openPad?: return [.openPad(guestID: profile.guest.id)]
        case .logComplaint?: return [.openComplaintForm(guestID: profile.guest.id)]
        case .retirePreference?:
            guard let p = selected else { return [.message("There is no preference to retire.", .muted)] }
            guard p.isActive else { return [.message("That preference is already retired.", .muted)] }
            retiring = (p.id, TextField(maxLength: 200))
        case .moveUp?: selection = max(0, selection - 1)
        case .moveDown?: selection = min(max(0, selectable.count - 1), selection + 1)
        case .back?: return [.close]
        case .some(let action): return globalEffects(action)
        case nil: break
        }
        return []
    }

    private mutating func updateRetiring(_ key: Key, keymap: Keymap) -> [Effect] {
        guard let id = retiring?.id, var reason = retiring?.reason else { return [] }
        switch keymap.action(for: key, in: .reason) {
        case .accept?:
            guard !reason.text.trimmingSpaces.isEmpty else {
                return [.message("Say why it no longer applies; the reason stays in the guest's history.", .error)]
            }
            retiring = nil
            return [.retirePreference(id: id, reason: reason.text.trimmingSpaces)]
        case .cancel?:
            retiring = nil
            return [.message("Nothing retired.", .muted)]
        case .some(let action):
            return globalEffects(action)
        case nil:
            if reason.handle(key) { retiring = (id, reason) }
        }
        return []
    }

    mutating func replace(_ newProfile: GuestProfile) {
        let selectedID = selected?.id
        profile = newProfile
        if let selectedID, let i = selectable.firstIndex(where: { $0.id == selectedID }) {
            selection = i
        } else {
            selection = min(selection, max(0, selectable.count - 1))
        }
    }

    static func byCategory(_ prefs: [Preference]) -> [Preference] {
        PreferenceCategory.allCases.flatMap { c in prefs.filter { $0.category == c } }
    }

    // MARK: - Rendering

    func render(into canvas: inout Canvas, now: Date) {
        let w = canvas.width
        let g = profile.guest
        let name = [g.title, g.displayName].filter { !$0.isEmpty }.joined(separator: " ")
        canvas.put(" " + name, row: 1, column: 0, role: .header, limit: w - 24)
        if g.vip != .none {
            let badge = "★ \(g.vip.name)"
            canvas.put(badge, row: 1, column: w - TerminalText.width(of: badge) - 2, role: .vip)
        }
        let facts = [g.nameReading, g.language.isEmpty ? nil : g.language,
                     g.loyaltyNumber.map { "Loyalty \($0)" },
                     g.company,
                     g.email, g.phone].compactMap { $0 }
        canvas.put(" " + facts.joined(separator: " · "), row: 2, column: 0, role: .normal)
        canvas.put(" " + stayLine, row: 3, column: 0, role: .normal)
        if draft != nil {
            canvas.put(" An unfinished pad note is waiting: press p to finish it. ", row: 4, column: 1, role: .banner)
        }

        let listTop = 5
        let listBottom = canvas.height - 4   // detail line, message line and footer below
        let lines = complaintLines(now: now) + preferenceLines
        guard !lines.isEmpty else {
            canvas.put(" No preferences recorded yet. Press p when the guest tells you one.", row: listTop + 1, column: 0, role: .muted)
            renderRetiring(into: &canvas)
            return
        }
        let selectedLine = lines.firstIndex { $0.index == selection } ?? 0
        let height = listBottom - listTop
        var first = 0
        if selectedLine >= height { first = selectedLine - height + 1 }
        if first > 0, lines[first - 1].index == nil, selectedLine - first + 1 < height { first -= 1 }
        let columns = PreferenceColumns(width: w)
        for (offset, line) in lines.dropFirst(first).prefix(height).enumerated() {
            let row = listTop + offset
            if let i = line.index {
                renderPreference(selectable[i], selected: i == selection, row: row, columns: columns, canvas: &canvas)
            } else {
                canvas.put(" " + line.heading, row: row, column: 0, role: line.role)
            }
        }
        if let p = selected { renderDetail(p, row: canvas.height - 3, canvas: &canvas) }
        renderRetiring(into: &canvas)
    }

    typealias Line = (heading: String, role: StyleRole, index: Int?)

    /// Headings and preference rows; `index` points into `selectable` for a preference row.
    private var preferenceLines: [Line] {
        var lines: [Line] = []
        var lastGroup = ""
        for (i, p) in selectable.enumerated() {
            let group = !profile.appliesNow(p) ? (p.isActive ? "Earlier stays (one-off)" : "Retired")
                : p.isAlert ? "Alerts" : p.category.label
            if group != lastGroup { lines.append((group, group == "Alerts" ? .alert : .header, nil)); lastGroup = group }
            lines.append(("", .normal, i))
        }
        return lines
    }

    /// Open complaints first, with who owns them and when the follow-up is due; then a line
    /// about earlier ones, so nobody greets the guest as if all were well.
    private func complaintLines(now: Date) -> [Line] {
        let open = complaints.filter { $0.status.isActive }
        let past = complaints.filter { !$0.status.isActive }
        guard !complaints.isEmpty else { return [] }
        var lines: [Line] = [(open.isEmpty ? "Complaints" : "Open complaints", .overdue, nil)]
        for c in open {
            let due: String
            if let late = FollowUpPolicy.overdueBy(c, now: now) {
                due = "follow-up overdue by \(ProfileScreen.minutes(late))"
            } else {
                due = "follow up in \(ProfileScreen.minutes(c.followUpDue.timeIntervalSince(now)))"
            }
            let text = "  \(c.category.label) · \(c.severity.label) · \(c.owner) · \(due): \(c.summary)"
            lines.append((text, FollowUpPolicy.isOverdue(c, now: now) ? .overdue : .normal, nil))
        }
        if let last = past.max(by: { $0.created.at < $1.created.at }) {
            let count = past.count == 1 ? "1 earlier complaint" : "\(past.count) earlier complaints"
            lines.append(("  \(count); last \(desk.day(last.created.at).short): \(last.category.label), \(last.status.label.lowercased())", .muted, nil))
        }
        return lines
    }

    static func minutes(_ seconds: TimeInterval) -> String {
        let m = max(0, Int((seconds / 60).rounded(.up)))
        return m < 60 ? "\(m) min" : "\(m / 60) h \(m % 60) min"
    }

    private var stayLine: String {
        guard let stay = profile.stays.current(on: today) else {
            if let last = profile.stays.filter({ $0.status == .departed }).max(by: { $0.departure < $1.departure }) {
                return "Last stay \(last.arrival.short) – \(last.departure.short) \(last.arrival.year) at \(last.property)"
            }
            return "No stay on record"
        }
        let when = "\(stay.arrival.short) – \(stay.departure.short)"
        if stay.status == .inHouse { return "In house · room \(stay.room) · \(when) · \(stay.property)" }
        return "Next stay \(when) \(stay.arrival.year) · room \(stay.room) · \(stay.property)"
    }

    private func renderPreference(_ p: Preference, selected: Bool, row: Int, columns: PreferenceColumns, canvas: inout Canvas) {
        let role: StyleRole = selected ? .selection : (profile.appliesNow(p) ? (p.isAlert ? .alert : .normal) : .muted)
        if selected { canvas.fill(row: row, role: .selection) }
        let label = p.isAlert && p.category != .allergy ? "\(p.category.label): \(p.detail)" : p.detail
        canvas.put(TerminalText.pad(label, to: columns.detail), row: row, column: 3, role: role)
        let facts = [p.level.label, p.scope == .standing ? "standing" : "this stay", p.source == .stated ? "said" : "seen"]
            .joined(separator: " · ")
        canvas.put(facts, row: row, column: columns.factsColumn, role: role, limit: columns.facts)
        let who = "\(p.recorded.login) \(desk.day(p.recorded.at).short) \(p.recorded.property)"
        canvas.put(who, row: row, column: columns.whoColumn, role: selected ? .selection : .muted, limit: canvas.width - columns.whoColumn - 1)
    }

    private func renderDetail(_ p: Preference, row: Int, canvas: inout Canvas) {
        var text = "By \(p.recorded.login) at \(p.recorded.property), \(desk.stamp(p.recorded.at, today: today))"
        text += p.source == .stated ? " · guest said" : " · observed"
        if p.confirmations > 0, let last = p.lastConfirmed {
            text += " · confirmed \(p.confirmations)×, last \(desk.day(last.at).short)"
        }
        if let r = p.retirement {
            text = "Retired by \(r.signature.login) at \(r.signature.property), \(desk.stamp(r.signature.at, today: today)): \(r.reason)"
        }
        canvas.put(" " + text, row: row, column: 0, role: .muted)
    }

    private func renderRetiring(into canvas: inout Canvas) {
        guard let (id, reason) = retiring, let p = selectable.first(where: { $0.id == id }) else { return }
        let row = canvas.height - 3
        canvas.clear(row: row, role: .banner)
        let prompt = " Why retire “\(TerminalText.truncate(p.detail, to: 20))”? "
        let col = canvas.put(prompt, row: row, column: 0, role: .banner)
        reason.render(into: &canvas, row: row, column: col, columns: canvas.width - col - 1, focused: true)
    }
}

/// Columns of a preference row, from the screen width.
struct PreferenceColumns {
    let detail: Int, facts = 30
    let factsColumn: Int, whoColumn: Int

    init(width: Int) {
        let who = 19
        detail = max(16, width - 6 - facts - who)
        factsColumn = 3 + detail + 1
        whoColumn = factsColumn + facts + 1
    }
}
