import Foundation
import FrontDeskCore
import FrontDeskOutput

/// The profile drawn: header, alerts box or prompt, the scrolled list and the selected note's detail.
extension ProfileScreen {
    func render(into canvas: inout Canvas, context: RenderContext) {
        let vips = context.vips
        let w = canvas.width
        let g = profile.guest
        let name = [g.title, g.displayName].filter { !$0.isEmpty }.joined(separator: " ")
        canvas.put(" " + name, row: 1, column: 0, role: .header, limit: w - 24)
        let badge = [vips.badge(of: g.vip), file.tier == .regular ? "" : file.tier.label]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        if !badge.isEmpty {
            canvas.put(badge, row: 1, column: w - TerminalText.width(of: badge) - 2, role: g.vip == .none ? .vip : vips.style(of: g.vip))
        }
        let facts = [g.nameReading, g.language.isEmpty ? nil : g.language,
                     g.loyaltyNumber.map { "Loyalty \($0)" },
                     g.company,
                     g.email, g.phone].compactMap { $0 }
        canvas.put(" " + facts.joined(separator: " · "), row: 2, column: 0, role: .normal, limit: w - 1)
        canvas.put(" " + stayLine, row: 3, column: 0, role: .normal, limit: w - 1)
        if let retired = profile.retirement {
            canvas.put(" Retired profile: \(retired.reason) (\(retired.signature.login), \(context.calendar.day(retired.signature.at).short(relativeTo: today)))",
                       row: 4, column: 0, role: .alert, limit: w - 1)
        } else if draft != nil {
            canvas.put(" An unfinished pad note is waiting: press p to finish it. ", row: 4, column: 1, role: .banner)
        } else if file.complaintDraft != nil {
            canvas.put(" An unfinished complaint is waiting: press c to finish it. ", row: 4, column: 1, role: .banner)
        } else if let q = sections.question {
            canvas.put(" Ask today (a records the answer): \(OneQuestion.wording(q))", row: 4, column: 0, role: .success, limit: w - 1)
        }

        // Laid out again at the width drawn on, should it differ from the one the keys scrolled at.
        let shown = rows.width == w ? rows : ProfileRows(file: file, sections: sections, duplicates: duplicates, width: w)
        let height = ProfileScreen.listHeight(canvas.height)
        var window = scroll
        window.move(by: 0, count: shown.rows.count, height: height)
        shown.render(into: &canvas, top: window.top, height: height, at: ProfileScreen.listTop, selection: selection, context: context)
        // Say there is more, where it is: nothing is hidden without a word.
        if window.top > 0 { canvas.put(" ↑ more ", row: ProfileScreen.listTop, column: w - 9, role: .key) }
        if window.top + height < shown.rows.count {
            canvas.put(" ↓ more ", row: ProfileScreen.listTop + height - 1, column: w - 9, role: .key)
        }
        if let p = selected, shown.spans.indices.contains(selection),
           shown.spans[selection].overlaps(window.top..<(window.top + height)) {
            renderDetail(p, row: canvas.height - 2 - ProfileScreen.detailRows, desk: context.calendar, canvas: &canvas)
        } else if shown.rows.count > height {
            canvas.put(" " + window.position(count: shown.rows.count, height: height, noun: "rows") + " · PgUp/PgDn, Home/End",
                       row: canvas.height - 3, column: 0, role: .muted)
        }
        renderPrompt(into: &canvas, vips: vips)
    }

    /// The list sits under four rows about the guest and above the selected preference's two rows
    /// of detail, the message line and the keys.
    static let listTop = 5
    static let detailRows = 2
    static func listHeight(_ height: Int) -> Int { max(1, height - listTop - detailRows - 2) }

    /// Whatever the mode asks, over the bottom of the list: a question, a prompt, or the alert box.
    private func renderPrompt(into canvas: inout Canvas, vips: VIPCatalog) {
        let row = canvas.height - 3
        switch mode {
        case .browsing: return
        case .alerts: renderAlertBox(into: &canvas)
        case .retiringAtCheckIn(let id):
            guard let p = selectable.first(where: { $0.id == id }) else { return }
            canvas.clear(row: row - 1, role: .banner)
            canvas.clear(row: row, role: .banner)
            canvas.put(" Retire “\(p.detail)”? What did the guest say?", row: row - 1, column: 0, role: .banner, limit: canvas.width - 1)
            canvas.put(" n: it no longer holds · e: it was recorded in error · Esc: keep it",
                       row: row, column: 0, role: .banner, limit: canvas.width - 1)
        case .confirmingMerge(let other):
            canvas.clear(row: row, role: .banner)
            canvas.put(" Merge #\(other.guest.id) \(vips.named(other.guest)) into this profile, keeping everything? y: merge · n: no",
                       row: row, column: 0, role: .banner, limit: canvas.width - 1)
        case .retiring(let id, let reason):
            guard let p = selectable.first(where: { $0.id == id }) else { return }
            canvas.clear(row: row - 1, role: .banner)
            canvas.clear(row: row, role: .banner)
            canvas.put(" Why retire “\(p.detail)”? (the reason is kept with it)", row: row - 1, column: 0,
                       role: .banner, limit: canvas.width - 1)
            let col = canvas.put(" Because: ", row: row, column: 0, role: .banner)
            reason.render(into: &canvas, row: row, column: col, columns: canvas.width - col - 1, focused: true)
        case .retiringProfile(let reason):
            canvas.clear(row: row, role: .banner)
            let col = canvas.put(profile.retirement == nil ? " Retire this profile (made by mistake) because: "
                                                           : " Reinstate this profile because: ", row: row, column: 0, role: .banner)
            reason.render(into: &canvas, row: row, column: col, columns: canvas.width - col - 1, focused: true)
        case .flagging(let kind, let reason):
            canvas.clear(row: row, role: .banner)
            let verb = profile.flags.contains { $0.kind == kind } ? "Clear" : "Set"
            let col = canvas.put(" \(verb) “\(kind.label)” because: ", row: row, column: 0, role: .banner)
            reason.render(into: &canvas, row: row, column: col, columns: canvas.width - col - 1, focused: true)
        }
    }

