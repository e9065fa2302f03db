import Foundation
import FrontDeskCore
import FrontDeskOutput

/// A guest's profile: who they are, their stay, alerts first, then preferences by category.
/// Alerts and flags are put in front of the associate the moment the profile opens and stay
/// there until acknowledged with a key.
struct ProfileScreen: Screen {
    /// What the profile is doing: one state, so a key means one thing at a time.
    enum Mode {
        case browsing
        /// Alerts or flags wait to be read; then the desk goes back to what it was doing.
        case alerts(resume: Resumable?)
        /// Asking whether to merge this probable duplicate into the profile.
        case confirmingMerge(ProbableDuplicate)
        case retiring(id: Int64, reason: TextField)
        case flagging(GuestFlagKind, reason: TextField)
    }

    /// What an alert arriving from another terminal interrupts and gives back once it is read:
    /// a prompt keeps what was typed. A merge question is never resumed, so the Enter that reads
    /// the alert can never be the one that merges.
    enum Resumable {
        case retiring(id: Int64, reason: TextField)
        case flagging(GuestFlagKind, reason: TextField)
    }

    private(set) var file: GuestFile
    var profile: GuestProfile { file.profile }
    var today: Day
    /// The hotel this desk is at, and who is looking: what applies here, and what they may see.
    let property: String
    let settings: RecognitionSettings
    private(set) var mode = Mode.browsing
    /// Index into `selectable`.
    private(set) var selection = 0
    /// Other profiles that are probably this guest, for the hint and a merge.
    private(set) var duplicates: [ProbableDuplicate] = []
    /// Looked for on the next quiet moment, not while the profile opens: a common name has many namesakes.
    private var duplicatesWanted = true
    /// The alerts and flags the associate has read; one not among them asks to be read.
    private var readAlerts: Set<Int64> = []
    private var readFlags: Set<GuestFlagKind> = []
    private(set) var sections = ProfileSections()
    /// The reason kept when the guest, asked to confirm a preference, says it no longer holds.
    static let noLongerHolds = "asked to confirm it, the guest said it no longer holds"

    init(file: GuestFile, today: Day, property: String, settings: RecognitionSettings) {
        self.file = file
        self.today = today
        self.property = property
        self.settings = settings
        sections = ProfileSections(profile: file.profile, property: property, today: today, settings: settings)
        if !sections.alerts.isEmpty || !file.profile.flags.isEmpty { mode = .alerts(resume: nil) }
    }

    var title: String { "Guest profile" }
    var refresh: [Effect] { [.loadGuest(profile.guest.id)] }

    /// Preferences in the order shown: alerts, to confirm, active ones by category, then history.
    var selectable: [Preference] { sections.all }

    var selected: Preference? {
        selectable.indices.contains(selection) ? selectable[selection] : nil
    }

    var keyContext: KeyContext {
        switch mode {
        case .browsing: return .profile
        case .alerts: return .alerts
        case .confirmingMerge: return .question
        case .retiring: return .reason
        case .flagging: return .flag
        }
    }

    var draft: Draft? { file.draft }

    /// A reason typed and not saved (a retirement, a flag), even under an alert that interrupted it.
    var hasUnsavedText: Bool {
        switch mode {
        case .retiring(_, let reason), .flagging(_, let reason): return !reason.text.trimmingSpaces.isEmpty
        case .alerts(let resume?):
            switch resume {
            case .retiring(_, let reason), .flagging(_, let reason): return !reason.text.trimmingSpaces.isEmpty
            }
        default: return false
        }
    }

