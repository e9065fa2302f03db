import Foundation
import Testing
@testable import FrontDeskCore

/// The rules that turn history into recognition, without a store.
@Suite struct RecognitionRulesTests {
    static let today = Day("2026-11-22")!
    static let at = Date(timeIntervalSince1970: 1_795_341_600) // 2026-11-22 10:00 UTC
    static let sign = Signature(login: "ana", at: at, property: "LIS")

    static func stay(_ id: Int64, daysAgo: Int, nights: Int, _ status: StayStatus = .departed, revenue: Int64 = 0) -> Stay {
        Stay(id: id, guestID: 1, property: "LIS", room: "1", arrival: today.adding(days: -daysAgo),
             departure: today.adding(days: -daysAgo + nights), status: status, revenueMinor: revenue)
    }

    static func pref(_ id: Int64, _ category: PreferenceCategory, _ detail: String, scope: PreferenceScope = .standing,
                     source: PreferenceSource = .stated, stayID: Int64? = nil, only: String? = nil,
                     recordedDaysAgo: Int = 0, confirmations: Int = 0) -> Preference {
        var s = sign
        s.at = at.addingTimeInterval(Double(-recordedDaysAgo) * 86_400)
        return Preference(id: id, guestID: 1, category: category, detail: detail, level: .preferred, scope: scope, source: source,
                          stayID: stayID, onlyProperty: only, consent: category.isSensitive, recorded: s, confirmations: confirmations,
                          lastConfirmed: confirmations > 0 ? sign : nil)
    }

    static func profile(_ prefs: [Preference], stays: [Stay] = []) -> GuestProfile {
        GuestProfile(guest: Guest(id: 1, givenName: "Ana", familyName: "Lima"), stays: stays, preferences: prefs)
    }

    // MARK: Tiers

