import Foundation
import FrontDeskCore

/// One screen of the console: a value whose state changes only through its own `update` (a key) and
/// `receive` (the result of an effect it asked for, or news from elsewhere), as in bubbletea; both
/// return effects for the console to carry out. `render` is a pure function of the state.
protocol Screen {
    /// The title bar's words.
    var title: String { get }
    /// Which bindings apply now: a prompt open on a profile has its own.
    var keyContext: KeyContext { get }
    /// Bindings of the context that do nothing now, left out of the footer.
    var hiddenActions: Set<Action> { get }
    mutating func update(_ key: Key, keymap: Keymap) -> [Effect]
    mutating func receive(_ message: Message) -> [Effect]
    func render(into canvas: inout Canvas, context: RenderContext)
    /// What to read again when the data changed (another terminal wrote, or this one did).
    var refresh: [Effect] { get }
    /// Words typed and not saved, kept as a draft when the console leaves this screen without saving.
    var unsavedDraft: NewPreference? { get }
    /// A complaint typed and not saved, kept when the console has to close (the connection dropped).
    var unsavedComplaint: (guestID: Int64, draft: ComplaintDraft)? { get }
    /// Words typed that leaving would throw away (a pad keeps its own as a draft instead): the
    /// console asks before a global key leaves them.
    var hasUnsavedText: Bool { get }
    /// False for forms and help, which close when a global key takes the desk to another view.
    var staysWhenLeft: Bool { get }
    /// Esc then a digit is Esc and the digit typed here, not a function key (see `Key.escapeDigit`).
    var typesEscapeThenDigit: Bool { get }
}

extension Screen {
    var hiddenActions: Set<Action> { [] }
    var refresh: [Effect] { [] }
    var unsavedDraft: NewPreference? { nil }
    var unsavedComplaint: (guestID: Int64, draft: ComplaintDraft)? { nil }
    var hasUnsavedText: Bool { false }
    var staysWhenLeft: Bool { true }
    var typesEscapeThenDigit: Bool { false }

    /// What every screen does with a failure it asked for: say why on the message line, keeping
    /// whatever was typed on screen.
    func report(_ message: Message) -> [Effect] {
        if case .failed(let text) = message { return [.status(text, .error)] }
        return []
    }
}

/// What every frame is drawn with besides a screen's own state.
struct RenderContext {
    var now: Date
    var calendar: DeskCalendar
    var vips: VIPCatalog
    /// This hotel's departments, for their names.
    var departments: DepartmentCatalog = .standard
    /// The hotel this desk is at.
    var property: String
    var keymap: Keymap

    var today: Day { calendar.day(now) }
}

/// The terminal's size as the screens last drew on it; 80×24 until one is known.
struct ScreenSize: Equatable {
    var width = 80, height = 24
}
