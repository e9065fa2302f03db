import Foundation
import FrontDeskCore
import FrontDeskOutput

/// The incident form (`c` on a profile): what happened first, then how bad, what was done at
/// once and what was offered. Whoever logs it owns it; the follow-up time is shown before saving.
struct ComplaintForm: Screen {
    enum Field: Int, CaseIterable { case summary, category, severity, action, amount, kind }

    /// What the form is doing: one state at a time.
    enum Mode: Equatable {
        case editing
        /// Esc with something typed: discard it?
        case confirmingDiscard
        /// A supervisor approving an offer over the associate's limit at this terminal.
        case approving(Approval)
    }

    struct Approval: Equatable {
        var login = TextField(maxLength: 64)
        var pin = TextField(maxLength: 12)
        var onPin = false
    }

    let guest: Guest
    let settings: ComplaintSettings
    /// The hotel's clock face, to say when the follow-up is due.
    let calendar: DeskCalendar
    var summary = TextField(maxLength: NewComplaint.maximumLength)
    var category = Choice(value: ComplaintCategory.other, label: { $0.label })
    /// The category follows what happened until it is chosen by hand.
    var categoryChosenByHand = false
    var severity = Choice(value: ComplaintSeverity.medium, label: { $0.label })
    var action = TextField(maxLength: NewComplaint.maximumLength)
    var amount = TextField(maxLength: 10)
    var kind = Choice(value: CompensationKind.roomCredit, label: { $0.label })
    var focus = Field.summary
    var mode = Mode.editing
    /// Opened on a complaint kept when the console had to close: saving or throwing it away drops it.
    let resumesDraft: Bool

    init(guest: Guest, settings: ComplaintSettings, calendar: DeskCalendar, draft: ComplaintDraft? = nil) {
        self.guest = guest
        self.settings = settings
        self.calendar = calendar
        resumesDraft = draft != nil
        if let draft {
            summary.set(draft.summary)
            category.value = draft.category
            categoryChosenByHand = draft.categoryChosenByHand
            severity.value = draft.severity
            action.set(draft.immediateAction)
            amount.set(draft.amount)
            kind.value = draft.kind
        }
    }

    /// What would be lost if the terminal went away now.
    var unsavedComplaint: (guestID: Int64, draft: ComplaintDraft)? {
        guard hasText else { return nil }
        return (guest.id, ComplaintDraft(summary: summary.text, category: category.value, categoryChosenByHand: categoryChosenByHand,
                                         severity: severity.value, immediateAction: action.text, amount: amount.text, kind: kind.value))
    }

    /// A kept draft is dropped once the form it reopened is saved or thrown away.
    private var droppingDraft: [Effect] { resumesDraft ? [.discardComplaintDraft(guestID: guest.id)] : [] }

    var title: String { "Complaint" }
    var staysWhenLeft: Bool { false }
    var currency: String { settings.limit.currency }

    var keyContext: KeyContext {
        switch mode {
        case .editing: return .pad
        case .confirmingDiscard: return .discard
        case .approving: return .approval
        }
    }

    var hasText: Bool { !summary.text.trimmingSpaces.isEmpty || !action.text.trimmingSpaces.isEmpty || !amount.isEmpty }

    /// The complaint as typed; an amount that is not money is refused with the field named.
    func complaint() throws -> NewComplaint {
        var compensation: Compensation?
        if !amount.text.trimmingSpaces.isEmpty {
            do {
                compensation = Compensation(amountMinor: try Money.parse(amount.text, currency: currency), currency: currency,
                                            kind: kind.value)
            } catch let e as FrontDeskError {
                throw FrontDeskError.invalid("compensation: \(e.description)")
            }
        }
        return try NewComplaint(guestID: guest.id, category: category.value, severity: severity.value,
                                summary: summary.text, immediateAction: action.text, compensation: compensation).validated()
    }

