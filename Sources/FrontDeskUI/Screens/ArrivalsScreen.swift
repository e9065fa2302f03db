import FrontDeskCore
import FrontDeskOutput

/// F3: who arrives on a day and what each department prepares for them. VIPs first, then the
/// most valuable; the selected arrival's alerts, standing and this-stay preferences, the ones seen
/// only once, earlier complaints and flags are spelled out underneath. A coordinator marks each
/// arrival reviewed; a preference changed since shows it as modified. One department's view
/// lists only the arrivals it has something to do for.
struct ArrivalsScreen: Screen {
    var day: Day
    /// Every arrival of the day, in the desk's order.
    var arrivals: [Arrival] = []
    var selection = 0
    /// One department's preparations only (d cycles), or every department's.
    var department: Department?
    let departments: DepartmentCatalog
    /// The day the list was opened on: a trace for a later arrival is due that day.
    private let today: Day
    private var size = ScreenSize()

    init(day: Day, departments: DepartmentCatalog = .standard) {
        self.day = day
        today = day
        self.departments = departments
    }

    /// The arrivals listed: all, or those the chosen department has something to do for, with its part.
    var shown: [Arrival] { Arrival.shown(arrivals, for: department) }

    var title: String { "Arrivals" }
    var keyContext: KeyContext { .arrivals }
    var refresh: [Effect] { [.loadArrivals(day)] }

