import FrontDeskUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keys in, frames out: reads the terminal, feeds the app, paints what it renders.
/// A key goes to `handle`, a quiet quarter second to `tick`; after either the app is rendered
/// at the terminal's current size and painted (skipped while more typed keys are already
/// waiting, for at most a tenth of a second, so fast typing over SSH is not slowed by frames
/// nobody sees). A stop signal or a lost terminal lets the app keep its drafts, then ends curses.
final class ConsoleLoop {
    static let tickMilliseconds: Int32 = 250
    static let maximumPaintDelayMilliseconds: Int64 = 100

    private let app: any TerminalApp
    private let terminal: CursesTerminal
    private let reader: CursesKeyReader
    private let painter: CanvasPainter
    private var decoder = KeyDecoder()

    init(app: any TerminalApp, terminal: CursesTerminal) {
        self.app = app
        self.terminal = terminal
        reader = CursesKeyReader(window: terminal.window, inputDescriptor: terminal.inputDescriptor)
        painter = CanvasPainter(window: terminal.window, pens: terminal.pens)
    }

    func run() -> ConsoleEnding {
        if app.wantsToQuit { return .quit }
        paint()
        var lastPaint = Self.now()
        var needsPaint = false
        while true {
            if let signal = StopSignals.pending { return stop(.signal(signal)) }
            let timeout = decoder.awaitsEscapeFollowUp ? KeyDecoder.escapeFollowUpMilliseconds : Self.tickMilliseconds
            guard let input = reader.next(timeoutMilliseconds: timeout) else {
                // A signal can interrupt the read that then looks like a lost terminal: the signal wins.
                return stop(StopSignals.pending.map { .signal($0) } ?? .terminalLost)
            }
            if let signal = StopSignals.pending { return stop(.signal(signal)) }

            for event in decoder.decode(input) {
                switch event {
                case .idle: app.tick()
                case .key(let key): app.handle(key)
                }
                if app.wantsToQuit { return .quit }
                needsPaint = true
            }
            let overdue = Self.now() - lastPaint >= Self.maximumPaintDelayMilliseconds
            if needsPaint && (overdue || !reader.inputPending) {
                paint()
                lastPaint = Self.now()
                needsPaint = false
            }
        }
    }

    private func paint() {
        painter.paint(app.render(width: terminal.width, height: terminal.height))
    }

    private func stop(_ ending: ConsoleEnding) -> ConsoleEnding {
        app.terminate()
        terminal.end()
        return ending
    }

    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }
}
