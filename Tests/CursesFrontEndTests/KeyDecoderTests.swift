import Testing
@testable import CursesFrontEnd
import FrontDeskUI

/// The decoder alone: what raw input becomes, with no terminal attached.
@Suite struct KeyDecoderTests {
    func decode(_ inputs: [RawInput]) -> [DecodedEvent] {
        var decoder = KeyDecoder()
        return inputs.flatMap { decoder.decode($0) }
    }

    /// The bytes of the text, as the terminal sends them.
    func scalars(_ text: String) -> [RawInput] { text.utf8.map { .byte($0) } }

    @Test func functionKeysFromCursesPassThrough() {
        #expect(decode([.key(.function(4)), .key(.up)]) == [.key(.function(4)), .key(.up)])
    }

    @Test func escThenADigitIsAFunctionKey() {
        #expect(decode(scalars("\u{1B}3")) == [.key(.escapeDigit(3))])
        #expect(decode(scalars("\u{1B}0")) == [.key(.escapeDigit(0))], "Esc 0: the console reads it as F10")
        var decoder = KeyDecoder()
        _ = decoder.decode(.byte(27))
        #expect(decoder.awaitsEscapeFollowUp, "the reader waits a little longer for the digit")
    }

    @Test func escAloneOrBeforeAnotherKeyIsEsc() {
        #expect(decode([.byte(27), .timeout]) == [.key(.escape)])
        #expect(decode(scalars("\u{1B}a")) == [.key(.escape), .key(.character("a"))])
        #expect(decode([.byte(27), .key(.down)]) == [.key(.escape), .key(.down)])
    }

    @Test func controlKeysAndTheKeysThatTypeNothing() {
        #expect(decode(scalars("\u{13}\r\t\u{7F}")) == [.key(.control("s")), .key(.enter), .key(.tab), .key(.backspace)])
        #expect(decode(scalars("\u{9B}\u{0}")) == [], "a C1 control or a NUL means nothing")
        #expect(decode(scalars("ø张")) == [.key(.character("ø")), .key(.character("张"))])
    }

    /// A character split across reads by a pause, however long, arrives whole; a broken one is
    /// dropped and never stops what is typed after it.
    @Test func utf8SplitAcrossReadsArrivesWhole() {
        #expect(decode([.byte(0xC3), .timeout, .timeout, .byte(0xB8), .byte(0x72)]) == [.idle, .idle, .key(.character("ø")), .key(.character("r"))])
        let zhang = Array("张".utf8)
        #expect(decode([.byte(zhang[0]), .timeout, .byte(zhang[1]), .timeout, .byte(zhang[2])]) == [.idle, .idle, .key(.character("张"))])
        #expect(decode([.byte(0xC3), .byte(0x41), .byte(0xB8), .byte(0x42)]) == [.key(.character("A")), .key(.character("B"))],
                "a lead byte without its continuation, and a stray continuation, are dropped")
        #expect(decode([.byte(0xC0), .byte(0xAF), .byte(0xED), .byte(0xA0), .byte(0x80), .byte(0x43)]) == [.key(.character("C"))],
                "an overlong form and a surrogate are no characters")
        #expect(decode([.byte(0x1B), .byte(0xC3), .byte(0xB8)]) == [.key(.escape), .key(.character("ø"))])
        #expect(decode([.pasteBegin, .byte(0xE5), .timeout, .byte(0xBC), .byte(0xA0), .pasteEnd]) == [.idle, .key(.paste("张"))])
    }

    @Test func pastedTextIsOneLiteralKey() {
        let pasted = decode([.pasteBegin] + scalars("two towels\r\nand\ra robe\t\u{1B}x") + [.key(.enter), .pasteEnd])
        #expect(pasted == [.key(.paste("two towels\nand\na robe\tx\n"))], "newlines kept, Enter never submits, controls dropped")
        #expect(decode([.pasteBegin, .key(.function(10)), .pasteEnd]) == [], "a key sequence inside a paste is not a key")
    }

    @Test func aPasteWhoseEndNeverCameIsDeliveredAfterAPause() {
        var inputs: [RawInput] = [.pasteBegin] + scalars("room 512")
        inputs += Array(repeating: .timeout, count: KeyDecoder.pasteIdleLimit)
        let events = decode(inputs)
        #expect(events.contains(.key(.paste("room 512"))))
        #expect(decode(inputs + scalars("x")).last == .key(.character("x")), "typing works again afterwards")
    }
}
