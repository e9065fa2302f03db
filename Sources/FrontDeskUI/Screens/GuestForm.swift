import Foundation
import FrontDeskCore
import FrontDeskOutput

/// A guest's details in a form: a walk-in (Ctrl-O when the search finds nobody), prefilled from
/// what was typed and made only when saved, or a correction of a profile (`e`), each change kept
/// in its history. Tab moves between fields, Ctrl-S saves, Esc asks before throwing words away.
struct GuestForm: Screen {
    enum Purpose: Equatable {
        case walkIn
        case edit(Guest)
    }

    enum Field: String, CaseIterable {
        case title = "Title", given = "Given name", family = "Family name", reading = "Latin reading", language = "Language"
        case email = "E-mail", phone = "Phone", company = "Company", loyalty = "Loyalty number", birthDate = "Birth date"
    }

    let purpose: Purpose
    /// The fields shown: a walk-in needs few, a correction may touch any.
    let fields: [Field]
    private(set) var values: [Field: TextField] = [:]
    private let original: [Field: String]
    private(set) var focus = 0
    private(set) var confirmingDiscard = false
    /// Guests on file with the e-mail or phone typed: open one of them, or make a new guest anyway?
    private(set) var known: [Guest] = []

    init(walkIn: NewGuest) {
        self.init(.walkIn, walkIn, fields: [.title, .given, .family, .reading, .email, .phone])
    }

    init(editing guest: Guest) {
        self.init(.edit(guest), NewGuest(guest), fields: Field.allCases)
    }

    private init(_ purpose: Purpose, _ guest: NewGuest, fields: [Field]) {
        self.purpose = purpose
        self.fields = fields
        let text: [Field: String] = [
            .title: guest.title, .given: guest.givenName, .family: guest.familyName, .reading: guest.nameReading ?? "",
            .language: guest.language, .email: guest.email ?? "", .phone: guest.phone ?? "", .company: guest.company ?? "",
            .loyalty: guest.loyaltyNumber ?? "", .birthDate: guest.birthDate?.description ?? "",
        ]
        for field in fields { values[field] = TextField(text[field] ?? "", maxLength: field == .birthDate ? 10 : 200) }
        // A walk-in's prefill counts as typed: leaving it asks first. An edit asks only once it changed.
        original = purpose == .walkIn ? [:] : text
        focus = fields.firstIndex(of: GuestForm.firstToFill(purpose, guest, fields)) ?? 0
    }

    /// Where a walk-in's associate types next: the Latin reading of a name in another script, else
    /// the first of name, e-mail and phone still empty; an edit starts at the top.
    static func firstToFill(_ purpose: Purpose, _ guest: NewGuest, _ fields: [Field]) -> Field {
        guard purpose == .walkIn else { return fields[0] }
        let name = guest.givenName + " " + guest.familyName
        if guest.nameReading == nil, name.contains(where: \.isLetter), !NewGuest.isLatinName(name) { return .reading }
        let empty: [Field: Bool] = [.given: guest.givenName.isEmpty, .family: guest.familyName.isEmpty,
                                    .email: guest.email == nil, .phone: guest.phone == nil]
        return [Field.given, .family, .email, .phone].first { empty[$0] == true } ?? .family
    }

    var title: String { purpose == .walkIn ? "New guest" : "Edit guest" }
    var staysWhenLeft: Bool { false }
    var keyContext: KeyContext { confirmingDiscard ? .discard : known.isEmpty ? .pad : .sameGuest }

    func text(_ field: Field) -> String { values[field]?.text ?? "" }

    var hasUnsavedText: Bool {
        fields.contains { field in text(field).trimmingSpaces != (original[field] ?? "") }
    }

