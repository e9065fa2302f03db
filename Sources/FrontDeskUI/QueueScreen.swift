import Foundation
import FrontDeskCore

/// F4: the complaint queue. Overdue follow-ups first, then severity, guest value and age.
/// A supervisor sees the whole property, an associate their own; Space marks several
/// complaints to escalate or reassign at once.
struct QueueScreen: Equatable {
    enum Scope: Equatable { case mine, property }
    enum Filter: String, CaseIterable { case active = "Open and escalated", overdue = "Overdue", resolved = "Resolved", closed = "Closed" }

    var rows: [QueueRow] = []
    var scope: Scope
    var filter = Filter.active
    var category: ComplaintCategory?
    var severity: ComplaintSeverity?
    /// Someone else's complaints only (a supervisor checking a colleague's), nil for everyone's.
    var owner: String?
    var selection = 0
    var marked: Set<Int64> = []
    /// What the prompt line asks for.
    enum Question: Equatable { case whyEscalate, reassignTo, ownerFilter }
    var prompt: (kind: Question, field: TextField)?

    static func == (a: QueueScreen, b: QueueScreen) -> Bool {
        a.rows == b.rows && a.scope == b.scope && a.filter == b.filter && a.selection == b.selection
            && a.category == b.category && a.severity == b.severity && a.owner == b.owner
            && a.marked == b.marked && a.prompt?.kind == b.prompt?.kind && a.prompt?.field == b.prompt?.field
    }

    var keyContext: KeyContext { prompt == nil ? .queue : .reason }

    /// The complaints an action applies to: the marked ones, or else the selected one.
    var targets: [Int64] {
        if !marked.isEmpty { return rows.map(\.complaint.id).filter(marked.contains) }
        return rows.indices.contains(selection) ? [rows[selection].complaint.id] : []
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if let (kind, field) = prompt { return answer(kind, field, key, keymap) }
        switch keymap.action(for: key, in: .queue) {
        case .moveUp?: selection = max(0, selection - 1)
        case .moveDown?: selection = min(max(0, rows.count - 1), selection + 1)
        case .openGuest?:
            guard rows.indices.contains(selection) else { return [] }
            return [.openComplaint(id: rows[selection].complaint.id)]
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
            let all = Filter.allCases
            filter = all[(all.firstIndex(of: filter)! + 1) % all.count]
            return [.reloadQueue]
        case .toggleScope?:
            scope = scope == .mine ? .property : .mine
            owner = nil
            return [.reloadQueue]
        case .cycleCategory?:
            category = QueueScreen.next(category)
            return [.reloadQueue]
        case .cycleSeverity?:
            severity = QueueScreen.next(severity)
            return [.reloadQueue]
        case .filterOwner?:
            prompt = (.ownerFilter, TextField(owner ?? "", maxLength: 64))
        case .back?: return [.close]
        case .some(let action): return globalEffects(action)
        case nil: break
        }
        return []
    }

    private mutating func answer(_ kind: Question, _ field: TextField, _ key: Key, _ keymap: Keymap) -> [Effect] {
        var field = field
        switch keymap.action(for: key, in: .reason) {
        case .accept?:
            prompt = nil
            let text = field.text.trimmingSpaces
            switch kind {
            case .reassignTo:
                guard !text.isEmpty else { return [.message("Type the login of the new owner.", .error)] }
                return [.complaintEntry(ids: targets, kind: .reassigned, text: "", newOwner: text)]
            case .ownerFilter:
                owner = text.isEmpty ? nil : text
                if owner != nil { scope = .property }
                return [.reloadQueue]
            case .whyEscalate:
                return [.complaintEntry(ids: targets, kind: .escalated, text: text, newOwner: nil)]
            }
        case .cancel?:
            prompt = nil
        case .some(let action):
            return globalEffects(action)
        case nil:
            if field.handle(key) { prompt = (kind, field) }
        }
        return []
    }

