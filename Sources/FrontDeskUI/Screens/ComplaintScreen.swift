import Foundation
import FrontDeskCore
import FrontDeskOutput

/// One complaint: what happened, who owns it, when the follow-up is due, and its timeline, with
/// what was routed to departments and when they did it. Every action is a new entry with who and
/// when; nothing is edited.
struct ComplaintScreen: Screen {
    var record: ComplaintRecord
    var complaint: Complaint { record.complaint }
    /// Who is working it: what they are offered is what they may do.
    let member: StaffMember
    let departments: DepartmentCatalog
    /// The hotel this desk is at: routing goes to its departments.
    let property: String
    /// The entry being written: its kind and words, kept until it is saved.
    var prompt: (kind: ComplaintEntryKind, field: TextField)?
    /// How many rows of the timeline are scrolled back from its newest.
    private(set) var back = 0
    private var size = ScreenSize()

    init(record: ComplaintRecord, member: StaffMember, departments: DepartmentCatalog = .standard, property: String? = nil) {
        self.record = record
        self.member = member
        self.departments = departments
        self.property = property ?? record.complaint.property
    }

    /// Why this member may not route the complaint from this desk, or nil (the core's rule).
    var routeRefusal: String? { Permissions.refusalToRoute(complaint, by: member, at: property) }

    /// The entry each key of the screen adds.
    static func kind(of action: Action) -> ComplaintEntryKind? {
        switch action {
        case .addEntry(let kind): return kind
        case .escalate: return .escalated
        case .reassign: return .reassigned
        default: return nil
        }
    }

    /// The keys of entries the complaint's state and the member's role do not take: left out of the
    /// footer, and refused, saying why, before anything is typed.
    var hiddenActions: Set<Action> {
        prompt != nil ? [] : Set(Keymap.standard.bindings.filter { $0.context == .complaint }.map(\.action).filter { action in
            if action == .addTrace { return routeRefusal != nil }
            return Self.kind(of: action).map { Permissions.refusal(of: $0, by: member, on: complaint) != nil } ?? false
        })
    }

