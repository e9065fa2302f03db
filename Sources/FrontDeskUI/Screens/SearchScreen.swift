import Foundation
import FrontDeskCore
import FrontDeskOutput

/// Home: the guest search. Typing filters at once; Enter opens the selected guest.
struct SearchScreen: Screen {
    var query = TextField(maxLength: 120)
    var outcome = GuestSearchOutcome(results: [])
    /// Shown while the search box is empty.
    var inHouse: [GuestSearchResult] = []
    var selection = 0
    /// Guests in the list with an open complaint: marked so nobody is greeted as if all were well.
    var guestsWithComplaints: Set<Int64> = []
    /// The query the list answers: a fresh reading of the same query keeps the selection on its guest.
    private var answered: String?

    var rows: [GuestSearchResult] { query.text.trimmingSpaces.isEmpty ? inHouse : outcome.results }
    var foundNobody: Bool { !query.text.trimmingSpaces.isEmpty && outcome.results.isEmpty }

    var title: String { "Guest search" }
    var keyContext: KeyContext { .search }
    var hiddenActions: Set<Action> {
        // Keys that would do nothing now stay out of the footer: there is nobody to open when nobody matched.
        foundNobody ? (outcome.suggestions.isEmpty ? [.useSuggestion, .openGuest, .moveDown] : [.openGuest, .moveDown])
                    : [.walkIn, .useSuggestion]
    }
    var refresh: [Effect] { [.search(query.text)] }
    /// Esc clears what was typed: a digit right after it starts the next search (a room number).
    var typesEscapeThenDigit: Bool { !query.isEmpty }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        switch keymap.action(for: key, in: .search) {
        case .openGuest?:
            guard rows.indices.contains(selection) else {
                return foundNobody ? [.status("Nobody found. Ctrl-O creates a new guest from what you typed.", .muted)] : []
            }
            return [.openGuest(rows[selection].guestID)]
        case .moveUp?: move(by: -1)
        case .moveDown?: move(by: 1)
        case .pageUp?: move(by: -10)
        case .pageDown?: move(by: 10)
        case .walkIn?:
            guard foundNobody else {
                return [.status("Ctrl-O makes a new guest when the search finds nobody: type the guest's name first.", .muted)]
            }
            return [.push(GuestForm(walkIn: NewGuest.fromSearchText(query.text)))]
        case .useSuggestion?:
            guard foundNobody, let spelling = outcome.suggestions.first else { return [] }
            query.set(spelling)
            return [.search(spelling)]
        case .clearSearch?:
            guard !query.isEmpty else { return [] }
            query.set("")
            return [.search("")]
        case .some, nil:
            let before = query.text
            guard query.handle(key) else { return [] }
            return query.text == before ? [] : [.search(query.text)]
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .searched(let text, let found, let guests, let marks):
            guard text == query.text else { return [] }
            let selected = answered == text && rows.indices.contains(selection) ? rows[selection].guestID : nil
            outcome = found
            inHouse = guests
            guestsWithComplaints = marks
            answered = text
            selection = selected.flatMap { id in rows.firstIndex { $0.guestID == id } } ?? (selected == nil ? 0 : min(selection, max(0, rows.count - 1)))
        default:
            return report(message)
        }
        return []
    }

    private mutating func move(by delta: Int) {
        guard !rows.isEmpty else { return }
        selection = max(0, min(rows.count - 1, selection + delta))
    }

    func render(into canvas: inout Canvas, context: RenderContext) {
        let (property, vips) = (context.property, context.vips)
        let w = canvas.width
        canvas.put(" Find guest: ", row: 2, column: 0, role: .header)
        query.render(into: &canvas, row: 2, column: 13, columns: w - 14, focused: true)
        canvas.put(" name, room, loyalty number, phone or e-mail", row: 3, column: 12, role: .muted)

        let listTop = 5
        let listHeight = canvas.height - listTop - 2
        if foundNobody {
            renderNobody(into: &canvas, row: listTop)
            return
        }
        let heading = query.text.trimmingSpaces.isEmpty
            ? (inHouse.isEmpty ? "Nobody is in house at \(property). Type to search every guest." : "In house at \(property)")
            : outcome.results.count == 1 ? "1 guest"
            : outcome.results.count >= EffectRunner.searchLimit ? "First \(EffectRunner.searchLimit) guests: type more to narrow"
            : "\(outcome.results.count) guests"
        let columns = SearchColumns(width: w)
        canvas.put(" " + TerminalText.pad(heading, to: columns.shared) + " ", row: listTop - 1, column: 1, role: .header)
        if !rows.isEmpty {
            canvas.put(TerminalText.pad("VIP", to: columns.vip), row: listTop - 1, column: columns.vipColumn, role: .header)
            canvas.put(TerminalText.pad("Room", to: columns.room), row: listTop - 1, column: columns.roomColumn, role: .header)
        }
        let first = max(0, selection - listHeight + 1)
        for (offset, result) in rows.dropFirst(first).prefix(listHeight).enumerated() {
            let row = listTop + offset
            let selected = first + offset == selection
            let base: StyleRole = selected ? .selection : .normal
            if selected { canvas.fill(row: row, role: .selection) }
            if result.hasAlert { canvas.put("!", row: row, column: 1, role: selected ? .selection : .alert) }
            if guestsWithComplaints.contains(result.guestID) {
                canvas.put("C", row: row, column: 2, role: selected ? .selection : .overdue)
            }
            let afterName = canvas.put(result.displayName, row: row, column: 3, role: base, limit: columns.name)
            if let reading = result.nameReading, afterName + 2 < 3 + columns.name {
                // In the row's own role: a change of colour costs bytes on every row sent over SSH.
                canvas.put(reading, row: row, column: afterName + 1, role: base,
                           limit: 3 + columns.name - afterName - 1)
            }
            canvas.put(SearchDetailText.line(for: result, today: context.today), row: row, column: columns.detailColumn,
                       role: base, limit: columns.detail)
            canvas.put(vips.name(of: result.vip), row: row, column: columns.vipColumn, role: selected ? .selection : vips.style(of: result.vip),
                       limit: columns.vip)
            canvas.put(result.room ?? "", row: row, column: columns.roomColumn, role: base, limit: columns.room)
        }
    }

    private func renderNobody(into canvas: inout Canvas, row: Int) {
        canvas.put("No guest matches “\(query.text.trimmingSpaces)”.", row: row, column: 1, role: .normal)
        var next = row + 2
        if !outcome.suggestions.isEmpty {
            let col = canvas.put("Did you mean: " + outcome.suggestions.joined(separator: " · "), row: next, column: 1, role: .header)
            canvas.put("  (Tab searches for \(outcome.suggestions[0]))", row: next, column: col, role: .muted)
            next += 2
        }
        let col = canvas.put("Ctrl-O", row: next, column: 1, role: .key)
        canvas.put(" opens a new guest form with what you typed (a walk-in).", row: next, column: col, role: .normal)
    }
}
