/// What a front end drives: keys in, frames out. The curses front end and the tests
/// both speak to the console through this, so screens never know what terminal they are on.
public protocol TerminalApp: AnyObject {
    /// One key press (or a resize, or pasted text).
    func handle(_ key: Key)
    /// Called a few times a second while no key arrives: live refresh and countdowns.
    func tick()
    /// A frame at the given size; a pure function of the app's state.
    func render(width: Int, height: Int) -> Canvas
    /// True once the user asked to quit.
    var wantsToQuit: Bool { get }
    /// The terminal went away or the process was told to stop: keep anything half-written.
    func terminate()
}
