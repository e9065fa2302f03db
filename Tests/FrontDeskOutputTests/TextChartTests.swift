import FrontDeskOutput
import Testing

/// Charts as the lines a terminal shows: bars in eighths of a cell, a trend of rising blocks.
@Suite struct TextChartTests {
    @Test func barsAreAsLongAsTheirShareOfTheLargest() {
        #expect(TextChart.bars([("noise", 2), ("housekeeping", 1), ("a very long category name indeed", 0)], width: 40) == [
            "  noise                  ████████████ 2",
            "  housekeeping           ██████ 1",
            "  a very long category …  0",
        ])
        #expect(TextChart.bars([("x", 7), ("y", 2)], width: 40)[1].hasSuffix(" ███▍ 2"), "2/7 of 12 cells: three and three eighths")
    }

    @Test func aTrendRisesWithTheCounts() {
        #expect(TextChart.trend([0, 1, 4, 8]) == " ▁▄█")
        #expect(TextChart.trend([]) == "")
    }

    @Test func durationsReadAsASupervisorSaysThem() {
        #expect(TextChart.duration(minutes: 25) == "25 min")
        #expect(TextChart.duration(minutes: 190) == "3 h 10 min")
        #expect(TextChart.duration(minutes: 3000) == "2 d 2 h")
    }
}