    /// Ctrl-S: the complaint as typed, or why it cannot be saved (the form keeps every word).
    private func save(approval: Desk.Approval?) -> [Effect] {
        do { return [.logComplaint(try complaint(), approval: approval)] } catch {
            return [.status("Not saved: \((error as? FrontDeskError)?.description ?? "\(error)")", .error)]
        }
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        switch mode {
        case .approving(var a):
            switch keymap.action(for: key, in: .approval) {
            case .accept?:
                guard !a.login.text.trimmingSpaces.isEmpty, !a.pin.isEmpty else {
                    return [.status("The supervisor types their login and PIN.", .error)]
                }
                return save(approval: Desk.Approval(login: a.login.text.trimmingSpaces, pin: a.pin.text))
            case .nextField?, .previousField?: a.onPin.toggle()
            case .cancel?:
                mode = .editing
                return [.status("Not saved: lower the offer, or ask a supervisor to approve it.", .muted)]
            default:
                if a.onPin {
                    if case .character(let c) = key, !("0"..."9").contains(c) { return [] }
                    _ = a.pin.handle(key)
                } else {
                    _ = a.login.handle(key)
                }
            }
            mode = .approving(a)
            return []
        case .confirmingDiscard:
            switch keymap.action(for: key, in: .discard) {
            case .accept?: return [.close] + droppingDraft
            case .decline?: mode = .editing
            default: break
            }
            return []
        case .editing:
            break
        }
        let bound = keymap.action(for: key, in: .pad)
        switch bound {
        case .save?: return save(approval: nil)
        case .nextField?: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!; return []
        case .previousField?: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!; return []
        case .cancel?:
            if hasText { mode = .confirmingDiscard; return [] }
            return [.close] + droppingDraft
        default: break
        }
        switch focus {
        case .summary:
            let before = summary.text
            _ = summary.handle(key)
            if summary.text != before && !categoryChosenByHand {
                category.value = ComplaintCategorySuggester.suggest(for: summary.text) ?? .other
            }
        case .action: _ = action.handle(key)
        case .amount:
            // Whatever is typed stays in sight; saving says what is not an amount ("5O" is never 5).
            _ = amount.handle(key)
        case .category:
            let before = category.value
            choose(&category, key, bound)
            if category.value != before { categoryChosenByHand = true }
        case .severity: choose(&severity, key, bound)
        case .kind: choose(&kind, key, bound)
        }
        return []
    }

    /// Leaving the form must not drop what the guest said: the console asks first.
    var hasUnsavedText: Bool { hasText }

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .done(.complaintLogged(let logged)):
            return droppingDraft + [.close, .status("Complaint logged; you own it. Follow up with the guest by \(calendar.time(logged.followUpDue)).",
                                    .success)]
        case .needsApproval(let reason):
            // Over the limit, with a way to approve here: ask for the supervisor.
            if case .approving = mode {} else { mode = .approving(Approval()) }
            return [.status(reason, .error)]
        default:
            return report(message)
        }
    }

    private func choose<T>(_ choice: inout Choice<T>, _ key: Key, _ bound: Action?) {
        switch bound {
        case .nextChoice?: choice.cycle(by: 1)
        case .previousChoice?: choice.cycle(by: -1)
        default: if case .character(let c) = key { choice.pick(c) }
        }
    }

    func render(into canvas: inout Canvas, context: RenderContext) {
        let w = canvas.width
        let editing = mode == .editing
        let due = context.calendar.time(context.now.addingTimeInterval(Double(settings.policy.minutes(for: severity.value) * 60)))
        canvas.put(" Complaint · \(context.vips.named(guest))", row: 1, column: 0, role: .header, limit: w - 1)
        if resumesDraft {
            canvas.put(" Kept when the terminal closed: finish it, or Esc to throw it away.", row: 2, column: 0, role: .banner, limit: w - 1)
        }
        canvas.put(" What happened?", row: 3, column: 0, role: focus == .summary ? .header : .normal)
        summary.render(into: &canvas, row: 4, column: 2, columns: w - 4, rows: 2, focused: focus == .summary && editing)
        choiceRow("Category", category.text, .category, row: 6, canvas: &canvas)
        if !categoryChosenByHand {
            canvas.put(summary.isEmpty ? "suggested from what you type" : "suggested", row: 6, column: 21 + TerminalText.width(of: category.text),
                       role: .muted)
        }
        choiceRow("Severity", severity.text, .severity, row: 7, canvas: &canvas)
        canvas.put(" What was done at once?", row: 9, column: 0, role: focus == .action ? .header : .normal)
        action.render(into: &canvas, row: 10, column: 2, columns: w - 4, rows: 2, focused: focus == .action && editing)
        canvas.put("   Offered", row: 12, column: 0, role: focus == .amount ? .header : .normal)
        amount.render(into: &canvas, row: 12, column: 15, columns: 10, focused: focus == .amount && editing)
        canvas.put(currency, row: 12, column: 26, role: .normal)
        choiceRow("Kind", kind.text, .kind, row: 13, canvas: &canvas)
        canvas.put("   Associates may offer up to \(settings.limit.display) without a supervisor.", row: 14, column: 0, role: .muted)
        canvas.put(" You own this complaint: follow up with the guest by \(due).", row: 16, column: 0, role: .banner)
        switch mode {
        case .editing: break
        case .approving(let a):
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
        case .confirmingDiscard:
            canvas.clear(row: canvas.height - 3, role: .banner)
            canvas.put(" Discard this complaint? y: discard · n: keep writing", row: canvas.height - 3, column: 0, role: .banner)
        }
    }

    private func choiceRow(_ label: String, _ value: String, _ field: Field, row: Int, canvas: inout Canvas) {
        let focused = focus == field && mode == .editing
        canvas.put("   " + label, row: row, column: 0, role: focused ? .header : .normal)
        canvas.put("‹ \(value) ›", row: row, column: 15, role: focused ? .selection : .normal)
    }
}
