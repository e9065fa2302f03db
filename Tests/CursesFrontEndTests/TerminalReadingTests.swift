import Foundation
import Testing
@testable import CursesFrontEnd
import FrontDeskUI
#if canImport(Glibc)
import Glibc
#endif

/// The reader and the decoder on a real curses screen over a pseudo-terminal: bytes written to the
/// terminal's other end arrive as keys, however the link splits them.
@Suite(.serialized) struct TerminalReadingTests {
    @Test func aCharacterSplitAcrossReadsArrivesWhole() throws {
        let terminal = try TestTerminal()
        // The first byte of "ø" while the reader waits, the rest after a pause longer than its wait,
        // as over a slow SSH link; then "r".
        terminal.send([[0xC3], [0xB8, 0x72]], pausing: 0.12)
        #expect(terminal.keys(count: 2) == [.character("ø"), .character("r")])
        let zhang = Array("张".utf8)
        terminal.send([[zhang[0]], [zhang[1]], [zhang[2]]], pausing: 0.12)
        #expect(terminal.keys(count: 1) == [.character("张")])
    }

    @Test func functionKeysAndEscThenADigit() throws {
        let terminal = try TestTerminal()
        terminal.send(Array("\u{1B}OP\u{1B}[14~".utf8))   // F1 and F4 as xterm sends them
        #expect(terminal.keys(count: 2) == [.function(1), .function(4)])
        terminal.send(Array("\u{1B}4".utf8))              // no function keys: Esc then 4
        #expect(terminal.keys(count: 1) == [.escapeDigit(4)])
    }

    @Test func aBracketedPasteIsOneKeyWithItsNewlines() throws {
        let terminal = try TestTerminal()
        terminal.send(Array("\u{1B}[200~extra towels\rand robes\u{1B}[201~".utf8))
        #expect(terminal.keys(count: 1) == [.paste("extra towels\nand robes")])
    }
}

/// A curses screen on one end of a pseudo-terminal; the test types on the other.
final class TestTerminal {
    let master: Int32
    let slave: Int32
    let terminal: CursesTerminal
    let reader: CursesKeyReader
    var decoder = KeyDecoder()

    init() throws {
        setenv("LC_ALL", "C.UTF-8", 1)
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0, number: UInt32 = 0
        // unlockpt and ptsname, which do not import into Swift: TIOCSPTLCK and TIOCGPTN.
        guard master >= 0, ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw CursesError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        guard slave >= 0, let output = fdopen(dup(slave), "w"), let input = fdopen(dup(slave), "r") else {
            throw CursesError("cannot open the pseudo-terminal's other end")
        }
        terminal = try CursesTerminal(terminalType: "xterm-256color", output: output, input: input,
                                      theme: try Theme.parse(BuiltInThemes.text(of: "monochrome")!, name: "monochrome", file: "test"),
                                      mode: .interactive)
        reader = CursesKeyReader(window: terminal.window, inputDescriptor: terminal.inputDescriptor)
        drain()
    }

    deinit {
        terminal.end()
        close(slave)
        close(master)
    }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
    }

    /// Writes the pieces from another thread, pausing between them, while this one reads.
    func send(_ pieces: [[UInt8]], pausing seconds: Double) {
        let master = self.master
        Thread.detachNewThread {
            for (i, piece) in pieces.enumerated() {
                if i > 0 { usleep(UInt32(seconds * 1_000_000)) }
                _ = piece.withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
            }
        }
    }

    /// The next `count` keys, waiting at most two seconds for them.
    func keys(count: Int) -> [Key] {
        var keys: [Key] = []
        let deadline = Date().addingTimeInterval(2)
        terminal.makeCurrent()
        while keys.count < count && Date() < deadline {
            let timeout = decoder.awaitsEscapeFollowUp ? KeyDecoder.escapeFollowUpMilliseconds : 50
            guard let input = reader.next(timeoutMilliseconds: timeout) else { break }
            for case .key(let key) in decoder.decode(input) { keys.append(key) }
            drain()
        }
        return keys
    }

    /// What curses wrote to the terminal is read away, so its writes never block.
    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        while poll(&poller, 1, 0) > 0 && poller.revents & Int16(POLLIN) != 0 {
            if buffer.withUnsafeMutableBytes({ read(master, $0.baseAddress!, $0.count) }) <= 0 { break }
        }
    }
}