    // MARK: - Keys

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        switch mode {
        case .browsing: return browse(key, keymap: keymap)
        case .alerts(let resume):
            switch keymap.action(for: key, in: .alerts) {
            case .accept?:
                readAll()
                mode = resume.map(Mode.init) ?? .browsing
            case .back?: return [.close]
            default: break
            }
            return []
        case .confirmingMerge(let other):
            mode = .browsing
            switch keymap.action(for: key, in: .question) {
            case .accept?: return [.merge(absorbed: other.guest.id, into: profile.guest.id)]
            default: return [.status("Nothing merged.", .muted)]
            }
        case .retiring(let id, var reason):
            switch keymap.action(for: key, in: .reason) {
            case .accept?:
                guard !reason.text.trimmingSpaces.isEmpty else {
                    return [.status("Say why it no longer applies; the reason stays in the guest's history.", .error)]
                }
                // The prompt stays, with its words, until the retirement is saved.
                return [.retirePreference(id: id, reason: reason.text.trimmingSpaces)]
            case .cancel?:
                mode = .browsing
                return [.status("Nothing retired.", .muted)]
            default:
                if reason.handle(key) { mode = .retiring(id: id, reason: reason) }
            }
            return []
        case .flagging(let kind, var reason):
            switch keymap.action(for: key, in: .flag) {
            case .nextChoice?:
                let all = GuestFlagKind.allCases
                mode = .flagging(all[(all.firstIndex(of: kind)! + 1) % all.count], reason: reason)
            case .accept?:
                guard !reason.text.trimmingSpaces.isEmpty else {
                    return [.status("Say why: the reason is kept with the flag.", .error)]
                }
                return [.flag(kind, guestID: profile.guest.id, reason: reason.text.trimmingSpaces,
                              clearing: profile.flags.contains { $0.kind == kind })]
            case .cancel?:
                mode = .browsing
                return [.status("No flag changed.", .muted)]
            default:
                if reason.handle(key) { mode = .flagging(kind, reason: reason) }
            }
            return []
        }
    }

    private mutating func browse(_ key: Key, keymap: Keymap) -> [Effect] {
        switch keymap.action(for: key, in: .profile) {
        case .openPad?: return [.push(pad(asking: nil))]
        case .logComplaint?: return [.openComplaintForm(profile.guest)]
        case .askQuestion?:
            guard let category = sections.question else { return [.status("Nothing left to ask: every question has an answer.", .muted)] }
            // One pad note per guest waits at a time: the unfinished one first.
            guard draft == nil else { return [.status("An unfinished pad note is waiting: press p to finish it first.", .muted)] }
            return [.askedQuestion(guestID: profile.guest.id, category: category), .push(pad(asking: category))]
        case .confirmPreference?:
            guard let p = selected else { return [.status("There is no preference to confirm.", .muted)] }
            guard profile.appliesNow(p) else { return [.status("That preference no longer applies: record it again with p.", .muted)] }
            return [.confirmPreference(id: p.id)]
        case .mergeDuplicate?:
            guard let other = duplicates.first else { return [.status("No other profile looks like this guest.", .muted)] }
            guard file.mayMerge else { return [.status("Merging profiles is for a supervisor: tell one.", .muted)] }
            mode = .confirmingMerge(other)
        case .flagGuest?:
            mode = .flagging(.previousComplaint, reason: TextField(maxLength: 200))
        case .retirePreference?:
            guard let p = selected else { return [.status("There is no preference to retire.", .muted)] }
            guard p.isActive else { return [.status("That preference is already retired.", .muted)] }
            // Asked to confirm it, the guest has just said it no longer holds: that is the reason, one key.
            if sections.reconfirm.contains(where: { $0.id == p.id }) {
                return [.retirePreference(id: p.id, reason: ProfileScreen.noLongerHolds)]
            }
            mode = .retiring(id: p.id, reason: TextField(maxLength: 200))
        case .moveUp?: selection = max(0, selection - 1)
        case .moveDown?: selection = min(max(0, selectable.count - 1), selection + 1)
        case .back?: return [.close]
        case .some, nil: break
        }
        return []
    }

    /// The pad on this guest: on a kept draft, or on the one question's category.
    private func pad(asking category: PreferenceCategory?) -> PadScreen {
        let stay = profile.stays.filter { $0.property == property }.current(on: today)
        return PadScreen(guest: profile.guest, stayID: stay?.id, property: property, existing: profile.current,
                         draft: category == nil ? draft?.preference : nil, category: category)
    }

    // MARK: - Messages

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .guestFile(let fresh):
            return replace(fresh)
        case .duplicates(let found):
            duplicates = found
        case .tick:
            guard duplicatesWanted else { return [] }
            duplicatesWanted = false
            return [.findDuplicates(of: profile.guest.id)]
        case .done(let done):
            return finished(done)
        default:
            return report(message)
        }
        return []
    }

    /// A write this profile asked for was saved: the prompt that asked closes and says so.
    private mutating func finished(_ done: Done) -> [Effect] {
        switch done {
        case .confirmed:
            return [.status("Confirmed with the guest today.", .success)]
        case .retired(let reason):
            if case .retiring = mode { mode = .browsing }
            return [.status(reason == ProfileScreen.noLongerHolds
                                ? "Retired: no longer holds, says the guest. A slip? Record it again with p."
                                : "Retired. It stays in the guest's history with your reason.", .success)]
        case .flagged(let kind, let clearing):
            mode = .browsing
            // Whoever set it has read it.
            readFlags.insert(kind)
            return [.status(clearing ? "Flag cleared; the reason is kept." : "Flagged \(kind.label.lowercased()).", .success)]
        case .merged(let summary):
            duplicatesWanted = true
            return [.status("Merged #\(summary.absorbedID) into this profile: \(summary).", .success)]
        default:
            return []
        }
    }

    /// A fresh read of the guest; the selection stays on the same preference. A new alert or flag
    /// asks to be read again, interrupting whatever was going on.
    private mutating func replace(_ fresh: GuestFile) -> [Effect] {
        var effects: [Effect] = []
        let selectedID = selected?.id
        file = fresh
        sections = ProfileSections(profile: fresh.profile, property: property, today: today, settings: settings)
        duplicatesWanted = true
        if let selectedID, let i = selectable.firstIndex(where: { $0.id == selectedID }) {
            selection = i
        } else {
            selection = min(selection, max(0, selectable.count - 1))
        }
        if case .retiring(let id, _) = mode, !selectable.contains(where: { $0.id == id && $0.isActive }) {
            mode = .browsing
            effects.append(.status("That preference was retired at another terminal meanwhile.", .muted))
        }
        let unread = sections.alerts.contains { !readAlerts.contains($0.id) } || profile.flags.contains { !readFlags.contains($0.kind) }
        guard unread else { return effects }
        switch mode {
        case .browsing: mode = .alerts(resume: nil)
        case .alerts: break  // still unread: what it interrupted stays to come back to
        case .retiring(let id, let reason): mode = .alerts(resume: .retiring(id: id, reason: reason))
        case .flagging(let kind, let reason): mode = .alerts(resume: .flagging(kind, reason: reason))
        case .confirmingMerge:
            mode = .alerts(resume: nil)
            effects.append(.status("Something new about this guest came in: nothing merged. Read it, then M again.", .alert))
        }
        return effects
    }

    private mutating func readAll() {
        readAlerts.formUnion(sections.alerts.map(\.id))
        readFlags.formUnion(profile.flags.map(\.kind))
    }

    // MARK: - Rendering

    func render(into canvas: inout Canvas, context: RenderContext) {
        let (now, vips, desk) = (context.now, context.vips, context.calendar)
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
        canvas.put(" " + facts.joined(separator: " · "), row: 2, column: 0, role: .normal)
        canvas.put(" " + stayLine, row: 3, column: 0, role: .normal)
        if draft != nil {
            canvas.put(" An unfinished pad note is waiting: press p to finish it. ", row: 4, column: 1, role: .banner)
        } else if let q = sections.question {
            canvas.put(" Ask today: \(OneQuestion.wording(q)) (a: record the answer)", row: 4, column: 0, role: .success, limit: w - 1)
        }

        let listTop = 5
        let columns = PreferenceColumns(width: w)
        let fullText = selected.map { wholeNote($0, columns: columns, canvas: canvas) } ?? []
        let listBottom = canvas.height - 4 - fullText.count  // the whole note, detail line, message line and footer below
        let lines = flagLines(desk) + duplicateLines(vips) + complaintLines(now: now, desk) + sensitiveLines + preferenceLines + stayLines
        guard !lines.isEmpty else {
            canvas.put(" No preferences recorded yet. Press p when the guest tells you one.", row: listTop + 1, column: 0, role: .muted)
            renderPrompt(into: &canvas, vips: vips)
            return
        }
        let selectedLine = lines.firstIndex { $0.index == selection } ?? 0
        let height = listBottom - listTop
        var first = 0
        if selectedLine >= height { first = selectedLine - height + 1 }
        if first > 0, lines[first - 1].index == nil, selectedLine - first + 1 < height { first -= 1 }
        for (offset, line) in lines.dropFirst(first).prefix(height).enumerated() {
            let row = listTop + offset
            if let i = line.index {
                renderPreference(selectable[i], selected: i == selection, row: row, columns: columns, desk: desk, canvas: &canvas)
            } else {
                canvas.put(" " + line.heading, row: row, column: 0, role: line.role)
            }
        }
        for (i, text) in fullText.enumerated() {
            canvas.put(text, row: canvas.height - 3 - fullText.count + i, column: 0, role: .normal, limit: w - 1)
        }
        if let p = selected { renderDetail(p, row: canvas.height - 3, desk: desk, canvas: &canvas) }
        renderPrompt(into: &canvas, vips: vips)
    }

    /// Whatever the mode asks, over the bottom of the list: a question, a prompt, or the alert box.
    private func renderPrompt(into canvas: inout Canvas, vips: VIPCatalog) {
        let row = canvas.height - 3
        switch mode {
        case .browsing: return
        case .alerts: renderAlertBox(into: &canvas)
        case .confirmingMerge(let other):
            canvas.clear(row: row, role: .banner)
            canvas.put(" Merge #\(other.guest.id) \(vips.named(other.guest)) into this profile, keeping everything? y: merge · n: no",
                       row: row, column: 0, role: .banner, limit: canvas.width - 1)
        case .retiring(let id, let reason):
            guard let p = selectable.first(where: { $0.id == id }) else { return }
            canvas.clear(row: row, role: .banner)
            let prompt = " Why retire “\(TerminalText.truncate(p.detail, to: 20))”? "
            let col = canvas.put(prompt, row: row, column: 0, role: .banner)
            reason.render(into: &canvas, row: row, column: col, columns: canvas.width - col - 1, focused: true)
        case .flagging(let kind, let reason):
            canvas.clear(row: row, role: .banner)
            let verb = profile.flags.contains { $0.kind == kind } ? "Clear" : "Set"
            let col = canvas.put(" \(verb) “\(kind.label)” because: ", row: row, column: 0, role: .banner)
            reason.render(into: &canvas, row: row, column: col, columns: canvas.width - col - 1, focused: true)
        }
    }

    private func duplicateLines(_ vips: VIPCatalog) -> [Line] {
        duplicates.prefix(2).map { d in
            // The merge key is offered to those who may use it; anyone else sees the hint to pass on.
            ("Same guest as #\(d.guest.id) \(vips.named(d.guest))? (\(d.reasons.joined(separator: ", ")))"
                + (file.mayMerge ? " M merges" : ""), .banner, nil)
        }
    }

    /// The alerts and flags, boxed over the profile until the associate acknowledges them.
    private func renderAlertBox(into canvas: inout Canvas) {
        let items = sections.alerts.map { p in p.category == .allergy ? p.detail : "\(p.category.label): \(p.detail)" }
            + profile.flags.map { "\($0.kind.label): \($0.reason) (\($0.set.login))" }
        let width = canvas.width - 8
        let shown = items.prefix(max(1, canvas.height - 12))
        let top = 6
        canvas.clear(row: top, role: .alert)
        canvas.put(" Before you greet the guest:", row: top, column: 4, role: .alert, limit: width)
        for (i, item) in shown.enumerated() {
            canvas.clear(row: top + 1 + i, role: .alert)
            canvas.put("  ! " + item, row: top + 1 + i, column: 4, role: .alert, limit: width)
        }
        let last = top + 1 + shown.count
        canvas.clear(row: last, role: .alert)
        let more = items.count > shown.count ? "(\(items.count - shown.count) more in the profile) " : ""
        canvas.put(" \(more)Enter: I have read this", row: last, column: 4, role: .alert, limit: width)
    }

    private func flagLines(_ desk: DeskCalendar) -> [Line] {
        guard !profile.flags.isEmpty else { return [] }
        return [("Flags", .alert, nil)] + profile.flags.map { f in
            ("  \(f.kind.label): \(f.reason) · \(f.set.login) \(desk.day(f.set.at).short) \(f.set.property)", .alert, nil)
        }
    }

    /// Every stay, newest first, under the preferences: where and when the guest was with us.
    private var stayLines: [Line] {
        guard !profile.stays.isEmpty else { return [] }
        let stays = profile.stays.sorted { ($0.arrival, $0.id) > ($1.arrival, $1.id) }
        return [("Stays", .header, nil)] + stays.map { s in
            let nights = s.nights == 1 ? "1 night" : "\(s.nights) nights"
            return ("  \(s.arrival.short) \(s.arrival.year) – \(s.departure.short), \(nights) · room \(s.room) · \(s.property) · \(s.status.label.lowercased())",
                    s.status == .inHouse || s.status == .reserved ? .normal : .muted, nil)
        }
    }

    private var sensitiveLines: [Line] {
        let n = profile.hiddenSensitive
        guard n > 0 else { return [] }
        return [(n == 1 ? "1 sensitive preference is kept; a coordinator or supervisor can see it"
                 : "\(n) sensitive preferences are kept; a coordinator or supervisor can see them", .muted, nil)]
    }

    typealias Line = (heading: String, role: StyleRole, index: Int?)

    /// Headings and preference rows; `index` points into `selectable` for a preference row.
    private var preferenceLines: [Line] {
        var lines: [Line] = []
        var lastGroup = ""
        let reconfirm = Set(sections.reconfirm.map(\.id))
        for (i, p) in selectable.enumerated() {
            let group = !p.isActive ? "Retired"
                : !profile.appliesNow(p) ? "Earlier stays (one-off)"
                : !sections.here.contains(p.id) ? "Other hotels only"
                : p.isAlert ? "Alerts"
                : reconfirm.contains(p.id) ? "Confirm with guest (y: still true · r: no longer)"
                : p.category.label
            if group != lastGroup { lines.append((group, group == "Alerts" ? .alert : .header, nil)); lastGroup = group }
            lines.append(("", .normal, i))
        }
        return lines
    }

    /// Open complaints first, with who owns them and when the follow-up is due; then a line
    /// about earlier ones, so nobody greets the guest as if all were well.
    private func complaintLines(now: Date, _ desk: DeskCalendar) -> [Line] {
        let complaints = file.complaints
        let open = complaints.filter { $0.status.isActive }
        let past = complaints.filter { !$0.status.isActive }
        guard !complaints.isEmpty else { return [] }
        var lines: [Line] = [(open.isEmpty ? "Complaints" : "Open complaints", .overdue, nil)]
        for c in open {
            let due: String
            if let late = FollowUpPolicy.overdueBy(c, now: now) {
                due = "follow-up overdue by \(ProfileScreen.minutes(late))"
            } else {
                due = ProfileScreen.remaining(c.followUpDue.timeIntervalSince(now)).map { "follow up in \($0)" } ?? "follow up now"
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

    /// Time left before a follow-up, or nil once none is left: "follow up now", "due now".
    static func remaining(_ seconds: TimeInterval) -> String? {
        seconds > 0 ? minutes(seconds) : nil
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

    /// The words as the list shows them: an alert other than an allergy says its category.
    private func label(_ p: Preference) -> String {
        p.isAlert && p.category != .allergy ? "\(p.category.label): \(p.detail)" : p.detail
    }

    /// The selected note in full, wrapped above its detail line, when the list had to cut it:
    /// what the guest said is always readable whole.
    private func wholeNote(_ p: Preference, columns: PreferenceColumns, canvas: Canvas) -> [String] {
        let text = label(p)
        guard TerminalText.width(of: TerminalText.sanitize(text)) > columns.detail else { return [] }
        let most = max(1, (canvas.height - 10) / 2)
        var rows = TerminalText.wrap("“\(text)”", to: canvas.width - 2)
        if rows.count > most { rows = Array(rows.prefix(most - 1)) + [TerminalText.truncate(rows[(most - 1)...].joined(separator: " "), to: canvas.width - 2)] }
        return rows.map { " " + $0 }
    }

    private func renderPreference(_ p: Preference, selected: Bool, row: Int, columns: PreferenceColumns, desk: DeskCalendar,
                                  canvas: inout Canvas) {
        let current = sections.here.contains(p.id)
        let role: StyleRole = selected ? .selection : (current ? (p.isAlert ? .alert : .normal) : .muted)
        if selected { canvas.fill(row: row, role: .selection) }
        canvas.put(TerminalText.pad(label(p), to: columns.detail), row: row, column: 3, role: role)
        let facts = [p.level.label, p.scope == .standing ? "standing" : "this stay",
                     p.source == .stated ? "said" : p.isUnconfirmed ? "seen 1×" : "seen"]
            .joined(separator: " · ")
        canvas.put(facts, row: row, column: columns.factsColumn, role: role, limit: columns.facts)
        let who = "\(p.recorded.login) \(desk.day(p.recorded.at).short) \(p.recorded.property)"
        canvas.put(who, row: row, column: columns.whoColumn, role: selected ? .selection : .muted, limit: canvas.width - columns.whoColumn - 1)
    }

    private func renderDetail(_ p: Preference, row: Int, desk: DeskCalendar, canvas: inout Canvas) {
        var text = "By \(p.recorded.login) at \(p.recorded.property), \(desk.stamp(p.recorded.at, today: today))"
        text += p.source == .stated ? " · guest said" : " · observed"
        if let only = p.onlyProperty { text += " · at \(only) only" }
        if p.isSensitive { text += " · kept with the guest's consent" }
        if p.confirmations > 0, let last = p.lastConfirmed {
            text += " · confirmed \(p.confirmations)×, last \(desk.day(last.at).short)"
        }
        if let r = p.retirement {
            text = "Retired by \(r.signature.login) at \(r.signature.property), \(desk.stamp(r.signature.at, today: today)): \(r.reason)"
        }
        canvas.put(" " + text, row: row, column: 0, role: .muted)
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

extension ProfileScreen.Mode {
    init(_ resumed: ProfileScreen.Resumable) {
        switch resumed {
        case .retiring(let id, let reason): self = .retiring(id: id, reason: reason)
        case .flagging(let kind, let reason): self = .flagging(kind, reason: reason)
        }
    }
}
