import Foundation
import FrontDeskCore
import FrontDeskOutput

/// F4: the complaint queue. Overdue follow-ups first, then severity, guest value and age.
/// A supervisor sees the whole property, an associate their own; Space marks several
/// complaints to escalate or reassign at once.
struct QueueScreen: Screen {
    /// Whose complaints, in which state: changed only when the store has answered for it.
    private(set) var view: QueueView
    /// As the store gave it, re-sorted as follow-ups fall due.
    private var queue = ComplaintQueue(items: [], now: .distantPast)
    var category: ComplaintCategory?
    var severity: ComplaintSeverity?
    var selection = 0
    var marked: Set<Int64> = []
    private var size = ScreenSize()
    /// Rows of the list at a terminal height: below the headings, above the selected complaint's
    /// two rows, the message and the key lines.
    static func listHeight(_ height: Int) -> Int { max(1, height - 4 - 3 - 2) }
    /// What the prompt line asks for.
    enum Question: Equatable { case whyEscalate, reassignTo, ownerFilter }
    var prompt: (kind: Question, field: TextField)?

    /// Whether the member works every complaint of the property (a supervisor): escalating,
    /// reassigning and the whole property's queue are offered only then.
    let maySupervise: Bool

    init(view: QueueView, maySupervise: Bool) {
        self.view = view
        self.maySupervise = maySupervise
    }

    var hiddenActions: Set<Action> { maySupervise ? [] : [.escalate, .reassign, .toggleScope, .filterOwner] }

    var title: String { "Complaint queue" }
    var keyContext: KeyContext { prompt == nil ? .queue : .reason }
    var refresh: [Effect] { [.loadQueue(view)] }
    var hasUnsavedText: Bool { prompt.map { $0.kind != .ownerFilter && !$0.field.text.trimmingSpaces.isEmpty } ?? false }

    /// What the list shows, in queue order: the filters applied, overdue ones only when asked.
    var rows: [ComplaintQueue.Item] {
        queue.items.filter { item in
            let c = item.complaint
            return (category == nil || c.category == category) && (severity == nil || c.severity == severity)
                && (view.filter != .overdue || FollowUpPolicy.isOverdue(c, now: queue.sortedAt))
        }
    }

    /// The complaints an action applies to: the marked ones, or else the selected one.
    var targets: [Int64] {
        let rows = self.rows
        if !marked.isEmpty { return rows.map(\.complaint.id).filter(marked.contains) }
        return rows.indices.contains(selection) ? [rows[selection].complaint.id] : []
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if let (kind, field) = prompt { return answer(kind, field, key, keymap) }
        let rows = self.rows
        let action = keymap.action(for: key, in: .queue)
        if let action, hiddenActions.contains(action) {
            return [.status(action == .escalate || action == .reassign ? "Escalating and reassigning are for a supervisor: ask one."
                                                                       : "The whole property's queue is a supervisor's: yours is shown.", .muted)]
        }
        if let to = ListMoves.target(of: action, from: selection, count: rows.count, page: QueueScreen.listHeight(size.height)) {
            selection = to
            return []
        }
        switch action {
        case .openGuest?:
            guard rows.indices.contains(selection) else { return [] }
            return [.openComplaint(rows[selection].complaint.id)]
        case .mark?:
            guard rows.indices.contains(selection) else { return [] }
            let id = rows[selection].complaint.id
            if marked.contains(id) { marked.remove(id) } else { marked.insert(id) }
            selection = min(rows.count - 1, selection + 1)
        case .escalate?:
            guard !targets.isEmpty else { return [] }
            prompt = (.whyEscalate, TextField(maxLength: 300))
        case .reassign?:
            guard !targets.isEmpty else { return [] }
            prompt = (.reassignTo, TextField(maxLength: 64))
        case .cycleFilter?:
            var next = view
            let all = QueueView.Filter.allCases
            next.filter = all[(all.firstIndex(of: view.filter)! + 1) % all.count]
            return [.loadQueue(next)]
        case .toggleScope?:
            var next = view
            next.scope = view.scope == .mine ? .property : .mine
            return [.loadQueue(next)]
        case .cycleCategory?:
            category = QueueScreen.next(category)
            keepSelection()
        case .cycleSeverity?:
            severity = QueueScreen.next(severity)
            keepSelection()
        case .filterOwner?:
            let owner: String
            if case .owner(let login) = view.scope { owner = login } else { owner = "" }
            prompt = (.ownerFilter, TextField(owner, maxLength: 64))
        case .back?: return [.close]
        default: break
        }
        return []
    }

