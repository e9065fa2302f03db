import Foundation
import Testing
@testable import FrontDeskCore

@Suite struct ComplaintModelTests {
    @Test func categoriesReadFromCodesAndLabels() {
        #expect(ComplaintCategory.allCases.count == 8)
        #expect(ComplaintCategory(text: "food-and-beverage") == .foodAndBeverage)
        #expect(ComplaintCategory(text: "Food and beverage") == .foodAndBeverage)
        #expect(ComplaintCategory(text: "F&B") == .foodAndBeverage)
        #expect(ComplaintCategory(text: " Noise ") == .noise)
        #expect(ComplaintCategory(text: "weather") == nil)
    }

    @Test func severitiesAndRolesAreOrdered() {
        #expect(ComplaintSeverity.high > .medium && ComplaintSeverity.medium > .low)
        #expect(Role.administrator > .supervisor && Role.supervisor > .associate)
        #expect(Role(text: "Supervisor") == .supervisor)
        #expect(Role(text: "manager") == nil)
        #expect(ComplaintStatus(text: "closed") == .closed)
    }

    @Test func compensationIsCheckedAndShownInTheCurrencysUnits() throws {
        let c = try Compensation(amountMinor: 2_550, currency: " eur", kind: .roomCredit).validated()
        #expect(c.currency == "EUR")
        #expect(c.display == "25.50 EUR")
        #expect(Compensation(amountMinor: 5_000, currency: "JPY", kind: .refund).display == "5000 JPY")
        #expect(Compensation(amountMinor: 1_005, currency: "KWD", kind: .refund).display == "1.005 KWD")
        #expect(throws: FrontDeskError.invalid("the compensation amount cannot be negative")) {
            try Compensation(amountMinor: -1, currency: "EUR", kind: .refund).validated()
        }
        #expect(throws: FrontDeskError.invalid("the compensation currency \"euro\" is not a three-letter code such as EUR")) {
            try Compensation(amountMinor: 1, currency: "euro", kind: .refund).validated()
        }
        #expect(CompensationKind(text: "Room credit") == .roomCredit)
    }

    @Test func aComplaintRoundTripsThroughJSON() throws {
        var c = ComplaintFixtures.complaint()
        c.compensation = ComplaintFixtures.euros(1_500, .waivedCharge)
        let data = try JSONEncoder().encode(c)
        #expect(try JSONDecoder().decode(Complaint.self, from: data) == c)
    }
}