    @Test func tiersFollowNightsRevenueGrowthAndWhatWasGivenBack() {
        let settings = RecognitionSettings() // 730 days, 20 nights or 5000.00
        func tier(_ stays: [Stay], compensation: Int64 = 0) -> ValueTier {
            let complaint = Complaint(id: 1, guestID: 1, property: "LIS", category: .noise, severity: .low, owner: "ana", summary: "x",
                                      compensation: compensation > 0 ? Compensation(amountMinor: compensation, currency: "EUR", kind: .refund) : nil,
                                      followUpDue: Self.at, created: Self.sign)
            return ValueTier.of(stays: stays, complaints: [complaint], today: Self.today, settings: settings)
        }
        #expect(tier([]) == .regular, "a new guest")
        #expect(tier([Self.stay(1, daysAgo: 100, nights: 21)]) == .mostValuable, "enough nights")
        #expect(tier([Self.stay(1, daysAgo: 100, nights: 2, revenue: 600_000)]) == .mostValuable, "enough revenue")
        #expect(tier([Self.stay(1, daysAgo: 900, nights: 40, revenue: 9_000_000)]) == .regular, "outside the window")
        #expect(tier([Self.stay(1, daysAgo: 100, nights: 30, .reserved)]) == .regular, "a reservation is not a stay yet")
        #expect(tier([Self.stay(1, daysAgo: 600, nights: 1, revenue: 10_000), Self.stay(2, daysAgo: 100, nights: 1, revenue: 10_000),
                      Self.stay(3, daysAgo: 50, nights: 1, revenue: 10_000)]) == .mostGrowable, "coming more often")
        #expect(tier([Self.stay(1, daysAgo: 600, nights: 1), Self.stay(2, daysAgo: 500, nights: 1),
                      Self.stay(3, daysAgo: 50, nights: 1)]) == .regular, "coming less often")
        #expect(tier([Self.stay(1, daysAgo: 100, nights: 2, revenue: 20_000)], compensation: 30_000) == .belowZero,
                "gave back more than the stays brought")
        #expect(tier([], compensation: 8_000) == .regular, "a walk-in who has not stayed yet is not judged on a gesture")
        #expect([ValueTier.belowZero, .regular, .mostGrowable, .mostValuable].sorted() == [.mostValuable, .mostGrowable, .regular, .belowZero],
                "the order arrivals and the queue use: most valuable first, below zero last")
    }

    @Test func everyCategoryHasADepartmentThatPreparesIt() {
        #expect(PreferenceCategory.bedding.department == .housekeeping)
        #expect(PreferenceCategory.allergy.department == .foodAndBeverage)
        #expect(PreferenceCategory.transport.department == .concierge)
        #expect(PreferenceCategory.newspaper.department == .frontOffice)
        let catalog = DepartmentCatalog.standard
        #expect(catalog.department(text: "Food & beverage") == .foodAndBeverage && catalog.department(text: "HOUSEKEEPING") == .housekeeping)
        #expect(catalog.department(text: "spa") == nil)
        let spa = DepartmentCatalog(added: [.init(Department(code: "spa-wellness"), label: "Spa & wellness")])
        #expect(spa.department(text: "spa & wellness") == Department(code: "spa-wellness"))
        #expect(spa.department(text: "spa-wellness") == Department(code: "spa-wellness"))
        #expect(spa.label(of: Department(code: "spa-wellness")) == "Spa & wellness")
        #expect(spa.all.prefix(5) == Department.standard[...], "the standard five first")
        #expect(catalog.label(of: Department(code: "kids-club")) == "Kids club", "a code no catalog names still reads as words")
        #expect(Department.code(from: "Spa & Wellness") == "spa-wellness")
    }

    /// The words decide who acts, over the category: what a desk would route by hand.
    @Test func theWordsSayWhichDepartmentActs() {
        func who(_ category: PreferenceCategory, _ detail: String) -> Department {
            DepartmentRouting.department(for: category, detail: detail)
        }
        #expect(who(.room, "Room cleaned only after 2pm") == .housekeeping)
        #expect(who(.other, "Late checkout at 2pm") == .frontOffice)
        #expect(who(.bedding, "Feather pillows") == .housekeeping)
        #expect(who(.room, "High floor, away from the lift") == .frontOffice)
        #expect(who(.allergy, "Severe nut allergy") == .foodAndBeverage)
        #expect(who(.allergy, "Allergic to feather pillows") == .housekeeping, "the pillows are housekeeping's to change")
        #expect(who(.transport, "Airport car at 6") == .concierge)
        #expect(who(.newspaper, "Le Monde") == .frontOffice, "no word hints: the category's department")
        #expect(DepartmentRouting.suggest(for: "The TV remote is broken") == .maintenance)
        #expect(DepartmentRouting.suggest(for: "Breakfast was cold") == .foodAndBeverage)
        #expect(DepartmentRouting.suggest(for: "Party next door") == nil)
        // Chosen by hand, the department is what was chosen, whatever the words.
        let chosen = try? NewPreference(guestID: 1, category: .bedding, detail: "Feather pillows", department: .concierge).validated()
        #expect(chosen?.department == .concierge)
        #expect((try? NewPreference(guestID: 1, category: .room, detail: "Room cleaned after 2pm").validated())?.department == .housekeeping)
    }

    // MARK: The one question

    @Test func theQuestionIsTheFirstCategoryWithoutAStandingAnswerAndNeverTheLastOneAsked() {
        let order: [PreferenceCategory] = [.bedding, .room, .newspaper]
        let knowsPillows = Self.profile([Self.pref(1, .bedding, "Foam pillows")])
        #expect(OneQuestion.suggest(for: knowsPillows, order: order, lastAsked: nil) == .room)
        #expect(OneQuestion.suggest(for: knowsPillows, order: order, lastAsked: .room) == .newspaper, "not twice in a row")
        let oneOff = Self.profile([Self.pref(1, .bedding, "Extra pillow", scope: .thisStay, stayID: 5)],
                                  stays: [Self.stay(5, daysAgo: 1, nights: 3, .inHouse)])
        #expect(OneQuestion.suggest(for: oneOff, order: order, lastAsked: nil) == .bedding, "a one-off choice is not an answer")
        let seenOnce = Self.profile([Self.pref(1, .bedding, "Foam pillows", source: .observed)])
        #expect(OneQuestion.suggest(for: seenOnce, order: order, lastAsked: nil) == .bedding, "seen once: asking confirms it")
        let seenTwice = Self.profile([Self.pref(1, .bedding, "Foam pillows", source: .observed, confirmations: 1)])
        #expect(OneQuestion.suggest(for: seenTwice, order: order, lastAsked: nil) == .room)
        let knowsAll = Self.profile([Self.pref(1, .bedding, "a"), Self.pref(2, .room, "b"), Self.pref(3, .newspaper, "c")])
        #expect(OneQuestion.suggest(for: knowsAll, order: order, lastAsked: nil) == nil)
    }

    // MARK: Scope, place, confirmation, sensitivity

    @Test func anArrivalPreparesStandingAndThisStayOnesAndKeepsOneOffsAndOtherHotelsOut() {
        let now = Self.stay(7, daysAgo: 0, nights: 2, .reserved)
        let before = Self.stay(6, daysAgo: 30, nights: 2)
        let p = Self.profile([
            Self.pref(1, .bedding, "Foam pillows"),
            Self.pref(2, .celebration, "Cake", scope: .thisStay, stayID: 7),
            Self.pref(3, .other, "Mariachi", scope: .thisStay, stayID: 6),
            Self.pref(4, .room, "Sea view", only: "OPO"),
            Self.pref(5, .room, "High floor", only: "LIS"),
            Self.pref(6, .newspaper, "Le Monde", source: .observed),
            Self.pref(7, .newspaper, "Financial Times", source: .observed, confirmations: 1),
            Self.pref(8, .allergy, "Nuts"),
            Self.pref(9, .health, "Insulin in the fridge"),
        ], stays: [before, now])
        let a = Arrival(stay: now, profile: p, complaints: [], review: .notReviewed, viewer: .associate, today: Self.today,
                        settings: RecognitionSettings())
        #expect(a.alerts.map(\.detail) == ["Nuts"])
        #expect(a.prepare.map(\.detail) == ["High floor", "Financial Times", "Foam pillows", "Cake"],
                "department by department: front office, housekeeping, food and beverage")
        let housekeeping = a.for(.housekeeping)
        #expect(housekeeping.prepare.map(\.detail) == ["Foam pillows"] && housekeeping.alerts.map(\.detail) == ["Nuts"],
                "one department's own preparations, and every alert")
        #expect(a.for(.housekeeping).unconfirmed.isEmpty && a.for(.frontOffice).unconfirmed.map(\.detail) == ["Le Monde"])
        #expect(a.unconfirmed.map(\.detail) == ["Le Monde"], "seen once: listed apart")
        #expect(a.hiddenSensitive == 1)
        let coordinator = Arrival(stay: now, profile: p, complaints: [], review: .notReviewed, viewer: .coordinator,
                                  today: Self.today, settings: RecognitionSettings())
        #expect(coordinator.prepare.map(\.detail).contains("Insulin in the fridge") && coordinator.hiddenSensitive == 0)
    }

    @Test func onlyCoordinatorsAndAboveSeeSensitiveCategories() {
        #expect(PreferenceCategory.allCases.filter(\.isSensitive) == [.health, .religion, .sobriety])
        #expect(!Permissions.maySeeSensitive(.associate))
        #expect(Permissions.maySeeSensitive(.coordinator) && Permissions.maySeeSensitive(.supervisor)
                && Permissions.maySeeSensitive(.administrator))
        #expect(throws: FrontDeskError.self) {
            try NewPreference(guestID: 1, category: .religion, detail: "Prayer mat").validated()
        }
        #expect((try? NewPreference(guestID: 1, category: .religion, detail: "Prayer mat", consent: true).validated()) != nil)
    }

    @Test func standingPreferencesNotConfirmedForTheConfiguredAgeAreReconfirmed() {
        let p = Self.profile([Self.pref(1, .bedding, "Foam pillows", recordedDaysAgo: 400),
                              Self.pref(2, .room, "Quiet room", recordedDaysAgo: 400, confirmations: 1),
                              Self.pref(3, .newspaper, "Le Monde", recordedDaysAgo: 30)])
        #expect(p.toReconfirm(at: "LIS", today: Self.today, olderThanDays: 365).map(\.detail) == ["Foam pillows"],
                "a recent confirmation counts as new")
        #expect(p.toReconfirm(at: "LIS", today: Self.today, olderThanDays: 20).map(\.detail) == ["Foam pillows", "Le Monde"])
    }

    @Test func aReviewTurnsModifiedWhenAPreferenceChangesAfterIt() {
        #expect(ArrivalReview.state(lastReview: nil, lastPreferenceChange: Self.at) == .notReviewed)
        #expect(ArrivalReview.state(lastReview: Self.sign, lastPreferenceChange: Self.at.addingTimeInterval(-1)) == .reviewed(Self.sign))
        #expect(ArrivalReview.state(lastReview: Self.sign, lastPreferenceChange: Self.at.addingTimeInterval(1)) == .modified(Self.sign))
        #expect(throws: FrontDeskError.self) {
            try Permissions.checkReview(by: StaffMember(login: "a", displayName: "A", role: .associate, homeProperty: "LIS"))
        }
    }

    @Test func staysMoveOnlyTheWayTheDeskMovesThem() {
        #expect(StayStatus.reserved.canMove(to: .inHouse) && StayStatus.inHouse.canMove(to: .departed))
        #expect(StayStatus.reserved.canMove(to: .cancelled) && StayStatus.inHouse.canMove(to: .reserved))
        #expect(!StayStatus.departed.canMove(to: .inHouse) && !StayStatus.cancelled.canMove(to: .reserved))
        #expect(!StayStatus.reserved.canMove(to: .departed))
        #expect(StayStatus.departed.refusal(to: .inHouse) == "the stay is departed and cannot become in house")
    }

    @Test func doNotRentNeedsASupervisorAndEveryFlagAReason() {
        let associate = StaffMember(login: "a", displayName: "A", role: .associate, homeProperty: "LIS")
        let supervisor = StaffMember(login: "s", displayName: "S", role: .supervisor, homeProperty: "LIS")
        #expect(throws: FrontDeskError.self) { try Permissions.checkFlag(.doNotRent, reason: "damage", by: associate, clearing: false) }
        #expect(throws: FrontDeskError.self) { try Permissions.checkFlag(.problematic, reason: " ", by: associate, clearing: false) }
        #expect((try? Permissions.checkFlag(.problematic, reason: "rude to staff", by: associate, clearing: false)) != nil)
        #expect((try? Permissions.checkFlag(.doNotRent, reason: "damage", by: supervisor, clearing: true)) != nil)
    }

    @Test func settingsAndAmountsAreReadStrictly() throws {
        var s = RecognitionSettings()
        try s.set("valuable-revenue", to: "1234.5")
        #expect(s.valuableRevenueMinor == 123_450)
        #expect(throws: FrontDeskError.self) { try s.set("question-order", to: "bedding,health") }
        #expect(throws: FrontDeskError.self) { try s.set("reconfirm-after-days", to: "0") }
        #expect(Day("2026-03-01")!.daysSince(Day("2026-02-27")!) == 2)
        #expect(Day("2025-01-01")!.daysSince(Day("2024-01-01")!) == 366)
    }

    @Test func arrivalsComeByVIPLevelThenValueThenName() {
        func arrival(_ id: Int64, _ name: String, vip: VIPLevel, nights: Int) -> Arrival {
            var guest = Guest(id: id, givenName: name, familyName: "Test")
            guest.vip = vip
            let history = Stay(id: 100 + id, guestID: id, property: "LIS", room: "1", arrival: Self.today.adding(days: -100),
                               departure: Self.today.adding(days: -100 + nights), status: .departed)
            let stay = Stay(id: id, guestID: id, property: "LIS", room: "\(id)", arrival: Self.today, departure: Self.today.adding(days: 1),
                            status: .reserved)
            return Arrival(stay: stay, profile: GuestProfile(guest: guest, stays: [history, stay], preferences: []), complaints: [],
                           review: .notReviewed, viewer: .associate, today: Self.today, settings: RecognitionSettings())
        }
        let sorted = Arrival.sorted([arrival(1, "Ada", vip: .none, nights: 30), arrival(2, "Bea", vip: .gold, nights: 1),
                                     arrival(3, "Cid", vip: .gold, nights: 30), arrival(4, "Dan", vip: .none, nights: 1)])
        #expect(sorted.map(\.guest.givenName) == ["Cid", "Bea", "Ada", "Dan"], "a Gold guest before any regular, however valuable")
    }
}
