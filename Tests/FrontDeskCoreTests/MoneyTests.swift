import Testing
@testable import FrontDeskCore

/// One parser for every amount typed anywhere: the same text gets the same answer.
@Suite struct MoneyTests {
    @Test func amountsAsDesksTypeThem() throws {
        #expect(try Money.parse("25", currency: "EUR") == 2500)
        #expect(try Money.parse("25.5", currency: "EUR") == 2550)
        #expect(try Money.parse(" 25,50 ", currency: "eur") == 2550, "a comma is a decimal point at many desks")
        #expect(try Money.parse("0.07", currency: "EUR") == 7)
        #expect(try Money.parse("1500", currency: "JPY") == 1500)
        #expect(try Money.parse("2.125", currency: "KWD") == 2125)
    }

    @Test func moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
        #expect(throws: FrontDeskError.invalid("'25.505' is not an amount in EUR: at most 2 decimals, such as 25.55")) {
            try Money.parse("25.505", currency: "EUR")
        }
        #expect(throws: FrontDeskError.invalid("'1500.5' is not an amount in JPY: JPY has no decimals, such as 25")) {
            try Money.parse("1500.5", currency: "JPY")
        }
    }

    @Test func anythingElseIsRefusedWithAnExample() {
        for text in ["", "abc", "-3.5", "1,000.00", "2 500", "25.", ".5", "1e3", "25€", "٢٥", "5\u{301}", "1\u{FE0F}\u{20E3}"] {
            #expect(throws: FrontDeskError.self, "\(text)") { try Money.parse(text, currency: "EUR") }
        }
        #expect(throws: FrontDeskError.self) { try Money.parse("99999999999999999999", currency: "EUR") }
    }

    @Test func writtenInTheCurrencysOwnDecimals() {
        #expect(Money.format(123_405) == "1234.05" && Money.format(-5) == "-0.05")
        #expect(Money.format(1500, currency: "JPY") == "1500" && Money.format(2125, currency: "KWD") == "2.125")
        #expect(Compensation(amountMinor: 2550, currency: "EUR", kind: .refund).display == "25.50 EUR")
    }
}
