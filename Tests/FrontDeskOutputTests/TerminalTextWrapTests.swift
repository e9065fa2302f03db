import Testing
@testable import FrontDeskOutput

@Suite struct TerminalTextWrapTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        #expect(TerminalText.wrap("Twin beds, never a double", to: 10) == ["Twin beds,", "never a", "double"])
        #expect(TerminalText.wrap("short", to: 10) == ["short"])
        #expect(TerminalText.wrap("", to: 10) == [""])
    }

    @Test func aWordLongerThanALineIsCutAndWideLettersCountTwice() {
        #expect(TerminalText.wrap("Llanfairpwllgwyngyll station", to: 8) == ["Llanfair", "pwllgwyn", "gyll", "station"])
        #expect(TerminalText.wrap("高橋ゆき様", to: 4) == ["高橋", "ゆき", "様"])
        #expect(TerminalText.wrap("高橋", to: 1) == ["高", "橋"], "a letter wider than the line still goes, alone")
    }

    @Test func hostileTextIsSanitisedBeforeWrapping() {
        #expect(TerminalText.wrap("ab\u{1B}[2Jcd ef", to: 20) == ["ab[2Jcd ef"])
    }
}
