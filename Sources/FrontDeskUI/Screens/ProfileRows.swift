import Foundation
import FrontDeskCore
import FrontDeskOutput

/// The rows of a profile's list at one width: flags, probable duplicates, complaints, every
/// preference (a long one wraps over as many rows as it needs, so what the guest said is read
/// whole), then the stays. The rows are laid out from the profile alone, so keys can scroll
/// through them; their words that change with the clock are filled in when they are drawn.
struct ProfileRows {
    enum Row: Equatable {
        case heading(String, StyleRole)
        case flag(Int)
        case duplicate(Int)
        case openComplaint(Int)
        case earlierComplaints
        case trace(Int)
        /// A line of its own words: sensitive facts kept out of sight, nothing recorded yet.
        case note(String)
        /// One row of preference `index` (into `ProfileSections.all`): its words, and on its
        /// first row the facts worth seeing at a glance.
        case preference(index: Int, text: String, tags: String)
        case stay(Int)
        case change(Int)
    }

    let file: GuestFile
    let sections: ProfileSections
    let duplicates: [ProbableDuplicate]
    let rows: [Row]
    /// The rows each preference takes, by its index.
    let spans: [Range<Int>]
    let width: Int

    var profile: GuestProfile { file.profile }
    var openComplaints: [Complaint] { file.complaints.filter { $0.status.isActive } }
    var stays: [Stay] { profile.stays.sorted { ($0.arrival, $0.id) > ($1.arrival, $1.id) } }

    init(file: GuestFile, sections: ProfileSections, duplicates: [ProbableDuplicate], width: Int) {
        self.file = file
        self.sections = sections
        self.duplicates = Array(duplicates.prefix(2))
        self.width = width
        let profile = file.profile
        var rows: [Row] = []
        if !profile.flags.isEmpty {
            rows.append(.heading("Flags", .alert))
            rows += profile.flags.indices.map(Row.flag)
        }
        rows += self.duplicates.indices.map(Row.duplicate)
        let open = file.complaints.filter { $0.status.isActive }
        if !file.complaints.isEmpty {
            rows.append(.heading(open.isEmpty ? "Complaints" : "Open complaints", .overdue))
            rows += open.indices.map(Row.openComplaint)
            if open.count < file.complaints.count { rows.append(.earlierComplaints) }
        }
        if !file.openTraces.isEmpty {
            rows.append(.heading("Traces open", .header))
            rows += file.openTraces.indices.map(Row.trace)
        }
        let hidden = profile.hiddenSensitive
        if hidden > 0 {
            rows.append(.note(hidden == 1 ? "1 sensitive preference is kept; a coordinator or supervisor can see it"
                                          : "\(hidden) sensitive preferences are kept; a coordinator or supervisor can see them"))
        }
        var spans: [Range<Int>] = []
        var lastGroup = ""
        for (i, p) in sections.all.enumerated() {
            let group = ProfileRows.group(of: p, profile: profile, sections: sections)
            if group != lastGroup {
                rows.append(.heading(group, group == "Alerts" ? .alert : .header))
                lastGroup = group
            }
            let tags = ProfileRows.tags(p)
            // The words take the whole line but for the tags beside their first row.
            let room = width - 4 - (tags.isEmpty ? 0 : TerminalText.width(of: tags) + 2)
            let start = rows.count
            for (part, text) in TerminalText.wrap(ProfileRows.label(p), to: max(10, room)).enumerated() {
                rows.append(.preference(index: i, text: text, tags: part == 0 ? tags : ""))
            }
            spans.append(start..<rows.count)
        }
        if sections.all.isEmpty { rows.append(.note("No preferences recorded yet. Press p when the guest tells you one.")) }
        if !profile.stays.isEmpty {
            rows.append(.heading("Stays", .header))
            rows += profile.stays.indices.map(Row.stay)
        }
        if !profile.changes.isEmpty {
            rows.append(.heading("Changes to the profile", .header))
            rows += profile.changes.indices.reversed().map(Row.change)
        }
        self.rows = rows
        self.spans = spans
    }

    /// The heading a preference is listed under.
    static func group(of p: Preference, profile: GuestProfile, sections: ProfileSections) -> String {
        if !p.isActive { return "Retired" }
        if !profile.appliesNow(p) { return "Earlier stays (one-off)" }
        if !sections.here.contains(p.id) { return "Other hotels only" }
        if p.isAlert { return "Alerts" }
        if sections.reconfirm.contains(where: { $0.id == p.id }) { return "Confirm with guest (y: still true · r: no longer)" }
        return p.category.label
    }

    /// The words as the list shows them: an alert other than an allergy says its category.
    static func label(_ p: Preference) -> String {
        p.isAlert && p.category != .allergy ? "\(p.category.label): \(p.detail)" : p.detail
    }