    /// The guest as the form reads now; a birth date that is no date is refused, naming the field.
    func guest() throws -> NewGuest {
        var guest: NewGuest
        if case .edit(let g) = purpose { guest = NewGuest(g) } else { guest = NewGuest(givenName: "", familyName: "") }
        let optional = { (field: Field) in self.text(field).trimmingSpaces.isEmpty ? nil : self.text(field) }
        for field in fields {
            switch field {
            case .title: guest.title = text(field)
            case .given: guest.givenName = text(field)
            case .family: guest.familyName = text(field)
            case .reading: guest.nameReading = optional(field)
            case .language: guest.language = text(field)
            case .email: guest.email = optional(field)
            case .phone: guest.phone = optional(field)
            case .company: guest.company = optional(field)
            case .loyalty: guest.loyaltyNumber = optional(field)
            case .birthDate:
                let typed = text(field).trimmingSpaces
                guard typed.isEmpty || Day(typed) != nil else {
                    throw FrontDeskError.invalid("birth date: '\(typed)' is no date; type it year-month-day, such as 1980-04-23")
                }
                guest.birthDate = typed.isEmpty ? nil : Day(typed)
            }
        }
        return guest
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        if let first = known.first {
            let answer = keymap.action(for: key, in: .sameGuest)
            if answer != nil { known = [] }
            switch answer {
            case .accept?: return [.close, .openGuest(first.id)]
            case .decline?: return (try? guest()).map { [.createGuest($0, checked: true)] } ?? []
            default: return []
            }
        }
        if confirmingDiscard {
            switch keymap.action(for: key, in: .discard) {
            case .accept?: return [.close]
            case .decline?: confirmingDiscard = false
            default: break
            }
            return []
        }
        switch keymap.action(for: key, in: .pad) {
        case .save?:
            do {
                let guest = try guest()
                if case .edit(let g) = purpose { return [.editGuest(id: g.id, base: NewGuest(g), guest)] }
                return [.createGuest(guest, checked: false)]
            } catch {
                return [.status("Not saved: \((error as? FrontDeskError)?.description ?? "\(error)")", .error)]
            }
        case .nextField?: focus = (focus + 1) % fields.count
        case .previousField?: focus = (focus + fields.count - 1) % fields.count
        case .cancel?:
            if hasUnsavedText { confirmingDiscard = true } else { return [.close] }
        default:
            _ = values[fields[focus]]?.handle(key)
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .sameContact(let guests):
            known = guests
            return []
        case .done(.guestCreated(let id)):
            return [.close, .openGuest(id), .status("New guest profile made. Press p to record what they told you.", .success)]
        case .done(.guestEdited(let changes)):
            let what = changes.isEmpty ? "Nothing changed." : "Saved: \(changes.map(\.field).joined(separator: ", ")). Kept in the profile's history."
            return [.close, .status(what, changes.isEmpty ? .muted : .success)]
        default:
            return report(message)
        }
    }

    func render(into canvas: inout Canvas, context: RenderContext) {
        let w = canvas.width
        let head: String
        switch purpose {
        case .walkIn: head = "New guest (a walk-in): nothing is made until you save"
        case .edit(let g): head = "Edit guest #\(g.id) · \(context.vips.named(g))"
        }
        canvas.put(" " + head, row: 1, column: 0, role: .header, limit: w - 1)
        let labelWidth = 17
        for (i, field) in fields.enumerated() {
            let row = 3 + i
            let focused = i == focus && !confirmingDiscard
            canvas.put("   " + field.rawValue, row: row, column: 0, role: focused ? .header : .normal)
            values[field]?.render(into: &canvas, row: row, column: labelWidth + 3, columns: min(50, w - labelWidth - 5), focused: focused)
        }
        let notes = row(after: fields.count)
        let hint: String
        switch fields[focus] {
        case .reading: hint = "For a name in another script: the Latin spelling the guest uses (Yamada Taro). It is searched too."
        case .birthDate: hint = "Year-month-day, 1980-04-23: tells namesakes apart."
        case .title: hint = "Ms, Mr, Dr... as the guest likes to be addressed."
        default: hint = purpose == .walkIn ? "Tab: next field · Ctrl-S: make the guest · Esc: back to the search"
                                           : "Every change is kept in the profile's history with your name."
        }
        for (i, line) in TerminalText.wrap(hint, to: w - 4).prefix(2).enumerated() {
            canvas.put("   " + line, row: notes + i, column: 0, role: .muted)
        }
        if let first = known.first {
            let what = first.email != nil && (try? guest())?.email?.lowercased() == first.email?.lowercased() ? "this e-mail" : "this phone"
            let others = known.count > 1 ? " and \(known.count - 1) more" : ""
            canvas.clear(row: canvas.height - 4, role: .banner)
            canvas.clear(row: canvas.height - 3, role: .banner)
            canvas.put(" \(context.vips.named(first)) (#\(first.id))\(others) has \(what) already.", row: canvas.height - 4, column: 0,
                       role: .banner, limit: w - 1)
            canvas.put(" Enter: open that profile · n: make a new guest anyway · Esc: back to the form", row: canvas.height - 3,
                       column: 0, role: .banner, limit: w - 1)
        }
        if confirmingDiscard {
            canvas.clear(row: canvas.height - 3, role: .banner)
            canvas.put(purpose == .walkIn ? " Throw away this new guest? y: throw away · n: keep writing"
                                          : " Throw away these changes? y: throw away · n: keep writing",
                       row: canvas.height - 3, column: 0, role: .banner)
        }
    }

    private func row(after count: Int) -> Int { 3 + count + 1 }
}