    var selected: Arrival? { shown.indices.contains(selection) ? shown[selection] : nil }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        let action = keymap.action(for: key, in: .arrivals)
        if let to = ListMoves.target(of: action, from: selection, count: shown.count,
                                     page: listRows(height: size.height, width: size.width, names: departments)) {
            selection = to
            return []
        }
        switch action {
        case .addTrace?:
            guard let a = selected else { return [] }
            // A later arrival's trace is due on its day, written out; today's in an hour.
            return [.push(TraceForm(guest: a.guest, room: a.stay.room, due: a.stay.arrival > today ? "\(a.stay.arrival) 14:00" : "+1h",
                                    departments: departments, department: department))]
        case .openGuest?:
            guard let a = selected else { return [] }
            return [.openGuest(a.guest.id)]
        case .review?:
            guard let a = selected else { return [] }
            return [.reviewArrival(stayID: a.stay.id)]
        case .cycleFilter?:
            // The next department's view; the selection stays on its guest.
            let stay = selected?.stay.id
            department = departments.next(after: department)
            selection = shown.firstIndex { $0.stay.id == stay } ?? 0
        case .previousDay?: return [.loadArrivals(day.adding(days: -1))]
        case .nextDay?: return [.loadArrivals(day.adding(days: 1))]
        case .back?: return [.close]
        default: break
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .resized(let new):
            size = new
        case .arrivals(let fresh, let day):
            show(fresh, on: day)
        case .done(.reviewed(let stayID)):
            if let i = shown.firstIndex(where: { $0.stay.id == stayID }) { selection = min(i + 1, max(0, shown.count - 1)) }
            return [.status("Reviewed. A change to this guest's preferences will show it as modified.", .success)]
        default:
            return report(message)
        }
        return []
    }

    /// New data for the same or another day: on the same day the selection stays on the same stay
    /// (or where it was, if that stay left the list); another day starts at the top.
    mutating func show(_ fresh: [Arrival], on newDay: Day) {
        let sameDay = newDay == day
        let selectedStay = selected?.stay.id
        day = newDay
        arrivals = fresh
        guard sameDay else { selection = 0; return }
        selection = selectedStay.flatMap { id in shown.firstIndex { $0.stay.id == id } } ?? min(selection, max(0, shown.count - 1))
    }

    // MARK: - Rendering

    func render(into canvas: inout Canvas, context: RenderContext) {
        let (property, today, vips, names) = (context.property, context.today, context.vips, context.departments)
        let w = canvas.width
        let list = shown
        let toReview = list.filter(\.review.needsReview).count
        let when = day == today ? "today" : day < today ? "past day" : "ahead"
        let count = arrivals.isEmpty ? "nobody arriving"
            : list.count == arrivals.count ? "\(arrivals.count) arriving · \(toReview) to review"
            : "\(list.count) of \(arrivals.count) · \(toReview) to review"
        let countColumn = w - TerminalText.width(of: count) - 2
        // A chosen department takes the year's place, so both fit at 80 columns.
        let title = department.map { " Arrivals \(day.short) (\(when)) · \(property) · \(names.label(of: $0))" }
            ?? " Arrivals \(day.short) \(day.year) (\(when)) · \(property)"
        canvas.put(title, row: 1, column: 0, role: .header, limit: countColumn - 1)
        canvas.put(count, row: 1, column: countColumn, role: .muted)
        guard !arrivals.isEmpty else {
            canvas.put(" No arrivals on this day. ← and → change the day.", row: 3, column: 0, role: .muted)
            return
        }
        if list.isEmpty, let department {
            canvas.put(" Nothing for \(names.label(of: department).lowercased()) on this day. d shows the next department.",
                       row: 3, column: 0, role: .muted, limit: w - 1)
            return
        }
        let columns = ArrivalColumns(width: w)
        canvas.put(columns.heading, row: 2, column: 0, role: .muted)
        let listTop = 3, listRows = listRows(height: canvas.height, width: w, names: names)
        let first = max(0, min(selection - listRows + 1, list.count - listRows))
        for (offset, a) in list.dropFirst(first).prefix(listRows).enumerated() {
            let i = first + offset
            renderRow(a, selected: i == selection, row: listTop + offset, columns: columns, vips: vips, canvas: &canvas)
        }
        ListMore.put(above: first, below: list.count - first - listRows, row: listTop + listRows, into: &canvas)
        if let a = selected { renderDetail(a, top: listTop + listRows + 1, names: names, canvas: &canvas) }
    }

    /// The list takes what the details do not need: the longest detail among the arrivals shown
    /// (so the list does not jump as the selection moves), at most half the rows; a short list
    /// leaves its unused rows to the detail.
    func listRows(height: Int, width: Int, names: DepartmentCatalog) -> Int {
        let needed = shown.map { detailRows($0, names: names, width: width).count }.max() ?? 0
        let detail = min(needed, max(3, (height - 8) / 2))
        // Rows 1 and 2 head the screen, one row under the list says what is above and below it,
        // and the last two are the message and the keys.
        return max(3, min(max(shown.count, 1), height - 6 - detail))
    }

    private func renderRow(_ a: Arrival, selected: Bool, row: Int, columns: ArrivalColumns, vips: VIPCatalog, canvas: inout Canvas) {
        if selected { canvas.fill(row: row, role: .selection) }
        let base: StyleRole = selected ? .selection : .normal
        canvas.put(a.alerts.isEmpty && a.flags.isEmpty ? " " : "!", row: row, column: 1, role: selected ? .selection : .alert)
        canvas.put(a.stay.room, row: row, column: columns.room, role: base, limit: 6)
        canvas.put(a.guest.displayName, row: row, column: columns.name, role: base, limit: columns.nameWidth)
        canvas.put(vips.badge(of: a.guest.vip), row: row, column: columns.vip, role: selected ? .selection : vips.style(of: a.guest.vip), limit: 12)
        canvas.put(a.tier.label, row: row, column: columns.tier, role: base, limit: 14)
        let review: (String, StyleRole) = switch a.review {
        case .notReviewed: ("to review", base)
        case .reviewed(let s): ("✓ \(s.login)", selected ? .selection : .success)
        case .modified: ("modified", selected ? .selection : .overdue)
        }
        canvas.put(review.0, row: row, column: columns.review, role: review.1, limit: canvas.width - columns.review - 1)
    }

    /// What to prepare for an arrival, one department's line each, wrapped to the width.
    func detailRows(_ a: Arrival, names: DepartmentCatalog, width: Int) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = []
        let nights = a.stay.nights == 1 ? "1 night" : "\(a.stay.nights) nights"
        lines.append(("\(a.guest.displayName) · room \(a.stay.room) · \(a.stay.arrival.short) – \(a.stay.departure.short), \(nights) · \(a.stay.status.label.lowercased())", .header))
        lines += a.flags.map { ("! \($0.kind.label): \($0.reason)", .alert) }
        // An alert is for everyone; it names who must act on it.
        lines += a.alerts.map { p in ("! \(ProfileRows.label(p)) · \(names.label(of: p.department)) acts", .alert) }
        // Each line says who prepares it, unless one department's view is already chosen.
        let who = { (p: Preference) in self.department == nil ? "\(names.label(of: p.department)) · " : "" }
        lines += a.prepare.map { p in ("· \(who(p))\(p.category.label): \(p.detail)" + (p.scope == .thisStay ? " (this stay)" : ""), .normal) }
        if a.prepare.isEmpty && a.alerts.isEmpty {
            lines.append((department == nil ? "Nothing recorded to prepare: ask the guest today's question."
                                            : "Nothing recorded for \(names.label(of: department!).lowercased()).", .muted))
        }
        lines += a.unconfirmed.map { p in ("? seen once, not yet a rule: \(who(p))\(p.category.label): \(p.detail)", .muted) }
        if a.hiddenSensitive > 0 { lines.append(("\(a.hiddenSensitive) sensitive preference(s): see a coordinator", .muted)) }
        if let last = a.earlierComplaints.last {
            let n = a.earlierComplaints.count
            lines.append(("\(n == 1 ? "1 earlier complaint" : "\(n) earlier complaints"); last: \(last.category.label), \(last.status.label.lowercased()): \(last.summary)", .overdue))
        }
        return lines.map { line in (line, TerminalText.wrap(line.0, to: width - 4)) }.flatMap { line, parts in
            parts.enumerated().map { (($0.offset == 0 ? " " : "   ") + $0.element, line.1) }
        }
    }

    /// The selected guest's detail under the list. What does not fit is never dropped silently:
    /// the last row says how many more lines the profile holds.
    private func renderDetail(_ a: Arrival, top: Int, names: DepartmentCatalog, canvas: inout Canvas) {
        let all = detailRows(a, names: names, width: canvas.width)
        let room = max(0, canvas.height - 3 - top + 1)
        var rows = all
        if all.count > room {
            rows = Array(all.prefix(max(0, room - 1)))
            // Cut at a whole line: half an alert would read as the whole of it.
            while rows.count < all.count, all[rows.count].0.hasPrefix("   "), let last = rows.popLast(), last.0.hasPrefix("   ") {}
            if room > 0 { rows.append((" … \(all.count - rows.count) more lines: Enter opens the guest's profile", .muted)) }
        }
        for (i, row) in rows.enumerated() {
            canvas.put(row.0, row: top + i, column: 0, role: row.1, limit: canvas.width - 1)
        }
    }
}

/// Columns of an arrivals row, from the screen width.
struct ArrivalColumns {
    let room = 3, name = 10
    let nameWidth: Int, vip: Int, tier: Int, review: Int

    init(width: Int) {
        nameWidth = max(11, width - 10 - 13 - 15 - 14)
        vip = name + nameWidth + 1
        tier = vip + 13
        review = tier + 15
    }

    var heading: String {
        var s = "   Room   Guest"
        s += String(repeating: " ", count: max(1, vip - TerminalText.width(of: s))) + "VIP level ▼"
        s += String(repeating: " ", count: max(1, tier - TerminalText.width(of: s))) + "then value ▼"
        s += String(repeating: " ", count: max(1, review - TerminalText.width(of: s))) + "Review"
        return s
    }
}