    private mutating func answer(_ kind: Question, _ field: TextField, _ key: Key, _ keymap: Keymap) -> [Effect] {
        var field = field
        switch keymap.action(for: key, in: .reason) {
        case .accept?:
            let text = field.text.trimmingSpaces
            switch kind {
            case .reassignTo:
                guard !text.isEmpty else { return [.status("Type the login of the new owner.", .error)] }
                return [.complaintEntry(.reassigned, ids: targets, text: "", newOwner: text)]
            case .ownerFilter:
                prompt = nil
                var next = view
                next.scope = text.isEmpty ? .property : .owner(text)
                return [.loadQueue(next)]
            case .whyEscalate:
                return [.complaintEntry(.escalated, ids: targets, text: text, newOwner: nil)]
            }
        case .cancel?:
            prompt = nil
        default:
            if field.handle(key) { prompt = (kind, field) }
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .resized(let new):
            size = new
        case .queue(let fresh, let shown):
            let selected = rows.indices.contains(selection) ? rows[selection].complaint.id : nil
            view = shown
            queue = fresh
            marked = marked.filter { id in fresh.items.contains { $0.complaint.id == id } }
            keepSelection(on: selected)
        case .tick(let time):
            // Follow-ups fall due with the clock: the order is kept true without reading anything again.
            let selected = rows.indices.contains(selection) ? rows[selection].complaint.id : nil
            queue.sort(now: time)
            keepSelection(on: selected)
        case .done(.entries(let kind, let outcome)):
            let done = outcome.done.count
            if let first = outcome.refused.first {
                let more = outcome.refused.count > 1 ? " (and \(outcome.refused.count - 1) more)" : ""
                let reason = targets.count == 1 ? first.reason : "#\(first.id): \(first.reason)"
                // Nothing saved: the prompt keeps its words. Some saved: those are done.
                if done > 0 { prompt = nil; marked = [] }
                return [.status("Not saved: " + (done > 0 ? "\(done) done; " : "") + reason + more, .error)]
            }
            prompt = nil
            marked = []
            return [.status(done == 1 ? "\(kind.label): recorded." : "\(kind.label): \(done) complaints.", .success)]
        default:
            return report(message)
        }
        return []
    }

    private mutating func keepSelection(on id: Int64? = nil) {
        let rows = self.rows
        selection = id.flatMap { id in rows.firstIndex { $0.complaint.id == id } } ?? min(selection, max(0, rows.count - 1))
    }

    /// nil (all), then each case, then nil again.
    static func next<T: CaseIterable & Equatable>(_ value: T?) -> T? where T.AllCases.Index == Int {
        let all = Array(T.allCases)
        guard let value, let i = all.firstIndex(of: value) else { return all.first }
        return i + 1 < all.count ? all[i + 1] : nil
    }