    /// What sets a preference apart from the usual (preferred, standing, said by the guest), in few words.
    static func tags(_ p: Preference) -> String {
        [p.level == .preferred ? nil : p.level.label.lowercased(),
         p.scope == .thisStay ? "this stay" : nil,
         p.source == .stated ? nil : p.isUnconfirmed ? "seen 1×" : "seen"]
            .compactMap { $0 }.joined(separator: " · ")
    }

    // MARK: - Drawing

    /// Draws `height` rows from `top`, the selected preference highlighted on every row it takes.
    func render(into canvas: inout Canvas, top: Int, height: Int, at row0: Int, selection: Int, context: RenderContext) {
        let today = context.today
        for (offset, row) in rows.dropFirst(top).prefix(height).enumerated() {
            let y = row0 + offset
            switch row {
            case .heading(let text, let role):
                canvas.put(" " + text, row: y, column: 0, role: role, limit: width - 1)
            case .preference(let i, let text, let tags):
                let p = sections.all[i]
                let selected = i == selection
                let role: StyleRole = selected ? .selection : sections.here.contains(p.id) ? (p.isAlert ? .alert : .normal) : .muted
                if selected { canvas.fill(row: y, role: .selection) }
                canvas.put(text, row: y, column: 3, role: role, limit: width - 4)
                if !tags.isEmpty {
                    canvas.put(tags, row: y, column: width - 1 - TerminalText.width(of: tags), role: selected ? .selection : .muted)
                }
            case .flag(let i):
                let f = profile.flags[i]
                line("  \(f.kind.label): \(f.reason) · \(f.set.login) \(context.calendar.day(f.set.at).short(relativeTo: today)) \(f.set.property)",
                     .alert, y, &canvas)
            case .duplicate(let i):
                let d = duplicates[i]
                // The merge key is offered to those who may use it; anyone else sees the hint to pass on.
                line("Same guest as #\(d.guest.id) \(context.vips.named(d.guest))? (\(d.reasons.joined(separator: ", ")))"
                     + (file.mayMerge ? " M merges" : ""), .banner, y, &canvas)
            case .openComplaint(let i):
                let c = openComplaints[i]
                line("  \(c.category.label) · \(c.severity.label) · \(c.owner) · \(ProfileRows.due(c, now: context.now)): \(c.summary)",
                     FollowUpPolicy.isOverdue(c, now: context.now) ? .overdue : .normal, y, &canvas)
            case .earlierComplaints:
                let past = file.complaints.filter { !$0.status.isActive }
                guard let last = past.max(by: { $0.created.at < $1.created.at }) else { break }
                let count = past.count == 1 ? "1 earlier complaint" : "\(past.count) earlier complaints"
                line("  \(count); last \(context.calendar.day(last.created.at).short(relativeTo: today)): \(last.category.label), \(last.status.label.lowercased())",
                     .muted, y, &canvas)
            case .note(let text):
                line(text, .muted, y, &canvas)
            case .trace(let i):
                let t = file.openTraces[i]
                let due = DueTime.describe(t.due, now: context.now, calendar: context.calendar.calendar)
                line("  \(context.departments.label(of: t.department)) · due \(due)\(t.isOverdue(now: context.now) ? ", overdue" : ""): \(t.text)",
                     t.isOverdue(now: context.now) ? .overdue : .normal, y, &canvas)
            case .change(let i):
                let c = profile.changes[i]
                line("  \(context.calendar.day(c.signature.at).short(relativeTo: today)) \(c.signature.login): \(c.description)",
                     .muted, y, &canvas)
            case .stay(let i):
                let s = stays[i]
                let nights = s.nights == 1 ? "1 night" : "\(s.nights) nights"
                line("  \(s.arrival.short(relativeTo: today)) – \(s.departure.short(relativeTo: today)), \(nights) · room \(s.room) · \(s.property) · \(s.status.label.lowercased())",
                     s.status == .inHouse || s.status == .reserved ? .normal : .muted, y, &canvas)
            }
        }
    }

    private func line(_ text: String, _ role: StyleRole, _ row: Int, _ canvas: inout Canvas) {
        canvas.put(" " + text, row: row, column: 0, role: role, limit: width - 1)
    }

    /// When an open complaint's follow-up is due, or how late it is.
    static func due(_ c: Complaint, now: Date) -> String {
        if let late = FollowUpPolicy.overdueBy(c, now: now) { return "follow-up overdue by \(Countdown.minutes(late))" }
        return Countdown.remaining(c.followUpDue.timeIntervalSince(now)).map { "follow up in \($0)" } ?? "follow up now"
    }
}
