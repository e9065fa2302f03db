import Foundation
import Testing
@testable import FrontDeskCore

@Suite struct PreferenceRulesTests {
    let signature = Signature(login: "maria.s", at: Date(timeIntervalSince1970: 1_700_000_000), property: "DEMO")

    func preference(_ id: Int64, _ category: PreferenceCategory, _ detail: String, retired: Bool = false) -> Preference {
        Preference(id: id, guestID: 1, category: category, detail: detail, level: .preferred, scope: .standing,
                   source: .stated, recorded: signature,
                   retirement: retired ? Retirement(reason: "wrong guest", signature: signature) : nil)
    }

    @Test func theSameNoteTwiceMatchesTheExistingPreference() {
        let onFile = [preference(7, .bedding, "Feather pillows"), preference(8, .room, "High floor")]
        let again = NewPreference(guestID: 1, category: .bedding, detail: "feather pillow, please")
        #expect(PreferenceMatching.existing(matching: again, in: onFile)?.id == 7)
    }

    @Test func aDifferentNoteOrCategoryIsNew() {
        let onFile = [preference(7, .bedding, "Feather pillows")]
        #expect(PreferenceMatching.existing(matching: NewPreference(guestID: 1, category: .bedding, detail: "Foam pillows"), in: onFile) == nil)
        #expect(PreferenceMatching.existing(matching: NewPreference(guestID: 1, category: .allergy, detail: "Feather pillows"), in: onFile) == nil)
    }

    @Test func aRetiredPreferenceIsNotConfirmedAgain() {
        let onFile = [preference(7, .bedding, "Feather pillows", retired: true)]
        #expect(PreferenceMatching.existing(matching: NewPreference(guestID: 1, category: .bedding, detail: "Feather pillows"), in: onFile) == nil)
    }

    @Test func allergiesAndCriticalNotesAreAlertsUntilRetired() {
        #expect(preference(1, .allergy, "Nuts").isAlert)
        var critical = preference(2, .other, "Do not divulge the rate")
        #expect(!critical.isAlert)
        critical.isCritical = true
        #expect(critical.isAlert)
        #expect(!preference(3, .allergy, "Nuts", retired: true).isAlert)
    }

    @Test func anEmptyNoteIsRefused() {
        #expect(throws: FrontDeskError.self) {
            try NewPreference(guestID: 1, category: .other, detail: "   ").validated()
        }
    }

    @Test func walkInsAreReadFromWhatWasTyped() {
        #expect(NewGuest.fromSearchText("Ana Maria Lima") == NewGuest(givenName: "Ana Maria", familyName: "Lima"))
        #expect(NewGuest.fromSearchText("ana@example.com").email == "ana@example.com")
        #expect(NewGuest.fromSearchText("+44 20 7946 0123").phone == "+44 20 7946 0123")
    }

    @Test func eastAsianNamesAreWrittenFamilyNameFirst() {
        #expect(PersonName.display(given: "伟", family: "张") == "张伟")
        #expect(PersonName.display(given: "José", family: "García") == "José García")
        #expect(PersonName.display(given: "Thị Bích", family: "Nguyễn", language: "Vietnamese") == "Nguyễn Thị Bích")
    }

    @Test func daysParseAndCount() {
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2024-02-29")?.adding(days: 1) == Day("2024-03-01"))
        #expect(Day("2026-11-22")!.short == "22 Nov")
    }
}

@Suite struct PreferenceMatchingLevelTests {
    @Test func aStrongerLevelIsRecordedNotConfirmed() {
        let onFile = [Preference(id: 7, guestID: 1, category: .bedding, detail: "Feather pillows", level: .preferred,
                                 scope: .standing, source: .stated,
                                 recorded: Signature(login: "a", at: Date(timeIntervalSince1970: 0), property: "DEMO"))]
        let required = NewPreference(guestID: 1, category: .bedding, detail: "feather pillows", level: .required)
        #expect(PreferenceMatching.existing(matching: required, in: onFile) == nil)
        let oneOff = NewPreference(guestID: 1, category: .bedding, detail: "feather pillows", scope: .thisStay)
        #expect(PreferenceMatching.existing(matching: oneOff, in: onFile) == nil)
    }

    @Test func anotherHotelsOrAnotherStaysNoteIsNotConfirmedForThisOne() {
        let signature = Signature(login: "a", at: Date(timeIntervalSince1970: 0), property: "OPO")
        let onFile = [Preference(id: 7, guestID: 1, category: .room, detail: "Sea view", level: .preferred,
                                 scope: .standing, source: .stated, onlyProperty: "OPO", recorded: signature),
                      Preference(id: 8, guestID: 1, category: .amenities, detail: "Roses", level: .preferred,
                                 scope: .thisStay, source: .stated, stayID: 40, recorded: signature)]
        #expect(PreferenceMatching.existing(matching: NewPreference(guestID: 1, category: .room, detail: "sea view"), in: onFile) == nil)
        #expect(PreferenceMatching.existing(matching: NewPreference(guestID: 1, category: .room, detail: "sea view",
                                                                    onlyProperty: "OPO"), in: onFile)?.id == 7)
        #expect(PreferenceMatching.existing(matching: NewPreference(guestID: 1, category: .amenities, detail: "roses",
                                                                    scope: .thisStay, stayID: 41), in: onFile) == nil)
        #expect(PreferenceMatching.existing(matching: NewPreference(guestID: 1, category: .amenities, detail: "roses",
                                                                    scope: .thisStay, stayID: 40), in: onFile)?.id == 8)
    }
}
