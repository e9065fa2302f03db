import Foundation
import FrontDeskCore
import FrontDeskUI

/// Key-to-frame through the real console: `ConsoleApp.handle` (which runs the store query),
/// `render` at 80×24 and the curses painter, per keystroke, as an associate types.
struct ConsoleFigures {
    static let lengths = [1, 2, 3, 6]
    var queriesTyped = 0
    var keyToFrame: [Int: Samples] = [:]
    /// Every typed search keystroke, lengths 1 to 6.
    var bytesPerKey = Samples()
    /// The same bytes by the query's length after the key: the first replaces the in-house list.
    var bytesByLength: [Int: Samples] = [:]
    var openProfile = Samples()
    var openProfileBytes = Samples()
    var saveInPad = Samples()
    var savesNotConfirmed = 0
}

final class ConsoleBench {
    private let app: ConsoleApp
    private let meter: FrameMeter

    init(store: FrontDeskStore, theme: Theme) throws {
        let desk = Desk(store: store,
                        member: StaffMember(login: "bench", displayName: "Bench", role: .associate, homeProperty: BenchDatabase.property),
                        actor: Actor(login: "bench", property: BenchDatabase.property, terminal: "bench"), pins: NoPINs())
        app = ConsoleApp(desk: desk)
        meter = try FrameMeter(theme: theme)
        meter.draw(render())  // the first frame is drawn whole; every later one is a difference
    }

    private func render() -> Canvas { app.render(width: FrameMeter.width, height: FrameMeter.height) }

    /// One key, timed from the key to the frame's last byte.
    private func press(_ key: Key) -> (ms: Double, bytes: Int, canvas: Canvas) {
        let ((bytes, canvas), ms) = Stopwatch.time { () -> (Int, Canvas) in
            app.handle(key)
            let canvas = render()
            return (meter.draw(canvas), canvas)
        }
        return (ms, bytes, canvas)
    }

    /// Types each query into a cleared search box; after the query, Enter opens the first guest and,
    /// for the first `pads` queries, the pad records a preference with Ctrl-S (a committed write).
    func run(queries: [String], pads: Int, tag: String) -> ConsoleFigures {
        var figures = ConsoleFigures()
        for (index, query) in queries.enumerated() {
            _ = press(.escape)  // clears the box: back to the in-house list, as between guests at the desk
            figures.queriesTyped += 1
            for (offset, ch) in query.prefix(6).enumerated() {
                let key = press(.character(ch))
                figures.bytesPerKey.add(Double(key.bytes))
                figures.bytesByLength[offset + 1, default: Samples()].add(Double(key.bytes))
                if ConsoleFigures.lengths.contains(offset + 1) {
                    figures.keyToFrame[offset + 1, default: Samples()].add(key.ms)
                }
            }
            let open = press(.enter)
            guard open.canvas.lines[0].contains("Guest profile") else { continue }  // nobody matched
            figures.openProfile.add(open.ms)
            figures.openProfileBytes.add(Double(open.bytes))
            // A guest with an allergy or a flag opens on the alert box: the associate reads it first.
            if open.canvas.text.contains("Enter: I have read this") { _ = press(.enter) }
            if index < pads {
                _ = press(.character("p"))
                _ = press(.paste("Bench \(tag) note \(index): two extra towels"))
                let save = press(.control("s"))
                // The profile comes back with "Saved to …"; anything else (a question, an error) is no save.
                if save.canvas.text.contains("Saved to") { figures.saveInPad.add(save.ms) } else { figures.savesNotConfirmed += 1 }
            }
            _ = press(.escape)  // back to the search
        }
        return figures
    }
}

/// The benchmark signs nobody in with a PIN and approves no offers: any PIN is refused.
struct NoPINs: PinHashing {
    func hash(_ pin: String) throws -> String { throw FrontDeskError.unavailable("the benchmark sets no PINs") }
    func hash(_ pin: String, setting: String?) -> String? { nil }
}
