import Foundation
import FrontDeskCore

/// One complaint: what happened, who owns it, when the follow-up is due, and its timeline.
/// Every action is a new entry with who and when; nothing is edited.
struct ComplaintScreen: Equatable {
    var complaint: Complaint
    var entries: [ComplaintEntry]
    var guestName: String
    var prompt: (kind: ComplaintEntryKind, field: TextField)?

    static func == (a: ComplaintScreen, b: ComplaintScreen) -> Bool {
        a.complaint == b.complaint && a.entries == b.entries && a.guestName == b.guestName
            && a.prompt?.kind == b.prompt?.kind && a.prompt?.field == b.prompt?.field
    }

    var keyContext: KeyContext { prompt == nil ? .complaint : .reason }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if let (kind, field) = prompt {
            var field = field
            switch keymap.action(for: key, in: .reason) {
            case .accept?:
                prompt = nil
                let text = field.text.trimmingSpaces
                if kind == .reassigned {
                    guard !text.isEmpty else { return [.message("Type the login of the new owner.", .error)] }
                    return [.complaintEntry(ids: [complaint.id], kind: kind, text: "", newOwner: text)]
                }
                return [.complaintEntry(ids: [complaint.id], kind: kind, text: text, newOwner: nil)]
            case .cancel?: prompt = nil
            case .some(let action): return globalEffects(action)
            case nil: if field.handle(key) { prompt = (kind, field) }
            }
            return []
        }
        switch keymap.action(for: key, in: .complaint) {
        case .addEntry(let kind)?: prompt = (kind, TextField(maxLength: NewComplaint.maximumLength))
        case .escalate?: prompt = (.escalated, TextField(maxLength: 300))
        case .reassign?: prompt = (.reassigned, TextField(maxLength: 64))
        case .back?: return [.close]
        case .some(let action): return globalEffects(action)
        case nil: break
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

    func render(into canvas: inout Canvas, now: Date, desk: DeskCalendar) {
        let w = canvas.width
        let c = complaint
        canvas.put(" Complaint #\(c.id) · \(c.category.label) · \(c.severity.label) · \(c.status.label) · owner \(c.owner)",
                   row: 1, column: 0, role: .header, limit: w - 1)
        canvas.put(" Guest \(guestName) · logged \(desk.stamp(c.created.at, today: desk.day(now))) by \(c.created.login) at \(c.property)",
                   row: 2, column: 0, role: .normal)
        if c.status.isActive {
            if let late = FollowUpPolicy.overdueBy(c, now: now) {
                canvas.put(" Follow-up overdue by \(ProfileScreen.minutes(late)) (due \(desk.time(c.followUpDue)))", row: 3, column: 0, role: .overdue)
            } else {
                canvas.put(" Follow up by \(desk.time(c.followUpDue)), in \(ProfileScreen.minutes(c.followUpDue.timeIntervalSince(now)))", row: 3, column: 0, role: .normal)
            }
        }
        canvas.put(" What happened: " + c.summary, row: 4, column: 0, role: .normal)
        var done = c.immediateAction.isEmpty ? "" : " Done at once: " + c.immediateAction
        if let comp = c.compensation { done += (done.isEmpty ? " " : " · ") + "Offered \(comp.display) (\(comp.kind.label.lowercased()))" }
        canvas.put(done, row: 5, column: 0, role: .normal)
        canvas.put(" Timeline", row: 7, column: 0, role: .header)
        let height = canvas.height - 8 - 3
        for (offset, e) in entries.suffix(height).enumerated() {
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