    var title: String { "Complaint" }
    var keyContext: KeyContext { prompt == nil ? .complaint : .reason }
    var refresh: [Effect] { [.loadComplaint(complaint.id)] }
    var hasUnsavedText: Bool { !(prompt?.field.text.trimmingSpaces.isEmpty ?? true) }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if let (kind, field) = prompt {
            var field = field
            switch keymap.action(for: key, in: .reason) {
            case .accept?:
                let text = field.text.trimmingSpaces
                if kind == .reassigned {
                    guard !text.isEmpty else { return [.status("Type the login of the new owner.", .error)] }
                    return [.complaintEntry(kind, ids: [complaint.id], text: "", newOwner: text)]
                }
                return [.complaintEntry(kind, ids: [complaint.id], text: text, newOwner: nil)]
            case .cancel?: prompt = nil
            default: if field.handle(key) { prompt = (kind, field) }
            }
            return []
        }
        let action = keymap.action(for: key, in: .complaint)
        if let action, let kind = Self.kind(of: action) {
            if let why = Permissions.refusal(of: kind, by: member, on: complaint) { return [.status(why, .muted)] }
            prompt = (kind, TextField(maxLength: kind == .reassigned ? 64 : kind == .escalated ? 300 : NewComplaint.maximumLength))
        } else if action == .addTrace {
            if let why = routeRefusal { return [.status(why, .muted)] }
            guard let guest = record.guest else { return [] }
            return [.push(TraceForm(guest: guest, room: record.room, due: "+30m", departments: departments, complaint: complaint))]
        } else if action == .pageUp {
            back = min(back + max(1, timelineHeight(size.height) - 1), max(0, timeline(width: size.width).count - timelineHeight(size.height)))
        } else if action == .pageDown {
            back = max(0, back - max(1, timelineHeight(size.height) - 1))
        } else if action == .back {
            return [.close]
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .complaint(let fresh):
            record = fresh
        case .resized(let new):
            size = new
        case .done(.entries(let kind, let outcome)):
            // Refused: the prompt keeps its words, and the line says why.
            if let refused = outcome.refused.first { return [.status("Not saved: \(refused.reason)", .error)] }
            prompt = nil
            return [.status("\(kind.label): recorded.", .success)]
        default:
            return report(message)
        }
        return []
    }

    static func question(_ kind: ComplaintEntryKind) -> String {
        switch kind {
        case .pacified: return "How was the guest pacified?"
        case .actionTaken: return "What was done?"
        case .note: return "Note:"
        case .followedUp(satisfied: true): return "Followed up, guest satisfied. What did they say?"
        case .followedUp(satisfied: false): return "Followed up, guest NOT satisfied. What did they say?"
        case .resolved: return "How was it resolved?"
        case .escalated: return "Why escalate?"
        case .reassigned: return "Reassign to (login):"
        case .reopened: return "Why reopen?"
        case .closed: return "Closing note (optional):"
        case .logged: return ""
        }
    }

    func timelineHeight(_ height: Int) -> Int { max(1, height - 8 - 3) }

    /// One event of the timeline: when, who, and what, wrapped under itself.
    struct Event {
        var at: Date
        var login: String
        var text: String
        var role: StyleRole
    }

    /// The entries and the traces' routing and doing, in the order they happened.
    func events(now: Date, calendar: Calendar) -> [Event] {
        var events = record.entries.map { e -> Event in
            var text = e.kind.label
            if let owner = e.newOwner { text += " to \(owner)" }
            if !e.text.isEmpty { text += ": " + e.text }
            return Event(at: e.signature.at, login: e.signature.login, text: text, role: .normal)
        }
        for t in record.traces {
            let who = departments.label(of: t.department)
            let late = t.isOverdue(now: now) ? ", overdue" : ""
            events.append(Event(at: t.created.at, login: t.created.login,
                                text: "Routed to \(who) (trace #\(t.id), due \(DueTime.describe(t.due, now: now, calendar: calendar))\(late)): \(t.text)",
                                role: t.isOverdue(now: now) ? .overdue : .normal))
            if let done = t.done {
                events.append(Event(at: done.at, login: done.login, text: "\(who) done (trace #\(t.id))", role: .success))
            }
        }
        return events.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    /// The timeline's rows at a width: each event on its own row, a long one wrapped under itself.
    func timeline(width: Int, now: Date = Date(), desk: DeskCalendar = DeskCalendar(calendar: .current)) -> [(String, StyleRole)] {
        let today = desk.day(now)
        return events(now: now, calendar: desk.calendar).flatMap { e -> [(String, StyleRole)] in
            let lead = "\(desk.stamp(e.at, today: today))  \(TerminalText.pad(e.login, to: 9)) "
            let indent = TerminalText.width(of: lead) + 2
            return TerminalText.wrap(e.text, to: max(10, width - indent - 1)).enumerated().map { i, part in
                ((i == 0 ? "  " + lead : String(repeating: " ", count: indent)) + part, e.role)
            }
        }
    }

    func render(into canvas: inout Canvas, context: RenderContext) {
        let (now, desk) = (context.now, context.calendar)
        let guestName = record.guest.map(context.vips.named) ?? "guest \(complaint.guestID)"
        let w = canvas.width
        let c = complaint
        canvas.put(" Complaint #\(c.id) · \(c.category.label) · \(c.severity.label) · \(c.status.label) · owner \(c.owner)",
                   row: 1, column: 0, role: .header, limit: w - 1)
        // Who logged it and when opens the timeline below.
        let room = record.room.map { " · room \($0)" } ?? ""
        canvas.put(" Guest \(guestName)\(room) · at \(c.property)", row: 2, column: 0, role: .normal, limit: w - 1)
        if c.status.isActive {
            if let late = FollowUpPolicy.overdueBy(c, now: now) {
                canvas.put(" Follow-up overdue by \(Countdown.minutes(late)) (due \(desk.time(c.followUpDue)))", row: 3, column: 0, role: .overdue)
            } else {
                let left = Countdown.remaining(c.followUpDue.timeIntervalSince(now)).map { ", in \($0)" } ?? ": now"
                canvas.put(" Follow up by \(desk.time(c.followUpDue))\(left)", row: 3, column: 0, role: .normal)
            }
        }
        canvas.put(" What happened: " + c.summary, row: 4, column: 0, role: .normal, limit: w - 1)
        var done = c.immediateAction.isEmpty ? "" : " Done at once: " + c.immediateAction
        if let comp = c.compensation { done += (done.isEmpty ? " " : " · ") + "Offered \(comp.display) (\(comp.kind.label.lowercased()))" }
        // What was done at once and offered, whole: it may take the spare row under it.
        let doneRows = TerminalText.wrap(done.trimmingSpaces, to: w - 2)
        for (i, line) in doneRows.prefix(2).enumerated() {
            canvas.put(" " + (i == 1 ? TerminalText.truncate(doneRows.dropFirst().joined(separator: " "), to: w - 2) : line),
                       row: 5 + i, column: 0, role: .normal)
        }
        // The newest at the bottom; PgUp goes back through the older ones.
        let rows = timeline(width: w, now: now, desk: desk)
        let height = timelineHeight(canvas.height)
        let end = max(0, rows.count - min(back, max(0, rows.count - height)))
        let first = max(0, end - height)
        canvas.put(" Timeline" + (first > 0 ? " (PgUp: \(first) earlier rows)" : "") + (end < rows.count ? " (PgDn: later)" : ""),
                   row: 7, column: 0, role: .header)
        for (offset, row) in rows[first..<end].enumerated() {
            canvas.put(row.0, row: 8 + offset, column: 0, role: row.1, limit: w - 1)
        }
        if let (kind, field) = prompt {
            let row = canvas.height - 3
            canvas.clear(row: row, role: .banner)
            let col = canvas.put(" " + ComplaintScreen.question(kind) + " ", row: row, column: 0, role: .banner)
            field.render(into: &canvas, row: row, column: col, columns: max(10, w - col - 1), focused: true)
        }
    }
}
