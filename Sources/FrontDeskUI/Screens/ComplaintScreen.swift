import Foundation
import FrontDeskCore
import FrontDeskOutput

/// One complaint: what happened, who owns it, when the follow-up is due, and its timeline.
/// Every action is a new entry with who and when; nothing is edited.
struct ComplaintScreen: Screen {
    var record: ComplaintRecord
    var complaint: Complaint { record.complaint }
    /// Who is working it: what they are offered is what they may do.
    let member: StaffMember
    /// The entry being written: its kind and words, kept until it is saved.
    var prompt: (kind: ComplaintEntryKind, field: TextField)?

    init(record: ComplaintRecord, member: StaffMember) {
        self.record = record
        self.member = member
    }

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
            Self.kind(of: action).map { Permissions.refusal(of: $0, by: member, on: complaint) != nil } ?? false
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
        } else if action == .back {
            return [.close]
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .complaint(let fresh):
            record = fresh
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

    func render(into canvas: inout Canvas, context: RenderContext) {
        let (now, desk) = (context.now, context.calendar)
        let guestName = record.guest.map(context.vips.named) ?? "guest \(complaint.guestID)"
        let w = canvas.width
        let c = complaint
        canvas.put(" Complaint #\(c.id) · \(c.category.label) · \(c.severity.label) · \(c.status.label) · owner \(c.owner)",
                   row: 1, column: 0, role: .header, limit: w - 1)
        canvas.put(" Guest \(guestName) · logged \(desk.stamp(c.created.at, today: desk.day(now))) by \(c.created.login) at \(c.property)",
                   row: 2, column: 0, role: .normal)
        if c.status.isActive {
            if let late = FollowUpPolicy.overdueBy(c, now: now) {
                canvas.put(" Follow-up overdue by \(Countdown.minutes(late)) (due \(desk.time(c.followUpDue)))", row: 3, column: 0, role: .overdue)
            } else {
                let left = Countdown.remaining(c.followUpDue.timeIntervalSince(now)).map { ", in \($0)" } ?? ": now"
                canvas.put(" Follow up by \(desk.time(c.followUpDue))\(left)", row: 3, column: 0, role: .normal)
            }
        }
        canvas.put(" What happened: " + c.summary, row: 4, column: 0, role: .normal)
        var done = c.immediateAction.isEmpty ? "" : " Done at once: " + c.immediateAction
        if let comp = c.compensation { done += (done.isEmpty ? " " : " · ") + "Offered \(comp.display) (\(comp.kind.label.lowercased()))" }
        canvas.put(done, row: 5, column: 0, role: .normal)
        canvas.put(" Timeline", row: 7, column: 0, role: .header)
        let height = canvas.height - 8 - 3
        for (offset, e) in record.entries.suffix(height).enumerated() {
            var text = "\(desk.stamp(e.signature.at, today: desk.day(now)))  \(TerminalText.pad(e.signature.login, to: 9)) \(e.kind.label)"
            if let owner = e.newOwner { text += " to \(owner)" }
            if !e.text.isEmpty { text += ": " + e.text }
            canvas.put("  " + text, row: 8 + offset, column: 0, role: .normal, limit: w - 1)
        }
        if let (kind, field) = prompt {
            let row = canvas.height - 3
            canvas.clear(row: row, role: .banner)
            let col = canvas.put(" " + ComplaintScreen.question(kind) + " ", row: row, column: 0, role: .banner)
            field.render(into: &canvas, row: row, column: col, columns: max(10, w - col - 1), focused: true)
        }
    }
}