    /// The alerts and flags, boxed over the whole list until the associate acknowledges them. Each
    /// is read whole, wrapped under itself; nothing of the list peeks out around the box, so no
    /// heading stands over the wrong line. What does not fit is counted, never cut silently.
    private func renderAlertBox(into canvas: inout Canvas) {
        let items = sections.alerts.map { p in "\(ProfileRows.label(p)) (\(departments.label(of: p.department).lowercased()) acts)" }
            + profile.flags.map { "\($0.kind.label): \($0.reason) (\($0.set.login))" }
        let top = ProfileScreen.listTop, bottom = ProfileScreen.listTop + ProfileScreen.listHeight(canvas.height) + ProfileScreen.detailRows - 1
        for row in top...bottom { canvas.clear(row: row, role: .normal) }
        let inner = canvas.width - 12
        let wrapped = items.map { TerminalText.wrap($0, to: inner) }
        // The box's rows: heading, the items, the closing line; as many whole items as fit.
        let room = bottom - top + 1 - 3
        var lines: [String] = []
        var shown = 0
        for item in wrapped where lines.count + item.count <= room {
            lines += item.enumerated().map { ($0.offset == 0 ? "  ! " : "    ") + $0.element }
            shown += 1
        }
        if shown == 0, let first = wrapped.first {  // one alert longer than the box: its start, and the rest counted
            lines = first.prefix(max(1, room)).enumerated().map { ($0.offset == 0 ? "  ! " : "    ") + $0.element }
        }
        let more = items.count - max(shown, 1)
        let box = [" Before you greet the guest:"] + lines
            + [" " + (more > 0 ? "(\(more) more: read them in the profile) " : "") + "Enter: I have read this"]
        for (i, line) in box.enumerated() {
            canvas.clear(row: top + 1 + i, role: .alert)
            canvas.put(line, row: top + 1 + i, column: 4, role: .alert, limit: canvas.width - 8)
        }
    }

    private var stayLine: String {
        guard let stay = profile.stays.current(on: today) else {
            if let last = profile.stays.filter({ $0.status == .departed }).max(by: { $0.departure < $1.departure }) {
                return "Last stay \(last.arrival.short(relativeTo: today)) – \(last.departure.short(relativeTo: today)) at \(last.property)"
            }
            return "No stay on record"
        }
        let when = "\(stay.arrival.short(relativeTo: today)) – \(stay.departure.short(relativeTo: today))"
        if stay.status == .inHouse { return "In house · room \(stay.room) · \(when) · \(stay.property)" }
        return "Next stay \(when) · room \(stay.room) · \(stay.property)"
    }

    /// The selected preference's record on two rows: what it is (how much it matters, for how long,
    /// whose word, who acts on it), then who wrote it, or who retired it and why.
    private func renderDetail(_ p: Preference, row: Int, desk: DeskCalendar, canvas: inout Canvas) {
        var what = "\(p.level.label), \(p.scope == .standing ? "standing" : "this stay only")"
        what += p.source == .stated ? " · the guest said it" : p.isUnconfirmed ? " · seen once" : " · observed"
        what += " · \(departments.label(of: p.department).lowercased()) acts"
        if let only = p.onlyProperty { what += " · at \(only) only" }
        if p.isSensitive { what += " · kept with the guest's consent" }
        var who = "By \(p.recorded.login) at \(p.recorded.property), \(desk.stamp(p.recorded.at, today: today))"
        if p.confirmations > 0, let last = p.lastConfirmed {
            who += " · confirmed \(p.confirmations)×, last \(desk.day(last.at).short(relativeTo: today))"
        }
        var rows = [what, who].map { TerminalText.truncate($0, to: canvas.width - 2) }
        // A retired one says who retired it and why, whole: that is what the reader needs now.
        if let r = p.retirement {
            let why = "Retired by \(r.signature.login) at \(r.signature.property), \(desk.stamp(r.signature.at, today: today)): \(r.reason)"
            let lines = TerminalText.wrap(why, to: canvas.width - 2)
            rows = lines.count > 1 ? [lines[0], TerminalText.truncate(lines.dropFirst().joined(separator: " "), to: canvas.width - 2)]
                                   : [rows[0], why]
        }
        for (i, text) in rows.enumerated() {
            canvas.put(" " + text, row: row + i, column: 0, role: .muted)
        }
    }
}
