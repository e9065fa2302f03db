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
    /// Asked before a global key (F2, F3, F4, F10) takes the desk elsewhere: nil lets it go; effects
    /// mean the screen holds on (asking first) and will return the key's effects itself.
    mutating func leave(for action: Action) -> [Effect]?
    /// False for forms and help, which close when a global key takes the desk to another view.
    var staysWhenLeft: Bool { get }
}

extension Screen {
    var hiddenActions: Set<Action> { [] }
    var refresh: [Effect] { [] }
    var unsavedDraft: NewPreference? { nil }
    mutating func leave(for action: Action) -> [Effect]? { nil }
    var staysWhenLeft: Bool { true }

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
    /// The hotel this desk is at.
    var property: String
    var keymap: Keymap

    var today: Day { calendar.day(now) }
}
