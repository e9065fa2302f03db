import FrontDeskCore

/// The preference pad: what the guest just said, in a few keystrokes.
/// Focus starts on the detail; the category follows the words typed until it is chosen by hand.
struct PadScreen: Screen {
    enum Field: Int, CaseIterable { case detail, category, department, level, scope, place, source, alert }

    enum Question: Equatable {
        /// The same thing is already on file: confirm it rather than record it twice.
        case duplicate(Preference)
        /// Esc with something typed.
        case discard
        /// A sensitive category: kept only if the guest agreed.
        case consent
    }

    let guest: Guest
    var guestID: Int64 { guest.id }
    let stayID: Int64?
    /// The hotel this desk is at: a preference may apply here only.
    let property: String
    /// Opened on a kept draft, which saving must then clear.
    let resumesDraft: Bool
    /// What the guest's profile holds now, as this associate may see it: shown under the form.
    let existing: [Preference]
    var detail = TextField(maxLength: 500)
    var category = PreferenceCategory.other
    var categoryChosenByHand = false
    /// Who acts on it: follows the words and the category until chosen by hand.
    var department: Choice<Department>
    var departmentChosenByHand = false
    /// The one question the pad was opened to record the answer to.
    let asked: PreferenceCategory?
    var level = PreferenceLevel.preferred
    var scope = PreferenceScope.standing
    var source = PreferenceSource.stated
    var isCritical = false
    var onlyHere = false
    var consent = false
    var focus = Field.detail
    var question: Question?

    /// - Parameter category: set when the pad opens to record the answer to the one question.
    init(guest: Guest, stayID: Int64?, property: String, existing: [Preference] = [], draft: NewPreference? = nil,
         category asked: PreferenceCategory? = nil, departments: DepartmentCatalog = .standard) {
        self.guest = guest
        self.asked = asked
        department = Choice(value: PreferenceCategory.other.department, options: departments.all, label: departments.label(of:))
        self.existing = existing
        // A resumed draft belongs to the stay it was written during.
        self.stayID = draft?.stayID ?? stayID
        self.property = property
        resumesDraft = draft != nil
        if let asked {
            category = asked
            categoryChosenByHand = true
        }
        if let d = draft {
            detail.set(d.detail)
            category = d.category
            categoryChosenByHand = true
            level = d.level
            scope = d.scope
            source = d.source
            isCritical = d.isCritical
            onlyHere = d.onlyProperty != nil
            consent = d.consent
            if let chosen = d.department { department.value = chosen; departmentChosenByHand = true }
        }
        followWords()
    }

    var title: String { "Preference pad" }
    var keyContext: KeyContext {
        switch question {
        case nil: return .pad
        case .discard?: return .discard
        case .duplicate?: return .alreadyOnFile
        // Keeping a health, religion or sobriety fact takes the guest's word: only y says it was given.
        case .consent?: return .confirm
        }
    }
    var staysWhenLeft: Bool { false }
    /// Left without saving (another view, a dropped connection): what was typed is kept as a draft.
    var unsavedDraft: NewPreference? { detail.text.trimmingSpaces.isEmpty ? nil : preference }

    var preference: NewPreference {
        NewPreference(guestID: guestID, category: category, detail: detail.text, level: level,
                      scope: scope, source: source, isCritical: isCritical,
                      stayID: scope == .thisStay ? stayID : nil, onlyProperty: onlyHere ? property : nil,
                      consent: consent && category.isSensitive, department: department.value)
    }

