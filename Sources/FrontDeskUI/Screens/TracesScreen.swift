import Foundation
import FrontDeskCore
import FrontDeskOutput

/// F5: each department's traces for a day, soonest due first, the overdue marked, the done ones
/// after with who did them. Whoever does one marks it done (`x`, then y); `d` shows one department.
struct TracesScreen: Screen {
    var day: Day
    var lines: [TraceLine] = []
    var selection = 0
    var department: Department?
    let departments: DepartmentCatalog
    /// Asking before a trace is marked done: it cannot be undone.
    private(set) var confirming: Trace?
    private var size = ScreenSize()

    init(day: Day, departments: DepartmentCatalog, department: Department? = nil) {
        self.day = day
        self.departments = departments
        self.department = department
    }

    var title: String { "Traces" }
    var keyContext: KeyContext { confirming == nil ? .traces : .confirm }
    var refresh: [Effect] { [.loadTraces(department, day)] }

    /// Open ones first, soonest due first; then the done ones.
    var shown: [TraceLine] {
        lines.filter { !$0.trace.isDone } + lines.filter { $0.trace.isDone }
    }

    var selected: TraceLine? { shown.indices.contains(selection) ? shown[selection] : nil }

    static func listRows(height: Int) -> Int { max(3, (height - 8) * 2 / 3) }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if let trace = confirming {
            confirming = nil
            if keymap.action(for: key, in: .confirm) == .accept { return [.markTraceDone(id: trace.id)] }
            return [.status("Not marked done.", .muted)]
        }
        let action = keymap.action(for: key, in: .traces)
        if let to = ListMoves.target(of: action, from: selection, count: shown.count, page: TracesScreen.listRows(height: size.height)) {
            selection = to
            return []
        }
        switch action {
        case .markDone?:
            guard let line = selected else { return [.status("There is no trace to mark done.", .muted)] }
            if let done = line.trace.done { return [.status("Already done by \(done.login).", .muted)] }
            confirming = line.trace
        case .openGuest?:
            guard let line = selected else { return [] }
            return [line.trace.complaintID.map { .openComplaint($0) } ?? .openGuest(line.trace.guestID)]
        case .cycleFilter?:
            department = departments.next(after: department)
            selection = 0
            return refresh
        case .previousDay?: return [.loadTraces(department, day.adding(days: -1))]
        case .nextDay?: return [.loadTraces(department, day.adding(days: 1))]
        case .back?: return [.close]
        default: break
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .resized(let new): size = new
        case .traces(let fresh, let shownDepartment, let newDay):
            let kept = selected?.trace.id
            let sameDay = newDay == day && shownDepartment == department
            (lines, department, day) = (fresh, shownDepartment, newDay)
            selection = sameDay ? (kept.flatMap { id in shown.firstIndex { $0.trace.id == id } } ?? min(selection, max(0, shown.count - 1))) : 0
        case .done(.traceDone(let trace)):
            return [.status("Done: trace #\(trace.id), signed by \(trace.done?.login ?? "you").", .success)]
        default:
            return report(message)
        }
        return []
    }

    // MARK: - Rendering

    func render(into canvas: inout Canvas, context: RenderContext) {
        let w = canvas.width
        let now = context.now, cal = context.calendar.calendar
        let list = shown
        let open = list.filter { !$0.trace.isDone }
        let overdue = open.filter { $0.trace.isOverdue(now: now) }.count
        let when = day == context.today ? "today" : day < context.today ? "past day" : "ahead"
        let whose = department.map { context.departments.label(of: $0) } ?? "every department"
        let count = "\(open.count) open" + (overdue > 0 ? " · \(overdue) overdue" : "")
        let countColumn = w - TerminalText.width(of: count) - 2
        canvas.put(" Traces \(day.short(relativeTo: context.today)) (\(when)) · \(context.property) · \(whose)", row: 1, column: 0,
                   role: .header, limit: countColumn - 1)
        canvas.put(count, row: 1, column: countColumn, role: overdue > 0 ? .overdue : .muted)
        guard !list.isEmpty else {
            let none = "No traces \(department == nil ? "" : "for \(whose.lowercased()) ")on this day. t on a guest, an arrival or a complaint makes one."
            for (i, line) in TerminalText.wrap(none, to: w - 2).enumerated() {
                canvas.put(" " + line, row: 3 + i, column: 0, role: .muted)
            }
            return
        }
        let due = { (t: Trace) in DueTime.describe(t.due, now: context.now, calendar: context.calendar.calendar) }
        let columns = TraceColumns(width: w, due: list.map { TerminalText.width(of: due($0.trace)) }.max() ?? 5,
                                   department: list.map { TerminalText.width(of: context.departments.label(of: $0.trace.department)) }.max() ?? 10,
                                   guest: list.map { TerminalText.width(of: $0.guest?.displayName ?? "") }.max() ?? 10,
                                   room: list.map { TerminalText.width(of: $0.trace.room) }.max() ?? 4)
        canvas.put(columns.heading, row: 2, column: 0, role: .muted)
        let listTop = 3, listRows = min(list.count, TracesScreen.listRows(height: canvas.height))
        let first = max(0, min(selection - listRows + 1, list.count - listRows))
        for (offset, line) in list.dropFirst(first).prefix(listRows).enumerated() {
            renderRow(line, selected: first + offset == selection, row: listTop + offset, columns: columns, context: context,
                      canvas: &canvas)
        }
        ListMore.put(above: first, below: list.count - first - listRows, row: listTop + listRows, into: &canvas)
        if let line = selected { renderDetail(line, top: listTop + listRows + 1, context: context, calendar: cal, canvas: &canvas) }
        if let trace = confirming {
            canvas.clear(row: canvas.height - 4, role: .banner)
            canvas.clear(row: canvas.height - 3, role: .banner)
            canvas.put(" Mark done, signed by you: “\(trace.text)”?", row: canvas.height - 4, column: 0, role: .banner, limit: w - 1)
            canvas.put(" y: done · n: not yet", row: canvas.height - 3, column: 0, role: .banner, limit: w - 1)
        }
    }

    private func renderRow(_ line: TraceLine, selected: Bool, row: Int, columns: TraceColumns, context: RenderContext,
                           canvas: inout Canvas) {
        let t = line.trace
        let overdue = t.isOverdue(now: context.now)
        if selected { canvas.fill(row: row, role: .selection) }
        let base: StyleRole = selected ? .selection : t.isDone ? .muted : overdue ? .overdue : .normal
        canvas.put(t.isDone ? "✓" : overdue ? "!" : " ", row: row, column: 1, role: base)
        canvas.put(DueTime.describe(t.due, now: context.now, calendar: context.calendar.calendar), row: row, column: columns.due,
                   role: base, limit: columns.dueWidth)
        canvas.put(context.departments.label(of: t.department), row: row, column: columns.department, role: base,
                   limit: columns.departmentWidth)
        canvas.put(t.room, row: row, column: columns.room, role: base, limit: columns.roomWidth)
        canvas.put(line.guest?.displayName ?? "#\(t.guestID)", row: row, column: columns.guest, role: base, limit: columns.guestWidth)
        canvas.put(t.text, row: row, column: columns.text, role: base, limit: canvas.width - columns.text - 1)
    }

    /// The selected trace in full: what, for whom, who asked, and who did it.
    private func renderDetail(_ line: TraceLine, top: Int, context: RenderContext, calendar: Calendar, canvas: inout Canvas) {
        let t = line.trace
        let desk = context.calendar
        var rows: [(String, StyleRole)] = []
        rows += TerminalText.wrap("“\(t.text)”", to: canvas.width - 2).map { ($0, .normal) }
        var facts = "\(context.departments.label(of: t.department)) · room \(t.room.isEmpty ? "–" : t.room)"
        facts += " · due \(DueTime.describe(t.due, now: context.now, calendar: calendar))"
        if t.isOverdue(now: context.now) { facts += " · overdue by \(Desk.duration(context.now.timeIntervalSince(t.due)))" }
        rows.append((facts, t.isOverdue(now: context.now) ? .overdue : .muted))
        rows.append(("Asked by \(t.created.login), \(desk.stamp(t.created.at, today: context.today))"
                     + (t.complaintID.map { " · routes complaint #\($0): Enter opens it" } ?? " · Enter opens the guest"), .muted))
        if let done = t.done {
            rows.append(("Done by \(done.login), \(desk.stamp(done.at, today: context.today))", .success))
        }
        for (i, row) in rows.prefix(max(0, canvas.height - 3 - top)).enumerated() {
            canvas.put(" " + row.0, row: top + i, column: 0, role: row.1, limit: canvas.width - 1)
        }
    }
}

/// Columns of a trace row: as wide as what they hold, within limits, so the words get the rest.
struct TraceColumns {
    let due = 3
    let dueWidth: Int, department: Int, departmentWidth: Int, room: Int, roomWidth: Int, guest: Int, guestWidth: Int, text: Int

    init(width: Int, due dueText: Int, department departmentText: Int, guest guestText: Int, room roomText: Int) {
        dueWidth = min(15, max(3, dueText))
        department = due + dueWidth + 2
        departmentWidth = min(16, max(10, departmentText))
        room = department + departmentWidth + 2
        roomWidth = min(10, max(4, roomText))
        guest = room + roomWidth + 2
        guestWidth = min(max(10, (width - guest) / 3), max(5, guestText))
        text = guest + guestWidth + 2
    }

    var heading: String {
        var s = "   Due"
        for (column, title) in [(department, "Department"), (room, "Room"), (guest, "Guest"), (text, "What")] {
            s += String(repeating: " ", count: max(1, column - TerminalText.width(of: s))) + title
        }
        return s
    }
}
