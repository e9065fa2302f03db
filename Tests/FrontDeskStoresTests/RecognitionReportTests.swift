import Foundation
import FrontDeskCore
import FrontDeskStores
import Testing

/// The recognition report's figures on a hand-built hotel.
@Suite struct RecognitionReportTests {
    @Test func standingPreferencesReviewsAndAnsweredQuestionsAreCounted() throws {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-recognition-\(UUID().uuidString).sqlite").path
        let store = try Stores.open(.file(path), StoreOpeningOptions(create: true))
        let cora = StaffMember(login: "cora", displayName: "Cora", role: .coordinator, homeProperty: "LIS")
        try store.addStaff(cora, by: Actor(login: "root", property: "LIS"))
        let desk = Desk(store: store, member: cora, actor: Actor(login: "cora", property: "LIS"), pins: ComplaintReportTests.NoPINs(),
                        calendar: utc)
        let today = desk.today
        let ana = try desk.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        let bo = try desk.addGuest(NewGuest(givenName: "Bo", familyName: "Ek"))
        _ = try desk.recordPreference(NewPreference(guestID: ana, category: .room, detail: "High floor"), ifAlreadyOnFile: .ask)
        let gone = try desk.recordPreference(NewPreference(guestID: bo, category: .beverage, detail: "Tea"), ifAlreadyOnFile: .ask)
        if case .recorded(let id) = gone { try desk.retirePreference(id, reason: "said so") }
        let reviewed = try desk.addStay(for: ana, room: "1", arrival: today.adding(days: 1), departure: today.adding(days: 3), status: .reserved)
        _ = try desk.addStay(for: bo, room: "2", arrival: today.adding(days: 2), departure: today.adding(days: 3), status: .reserved)
        try desk.reviewArrival(reviewed)
        try desk.recordQuestionAsked(.bedding, of: bo)
        try desk.recordQuestionAsked(.newspaper, of: ana)
        _ = try desk.recordPreference(NewPreference(guestID: bo, category: .bedding, detail: "Feather pillows"), ifAlreadyOnFile: .ask)

        let report = try desk.recognitionReport(from: today.adding(days: -6), to: today.adding(days: 7))
        #expect(report.guestsWithStandingPreference == 2, "Ana's room and Bo's pillows; Bo's retired tea no more")
        #expect(report.arrivals == 2 && report.reviewedBeforeArrival == 1)
        #expect(report.questionsAsked == 2 && report.questionsAnswered == 1)
        #expect(report.weeks.first?.recorded == 3 && report.weeks.count == 2)
        #expect(throws: FrontDeskError.self) {
            try Desk(store: store, member: StaffMember(login: "dee", displayName: "Dee", role: .associate, homeProperty: "LIS"),
                     actor: Actor(login: "dee", property: "LIS"), pins: ComplaintReportTests.NoPINs()).recognitionReport(from: today, to: today)
        }
    }
}