    /// Category and department follow what is typed until each is chosen by hand.
    private mutating func followWords() {
        if !categoryChosenByHand { category = CategorySuggester.suggest(for: detail.text) ?? .other }
        if !departmentChosenByHand { department.value = DepartmentRouting.department(for: category, detail: detail.text) }
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if let question { return answer(question, key: key, keymap: keymap) }
        let action = keymap.action(for: key, in: .pad)
        switch action {
        case .save?:
            if category.isSensitive && !consent { question = .consent; return [] }
            return [.savePreference(preference, ifAlreadyOnFile: .ask)]
        case .nextField?:
            focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!
            return []
        case .previousField?:
            focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
            return []
        case .cancel?:
            if detail.text.trimmingSpaces.isEmpty { return [.close] + discardingDraft }
            question = .discard
            return []
        default:
            break
        }
        if focus == .detail {
            let before = detail.text
            guard detail.handle(key) else { return [] }
            if detail.text != before { followWords() }
            return []
        }
        switch action {
        case .nextChoice?: change(.step(1))
        case .previousChoice?: change(.step(-1))
        default:
            if case .character(let c) = key { change(.letter(c)) }
        }
        return []
    }

    private mutating func answer(_ question: Question, key: Key, keymap: Keymap) -> [Effect] {
        switch (question, keymap.action(for: key, in: keyContext)) {
        case (.duplicate(let existing), .accept?):
            self.question = nil
            return [.confirmPreference(id: existing.id)]
        case (.duplicate, .decline?):
            self.question = nil
            return [.savePreference(preference, ifAlreadyOnFile: .recordAgain)]
        case (.discard, .accept?):
            self.question = nil
            return [.close] + discardingDraft
        case (.consent, .accept?):
            self.question = nil
            consent = true
            return [.savePreference(preference, ifAlreadyOnFile: .ask)]
        case (.consent, .decline?):
            self.question = nil
            return [.status("Not saved: without the guest's agreement a \(category.label.lowercased()) fact is not kept.", .muted)]
        case (_, .decline?), (_, .cancel?):
            self.question = nil
        default:
            break
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        let done: String
        switch message {
        case .done(.preference(.alreadyOnFile(let existing), _)):
            question = .duplicate(existing)
            return []
        case .done(.preference(_, let saved)):
            done = saved.isSensitive ? "Kept as sensitive \(saved.category.label.lowercased()): coordinators and supervisors see it."
                                     : "Saved to \(saved.category.label): \(saved.detail.trimmingSpaces)"
        case .done(.confirmed):
            done = "Confirmed: the guest said it again."
        default:
            return report(message)
        }
        // Saved: the pad closes, and a draft it finished is dropped (another kept apart may take its place).
        return discardingDraft + [.close, .status(done, .success)]
    }

    /// The kept draft this pad was opened on goes once the pad is done with; a pad opened fresh never
    /// touches the draft waiting on the profile.
    private var discardingDraft: [Effect] { resumesDraft ? [.discardDraft(guestID: guestID)] : [] }

    enum ChoiceEdit { case step(Int), letter(Character) }

    /// ←/→ or Space step through the focused choice; a letter jumps to the first choice starting
    /// with it (y or n for Alert). The shared `Choice` does the stepping and jumping.
    private mutating func change(_ edit: ChoiceEdit) {
        func apply<T: CaseIterable & Equatable>(_ value: T, _ label: @escaping (T) -> String) -> T where T.AllCases.Index == Int {
            var choice = Choice(value: value, label: label)
            switch edit {
            case .step(let n): choice.cycle(by: n)
            case .letter(let l): choice.pick(l)
            }
            return choice.value
        }
        switch focus {
        case .detail: break
        case .category:
            let chosen = apply(category) { $0.label }
            if chosen != category { category = chosen; categoryChosenByHand = true; followWords() }
        case .department:
            let before = department.value
            switch edit {
            case .step(let n): department.cycle(by: n)
            case .letter(let l): department.pick(l)
            }
            if department.value != before { departmentChosenByHand = true }
        case .level: level = apply(level) { $0.label }
        case .scope: scope = apply(scope) { $0.label }
        case .place:
            switch edit {
            case .step: onlyHere.toggle()
            case .letter(let l): if l == "t" { onlyHere = true } else if l == "e" { onlyHere = false }
            }
        case .source: source = apply(source) { $0.label }
        case .alert:
            switch edit {
            case .step: isCritical.toggle()
            case .letter(let l): if l == "y" { isCritical = true } else if l == "n" { isCritical = false }
            }
        }
    }

    // MARK: - Rendering

    func render(into canvas: inout Canvas, context: RenderContext) {
        let desk = context.calendar
        let w = canvas.width
        canvas.put(" Preference pad · \(context.vips.named(guest))", row: 1, column: 0, role: .header, limit: w - 1)
        if let asked {
            canvas.put(" Asking: \(OneQuestion.wording(asked))", row: 2, column: 0, role: .success, limit: w - 1)
        }
        canvas.put(" What did the guest tell you?", row: 3, column: 0, role: focus == .detail ? .header : .normal)
        detail.render(into: &canvas, row: 4, column: 2, columns: w - 4, rows: 2, focused: focus == .detail && question == nil)

        let rows: [(Field, String, String, String)] = [
            (.category, "Category", category.label,
             categoryChosenByHand ? "" : (detail.isEmpty ? "suggested from what you type" : "suggested")),
            (.department, "Who acts", department.text, departmentChosenByHand ? "" : "by the words and category"),
            (.level, "Level", level.label, ""),
            (.scope, "Scope", scope.label,
             scope == .standing ? "follows the guest to every stay" : (stayID == nil ? "no current stay: choose Standing" : "for this stay only")),
            (.place, "Where", onlyHere ? "This hotel only" : "Every hotel",
             onlyHere ? "only at \(property)" : "at every hotel of the chain"),
            (.source, "Source", source.label, ""),
            (.alert, "Alert", category.isAlwaysAlert ? "Yes, every allergy is" : (isCritical ? "Yes" : "No"),
             isCritical || category.isAlwaysAlert ? "shown first whenever the profile opens" : ""),
        ]
        for (i, (field, label, value, note)) in rows.enumerated() {
            let row = 6 + i
            let focused = focus == field && question == nil
            canvas.put("   " + label, row: row, column: 0, role: focused ? .header : .normal)
            let col = canvas.put("‹ \(value) ›", row: row, column: 14, role: focused ? .selection : .normal)
            canvas.put("  " + note, row: row, column: col, role: .muted)
        }
        if focus != .detail && question == nil {
            canvas.put("   ←/→ or Space change the choice; a letter jumps to it.", row: 13, column: 0, role: .muted)
        }
        if category.isSensitive {
            canvas.put("   \(category.label) is sensitive: kept only if the guest agrees; seen by coordinators and supervisors.",
                       row: 13, column: 0, role: .muted, limit: w - 1)
        }
        let sameCategory = existing.filter { $0.isActive && $0.category == category }
        if !sameCategory.isEmpty {
            canvas.put(" Already on file in \(category.label):", row: 14, column: 0, role: .muted)
            for (i, p) in sameCategory.prefix(max(0, canvas.height - 18)).enumerated() {
                canvas.put("   · " + p.detail, row: 15 + i, column: 0, role: .muted, limit: w - 1)
            }
        }
        renderQuestion(into: &canvas, desk: desk)
    }

    private func renderQuestion(into canvas: inout Canvas, desk: DeskCalendar) {
        guard let question else { return }
        let row = canvas.height - 3
        canvas.clear(row: row, role: .banner)
        switch question {
        case .duplicate(let p):
            let confirmed = p.confirmations > 0 ? ", confirmed \(p.confirmations)×" : ""
            canvas.clear(row: row - 1, role: .banner)
            canvas.put(" Already on file: “\(p.detail)” (\(p.recorded.login), \(desk.day(p.recorded.at).short)\(confirmed)).",
                       row: row - 1, column: 0, role: .banner)
            canvas.put(" Enter or y: confirm it again · n: record a new one anyway · Esc: back to the pad", row: row, column: 0, role: .banner,
                       limit: canvas.width - 1)
        case .discard:
            canvas.put(" Discard this note? y: discard · n: keep writing", row: row, column: 0, role: .banner)
        case .consent:
            canvas.put(" Has the guest agreed that we keep this \(category.label.lowercased()) fact? y: yes, save · n: no",
                       row: row, column: 0, role: .banner, limit: canvas.width - 1)
        }
    }
}