    /// nil (all), then each case, then nil again.
    static func next<T: CaseIterable & Equatable>(_ value: T?) -> T? where T.AllCases.Index == Int {
        let all = Array(T.allCases)
        guard let value, let i = all.firstIndex(of: value) else { return all.first }
        return i + 1 < all.count ? all[i + 1] : nil
    }

    /// Whether a complaint passes the category, severity and owner filters.
    func admits(_ c: Complaint) -> Bool {
        (category == nil || c.category == category) && (severity == nil || c.severity == severity)
            && (owner == nil || c.owner == owner)
    }

    /// Keeps the selection on the same complaint when the list is read again.
    mutating func show(_ newRows: [QueueRow]) {
        let selectedID = rows.indices.contains(selection) ? rows[selection].complaint.id : nil
        rows = newRows
        marked = marked.filter { id in newRows.contains { $0.complaint.id == id } }
        selection = selectedID.flatMap { id in newRows.firstIndex { $0.complaint.id == id } } ?? min(selection, max(0, newRows.count - 1))
    }

    func render(into canvas: inout Canvas, now: Date, desk: DeskCalendar, vips: VIPCatalog = .standard) {
        let w = canvas.width
        let who = owner.map { "Owner \($0)" } ?? (scope == .mine ? "Mine" : "Whole property")
        let narrowed = [category?.label, severity?.label].compactMap { $0 }.joined(separator: " · ")
        canvas.put(" Complaint queue · \(filter.rawValue) · \(who)" + (narrowed.isEmpty ? "" : " · " + narrowed),
                   row: 1, column: 0, role: .header, limit: w - 1)
        canvas.put(" \(rows.count) complaint\(rows.count == 1 ? "" : "s")" + (marked.isEmpty ? "" : " · \(marked.count) marked"),
                   row: 2, column: 0, role: .muted)
        guard !rows.isEmpty else {
            canvas.put(" Nothing here. s changes which complaints are shown.", row: 4, column: 0, role: .muted)
            renderPrompt(into: &canvas)
            return
        }
        canvas.put("   " + TerminalText.pad("Follow-up", to: 16) + TerminalText.pad("Sev.", to: 7) + TerminalText.pad("Guest", to: 20)
                   + TerminalText.pad("Owner", to: 10) + "What happened", row: 3, column: 0, role: .header, limit: w)
        let listTop = 4
        let height = canvas.height - listTop - 3
        let first = max(0, selection - height + 1)
        for (offset, row) in rows.dropFirst(first).prefix(height).enumerated() {
            let line = listTop + offset
            let index = first + offset
            let c = row.complaint
            let overdue = FollowUpPolicy.overdueBy(c, now: now)
            let due: String
            if !c.status.isActive { due = c.status.label }
            else if let overdue { due = "late " + ProfileScreen.minutes(overdue) }
            else { due = "in " + ProfileScreen.minutes(c.followUpDue.timeIntervalSince(now)) }
            let selected = index == selection
            if selected { canvas.fill(row: line, role: .selection) }
            let base: StyleRole = selected ? .selection : .normal
            canvas.put(marked.contains(c.id) ? "*" : " ", row: line, column: 1, role: selected ? .selection : .key)
            var col = canvas.put(TerminalText.pad(due, to: 16), row: line, column: 3, role: selected ? .selection : (overdue != nil ? .overdue : .normal))
            col = canvas.put(TerminalText.pad(c.severity.label, to: 7), row: line, column: col, role: base)
            col = canvas.put(TerminalText.pad(row.guestName, to: 19) + " ", row: line, column: col, role: selected ? .selection : vips.style(of: row.vip))
            col = canvas.put(TerminalText.pad(c.owner, to: 9) + " ", row: line, column: col, role: base)
            canvas.put(c.category.label + ": " + c.summary, row: line, column: col, role: base, limit: w - col - 1)
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
