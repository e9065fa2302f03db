import Foundation
import FrontDeskCore
import FrontDeskOutput

/// A trace for a department (`t` on a profile, an arrival or a complaint): what to do, who does
/// it, the room and when. The department follows the words until chosen by hand; the due time is
/// read as it is typed, so a slip shows before saving. From a complaint it routes the complaint,
/// whose owner keeps the follow-up.
struct TraceForm: Screen {
    enum Field: Int, CaseIterable { case text, department, room, due }

    let guest: Guest
    /// The complaint this routes to a department, if any.
    let complaint: Complaint?
    var text = TextField(maxLength: 500)
    var department: Choice<Department>
    var departmentChosenByHand = false
    var room = TextField(maxLength: 20)
    var due = TextField(maxLength: 40)
    var focus = Field.text
    var confirmingDiscard = false
    /// What the form opened with.
    private var initial: [String] = []
    private var initialDepartment = Department.frontOffice

    /// - Parameters:
    ///   - due: the due time as the desk would type it, ready to be changed.
    ///   - department: the one chosen on the screen it was opened from, if any.
    init(guest: Guest, room: String?, due: String = "+1h", departments: DepartmentCatalog, department chosen: Department? = nil,
         complaint: Complaint? = nil) {
        self.guest = guest
        self.complaint = complaint
        department = Choice(value: chosen ?? .frontOffice, options: departments.all, label: departments.label(of:))
        departmentChosenByHand = chosen != nil
        self.room.set(room ?? "")
        self.due.set(due)
        if let complaint {
            text.set(complaint.summary)
            followWords()
        }
        initial = [text.text, self.room.text, self.due.text]
        initialDepartment = department.value
    }

    var title: String { complaint == nil ? "Trace" : "Route complaint" }
    var staysWhenLeft: Bool { false }
    var keyContext: KeyContext { confirmingDiscard ? .discard : .pad }
    /// Anything changed from what the form opened with: leaving asks first.
    var hasUnsavedText: Bool { [text.text, room.text, due.text] != initial || department.value != initialDepartment }

    private mutating func followWords() {
        if !departmentChosenByHand, let suggested = DepartmentRouting.suggest(for: text.text), department.options.contains(suggested) {
            department.value = suggested
        }
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if confirmingDiscard {
            switch keymap.action(for: key, in: .discard) {
            case .accept?: return [.close]
            case .decline?: confirmingDiscard = false
            default: break
            }
            return []
        }
        let bound = keymap.action(for: key, in: .pad)
        switch bound {
        case .save?:
            return [.addTrace(guestID: guest.id, department: department.value, text: text.text, room: room.text, due: due.text,
                              complaintID: complaint?.id)]
        case .nextField?: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!
        case .previousField?: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
        case .cancel?:
            if hasUnsavedText { confirmingDiscard = true } else { return [.close] }
        default:
            switch focus {
            case .text:
                let before = text.text
                _ = text.handle(key)
                if text.text != before { followWords() }
            case .room: _ = room.handle(key)
            case .due: _ = due.handle(key)
            case .department:
                let before = department.value
                switch bound {
                case .nextChoice?: department.cycle(by: 1)
                case .previousChoice?: department.cycle(by: -1)
                default: if case .character(let c) = key { department.pick(c) }
                }
                if department.value != before { departmentChosenByHand = true }
            }
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        if case .done(.traceAdded(let trace)) = message {
            return [.close, .status(complaint == nil ? "Trace #\(trace.id) for \(department.text.lowercased()) saved."
                                                     : "Routed to \(department.text.lowercased()) as trace #\(trace.id); \(complaint!.owner) keeps the follow-up.",
                                    .success)]
        }
        return report(message)
    }

    func render(into canvas: inout Canvas, context: RenderContext) {
        let w = canvas.width
        let head = complaint.map { "Route complaint #\($0.id) · \(context.vips.named(guest))" } ?? "Trace · \(context.vips.named(guest))"
        canvas.put(" " + head, row: 1, column: 0, role: .header, limit: w - 1)
        canvas.put(" What should the department do?", row: 3, column: 0, role: focus == .text ? .header : .normal)
        text.render(into: &canvas, row: 4, column: 2, columns: w - 4, rows: 1, focused: focus == .text && !confirmingDiscard)
        label("Department", .department, row: 6, canvas: &canvas)
        let col = canvas.put("‹ \(department.text) ›", row: 6, column: 15,
                             role: focus == .department && !confirmingDiscard ? .selection : .normal)
        canvas.put(departmentChosenByHand ? "" : "  follows what you type", row: 6, column: col, role: .muted)
        label("Room", .room, row: 7, canvas: &canvas)
        room.render(into: &canvas, row: 7, column: 15, columns: 10, focused: focus == .room && !confirmingDiscard)
        label("Due", .due, row: 8, canvas: &canvas)
        due.render(into: &canvas, row: 8, column: 15, columns: 20, focused: focus == .due && !confirmingDiscard)
        // The time as the desk will read it, or why it is not one: a slip shows before saving.
        let reading: (String, StyleRole)
        if let date = try? DueTime.parse(due.text, now: context.now, calendar: context.calendar.calendar) {
            reading = ("= " + DueTime.describe(date, now: context.now, calendar: context.calendar.calendar)
                       + (date < context.now ? " (already past)" : ""), date < context.now ? .overdue : .muted)
        } else {
            reading = ("not a time: 14:00, +30m, tomorrow 9:00", .error)
        }
        canvas.put(reading.0, row: 8, column: 37, role: reading.1, limit: w - 38)
        if let complaint {
            canvas.put(" \(complaint.owner) keeps the follow-up; the complaint's timeline shows when it is done.",
                       row: 10, column: 0, role: .muted, limit: w - 1)
        } else {
            canvas.put(" The department sees it on its list (F5) and marks it done.", row: 10, column: 0, role: .muted, limit: w - 1)
        }
        if confirmingDiscard {
            canvas.clear(row: canvas.height - 3, role: .banner)
            canvas.put(" Discard this trace? y: discard · n: keep writing", row: canvas.height - 3, column: 0, role: .banner)
        }
    }

    private func label(_ text: String, _ field: Field, row: Int, canvas: inout Canvas) {
        canvas.put("   " + text, row: row, column: 0, role: focus == field && !confirmingDiscard ? .header : .normal)
    }
}
