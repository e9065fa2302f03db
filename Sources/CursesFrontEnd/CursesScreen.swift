import FrontDeskUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Curses drawing into any file at a fixed size, without a terminal and without reading keys:
/// the console's painter exactly, so a benchmark can count the bytes each frame costs
/// (`fflush` + `ftell` on `output` after `draw`). Only one should be alive at a time.
public final class CursesScreen {
    private let terminal: CursesTerminal
    private let painter: CanvasPainter
    private let ownedInput: UnsafeMutablePointer<FILE>?

    /// `input` defaults to /dev/null. The process locale is set from the environment, and to
    /// C.UTF-8 when that is not UTF-8, so wide characters are measured as a UTF-8 terminal gets them.
    public init(term: String = "xterm-256color", output: UnsafeMutablePointer<FILE>,
                input: UnsafeMutablePointer<FILE>? = nil, width: Int, height: Int, theme: Theme) throws {
        var ownedInput: UnsafeMutablePointer<FILE>? = nil
        if input == nil {
            guard let null = fopen("/dev/null", "r") else { throw CursesError("cannot open /dev/null") }
            ownedInput = null
        }
        do {
            terminal = try CursesTerminal(terminalType: term, output: output, input: input ?? ownedInput!,
                                          theme: theme, mode: .offscreen(width: width, height: height))
        } catch {
            if let ownedInput { fclose(ownedInput) }
            throw error
        }
        self.ownedInput = ownedInput
        painter = CanvasPainter(window: terminal.window, pens: terminal.pens)
    }

    deinit { end() }

    /// Draws a frame: only what changed since the previous one reaches `output`.
    public func draw(_ canvas: Canvas) {
        guard !terminal.isEnded else { return }
        terminal.makeCurrent()
        painter.paint(canvas)
    }

    /// Ends curses (idempotent); `output` receives the terminal's reset sequences.
    public func end() {
        guard !terminal.isEnded else { return }
        terminal.end()
        if let ownedInput { fclose(ownedInput) }
    }
}
