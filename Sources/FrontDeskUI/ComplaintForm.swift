import Foundation
import FrontDeskCore

/// The incident form (`c` on a profile): what happened first, then how bad, what was done at
/// once and what was offered. Whoever logs it owns it; the follow-up time is shown before saving.
struct ComplaintForm: Equatable {
    enum Field: Int, CaseIterable { case summary, category, severity, action, amount, kind }

    let guestID: Int64
    let guestName: String
    let currency: String
    var summary = TextField(maxLength: NewComplaint.maximumLength)
    var category = Choice(value: ComplaintCategory.room, label: { $0.label })
    var severity = Choice(value: ComplaintSeverity.medium, label: { $0.label })
    var action = TextField(maxLength: NewComplaint.maximumLength)
    var amount = TextField(maxLength: 10)
    var kind = Choice(value: CompensationKind.roomCredit, label: { $0.label })
    var focus = Field.summary
    var confirmingDiscard = false
    /// A supervisor approving an offer over the associate's limit at this terminal.
    var approval: Approval?

    struct Approval: Equatable {
        var login = TextField(maxLength: 64)
        var pin = TextField(maxLength: 12)
        var onPin = false
    }

    var keyContext: KeyContext { confirmingDiscard ? .question : (approval != nil ? .approval : .pad) }
    var hasText: Bool { !summary.text.trimmingSpaces.isEmpty || !action.text.trimmingSpaces.isEmpty || !amount.isEmpty }

    /// The complaint as typed; an amount that is not money is refused with the field named.
    func complaint() throws -> NewComplaint {
        var compensation: Compensation?
        let typed = amount.text.trimmingSpaces.replacingOccurrences(of: ",", with: ".")
        if !typed.isEmpty {
            guard let value = Decimal(string: typed), value >= 0, value < 1_000_000 else {
                throw FrontDeskError.invalid("compensation “\(amount.text)” is not an amount such as 25 or 25.50")
            }
            let minor = NSDecimalNumber(decimal: value * 100).int64Value
            compensation = Compensation(amountMinor: minor, currency: currency, kind: kind.value)
        }
        return try NewComplaint(guestID: guestID, category: category.value, severity: severity.value,
                                summary: summary.text, immediateAction: action.text, compensation: compensation).validated()
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if var a = approval {
            switch keymap.action(for: key, in: .approval) {
            case .accept?:
                guard !a.login.text.trimmingSpaces.isEmpty, !a.pin.isEmpty else {
                    return [.message("The supervisor types their login and PIN.", .error)]
                }
                return [.logComplaintApproved(self, supervisor: a.login.text.trimmingSpaces, pin: a.pin.text)]
            case .nextField?, .previousField?: a.onPin.toggle()
            case .cancel?: approval = nil; return [.message("Not saved: lower the offer, or ask a supervisor to approve it.", .muted)]
            default:
                if a.onPin {
                    if case .character(let c) = key, !("0"..."9").contains(c) { return [] }
                    _ = a.pin.handle(key)
                }
                else { _ = a.login.handle(key) }
            }
            approval = a
            return []
        }
        if confirmingDiscard {
            switch keymap.action(for: key, in: .question) {
            case .accept?: return [.close]
            case .decline?, .cancel?: confirmingDiscard = false
            default: break
            }
            return []
        }
        let bound = keymap.action(for: key, in: .pad)
        switch bound {
        case .save?: return [.logComplaint(self)]
        case .nextField?: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!; return []
        case .previousField?: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!; return []
        case .cancel?:
            if hasText { confirmingDiscard = true; return [] }
            return [.close]
        case .help?: return globalEffects(.help)
        case .quit?, .guests?:
            // Leaving the form must not drop what the guest said: ask, as Esc does.
            if hasText { confirmingDiscard = true; return [] }
            return globalEffects(bound!)
        default: break
        }
        switch focus {
        case .summary: _ = summary.handle(key)
        case .action: _ = action.handle(key)
        case .amount:
            if case .character(let c) = key, !(c.isNumber || c == "." || c == ",") { return [] }
            _ = amount.handle(key)
        case .category: choose(&category, key, bound)
        case .severity: choose(&severity, key, bound)
        case .kind: choose(&kind, key, bound)
        }
        return []
    }

    private func choose<T>(_ choice: inout Choice<T>, _ key: Key, _ bound: Action?) {
        switch bound {
        case .nextChoice?: choice.cycle(by: 1)
        case .previousChoice?: choice.cycle(by: -1)
        default: if case .character(let c) = key { choice.pick(c) }
        }
    }

    func render(into canvas: inout Canvas, due: String, limit: String) {
        let w = canvas.width
        canvas.put(" Complaint · \(guestName)", row: 1, column: 0, role: .header, limit: w - 1)
        canvas.put(" What happened?", row: 3, column: 0, role: focus == .summary ? .header : .normal)
        summary.render(into: &canvas, row: 4, column: 2, columns: w - 4, focused: focus == .summary && !confirmingDiscard)
        choiceRow("Category", category.text, .category, row: 6, canvas: &canvas)
        choiceRow("Severity", severity.text, .severity, row: 7, canvas: &canvas)
        canvas.put(" What was done at once?", row: 9, column: 0, role: focus == .action ? .header : .normal)
        action.render(into: &canvas, row: 10, column: 2, columns: w - 4, focused: focus == .action && !confirmingDiscard)
        canvas.put("   Offered", row: 12, column: 0, role: focus == .amount ? .header : .normal)
        amount.render(into: &canvas, row: 12, column: 15, columns: 10, focused: focus == .amount && !confirmingDiscard)
        canvas.put(currency, row: 12, column: 26, role: .normal)
        choiceRow("Kind", kind.text, .kind, row: 13, canvas: &canvas)
        canvas.put("   Associates may offer up to \(limit) without a supervisor.", row: 14, column: 0, role: .muted)
        canvas.put(" You own this complaint: follow up with the guest by \(due).", row: 16, column: 0, role: .banner)
        if let a = approval {
            let row = canvas.height - 4
            canvas.clear(row: row, role: .banner)
            canvas.clear(row: row + 1, role: .banner)
            canvas.put(" A supervisor approves this offer here: their login and PIN.", row: row, column: 0, role: .banner)
            var col = canvas.put(" Supervisor ", row: row + 1, column: 0, role: .banner)
            a.login.render(into: &canvas, row: row + 1, column: col, columns: 16, focused: !a.onPin)
            col = canvas.put("  PIN ", row: row + 1, column: col + 16, role: .banner)
            // The PIN is never drawn: dots stand for its digits.
            TextField(String(repeating: "•", count: a.pin.text.count))
                .render(into: &canvas, row: row + 1, column: col, columns: 14, focused: a.onPin)
        }
        if confirmingDiscard {
            canvas.clear(row: canvas.height - 3, role: .banner)
            canvas.put(" Discard this complaint? y: discard · n: keep writing", row: canvas.height - 3, column: 0, role: .banner)
        }
    }

    private func choiceRow(_ label: String, _ value: String, _ field: Field, row: Int, canvas: inout Canvas) {
        let focused = focus == field && !confirmingDiscard
        canvas.put("   " + label, row: row, column: 0, role: focused ? .header : .normal)
        canvas.put("‹ \(value) ›", row: row, column: 15, role: focused ? .selection : .normal)
    }
}