    func render(into canvas: inout Canvas, context: RenderContext) {
        let (now, vips) = (context.now, context.vips)
        let rows = self.rows
        let w = canvas.width
        let who: String
        switch view.scope {
        case .owner(let login): who = "Owner \(login)"
        case .mine: who = "Mine"
        case .property: who = "Whole property"
        case .chain: who = "Every property"
        }
        let narrowed = [category?.label, severity?.label].compactMap { $0 }.joined(separator: " · ")
        canvas.put(" Complaint queue · \(view.filter.rawValue) · \(who)" + (narrowed.isEmpty ? "" : " · " + narrowed),
                   row: 1, column: 0, role: .header, limit: w - 1)
        canvas.put(" \(rows.count) complaint\(rows.count == 1 ? "" : "s")" + (marked.isEmpty ? "" : " · \(marked.count) marked"),
                   row: 2, column: 0, role: .muted)
        guard !rows.isEmpty else {
            canvas.put(" Nothing here. s changes which complaints are shown.", row: 4, column: 0, role: .muted)
            renderPrompt(into: &canvas)
            return
        }
        canvas.put("   " + TerminalText.pad("Follow-up", to: 14) + TerminalText.pad("Sev.", to: 7) + TerminalText.pad("Room", to: 6)
                   + TerminalText.pad("Guest", to: 18) + TerminalText.pad("Owner", to: 10) + "What happened", row: 3, column: 0, role: .header, limit: w)
        let listTop = 4
        let height = QueueScreen.listHeight(canvas.height)
        let first = max(0, selection - height + 1)
        for (offset, row) in rows.dropFirst(first).prefix(height).enumerated() {
            let line = listTop + offset
            let index = first + offset
            let c = row.complaint
            let overdue = FollowUpPolicy.overdueBy(c, now: now)
            let due: String
            if !c.status.isActive { due = c.status.label }
            else if let overdue { due = "late " + Countdown.minutes(overdue) }
            else { due = Countdown.remaining(c.followUpDue.timeIntervalSince(now)).map { "in " + $0 } ?? "due now" }
            let selected = index == selection
            if selected { canvas.fill(row: line, role: .selection) }
            let base: StyleRole = selected ? .selection : .normal
            canvas.put(marked.contains(c.id) ? "*" : " ", row: line, column: 1, role: selected ? .selection : .key)
            var col = canvas.put(TerminalText.pad(due, to: 14), row: line, column: 3, role: selected ? .selection : (overdue != nil ? .overdue : .normal))
            col = canvas.put(TerminalText.pad(c.severity.label, to: 7), row: line, column: col, role: base)
            col = canvas.put(TerminalText.pad(row.room ?? "", to: 5) + " ", row: line, column: col, role: base)
            col = canvas.put(TerminalText.pad(row.guestName, to: 17) + " ", row: line, column: col, role: selected ? .selection : vips.style(of: row.vip))
            col = canvas.put(TerminalText.pad(c.owner, to: 9) + " ", row: line, column: col, role: base)
            canvas.put(c.category.label + ": " + c.summary, row: line, column: col, role: base, limit: w - col - 1)
        }
        ListMore.put(above: first, below: rows.count - first - height, row: listTop + height, into: &canvas)
        // The selected complaint whole, under the list: the row cuts what happened to fit.
        if rows.indices.contains(selection) {
            let item = rows[selection], c = item.complaint
            let room = item.room.map { ", room \($0)" } ?? ""
            let text = "#\(c.id) \(c.category.label) · \(c.severity.label) · \(item.guestName)\(room) · \(c.owner): \(c.summary)"
            let lines = TerminalText.wrap(text, to: w - 2)
            for (i, line) in lines.prefix(2).enumerated() {
                canvas.put(" " + (i == 1 ? TerminalText.truncate(lines.dropFirst().joined(separator: " "), to: w - 2) : line),
                           row: canvas.height - 4 + i, column: 0, role: .muted)
            }
        }
        renderPrompt(into: &canvas)
    }

    private func renderPrompt(into canvas: inout Canvas) {
        guard let (kind, field) = prompt else { return }
        let row = canvas.height - 3
        canvas.clear(row: row, role: .banner)
        let count = targets.count == 1 ? "this complaint" : "\(targets.count) complaints"
        let question: String
        switch kind {
        case .reassignTo: question = " Reassign \(count) to (login): "
        case .ownerFilter: question = " Show the complaints of (login, empty for all): "
        case .whyEscalate: question = " Why escalate \(count)? "
        }
        let col = canvas.put(question, row: row, column: 0, role: .banner)
        field.render(into: &canvas, row: row, column: col, columns: canvas.width - col - 1, focused: true)
    }
}
