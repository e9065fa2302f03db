import CursesFrontEnd
import FrontDeskUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The console's own curses painter at 80×24, drawing into a temporary file instead of a
/// terminal: what lands in the file is exactly what the terminal (or SSH link) would receive.
final class FrameMeter {
    static let width = 80
    static let height = 24

    private let file: UnsafeMutablePointer<FILE>
    private let screen: CursesScreen
    private var written: Int

    init(theme: Theme) throws {
        guard let file = tmpfile() else { throw BenchFailure("cannot create a temporary file for the frames") }
        self.file = file
        screen = try CursesScreen(output: file, width: Self.width, height: Self.height, theme: theme)
        fflush(file)
        written = ftell(file)
    }

    deinit {
        screen.end()
        fclose(file)
    }

    /// Draws a frame and returns the bytes it cost.
    @discardableResult
    func draw(_ canvas: Canvas) -> Int {
        screen.draw(canvas)
        fflush(file)
        let position = ftell(file)
        defer { written = position }
        return position - written
    }
}
