import Foundation
import Testing
@testable import FrontDeskCore

@Suite struct DuplicateScoringTests {
    func guest(_ id: Int64, _ given: String, _ family: String, email: String? = nil, phone: String? = nil,
               loyalty: String? = nil, born: String? = nil) -> Guest {
        Guest(id: id, givenName: given, familyName: family, loyaltyNumber: loyalty, email: email, phone: phone,
              birthDate: born.map { Day($0)! })
    }

    // Same name and something personal

    @Test func sameNameAndEmailIsOnePerson() {
        let match = DuplicateScoring.match(guest(7, "Ana", "Lima", email: "ana.lima@example.com"),
                                           guest(3, "Ana", "Lima", email: "Ana.Lima@Example.COM"))
        #expect(match == DuplicateMatch(olderID: 3, newerID: 7, reasons: ["same name and e-mail"], score: 60))
    }

    @Test func sameNameAndPhoneWhateverItsPunctuation() {
        let match = DuplicateScoring.match(guest(1, "Ana", "Lima", phone: "+351 912 345 678"),
                                           guest(2, "Ana", "Lima", phone: "351-912-345-678"))
        #expect(match?.reasons == ["same name and phone"])
    }

    @Test func sameNameAndLoyaltyNumberHoweverItWasTyped() {
        let match = DuplicateScoring.match(guest(1, "Ana", "Lima", loyalty: "RC-1001"), guest(2, "Ana", "Lima", loyalty: "rc 1001"))
        #expect(match?.reasons == ["same name and loyalty number"])
    }

    @Test func everySharedDetailIsAReasonAndRaisesTheScore() {
        let one = DuplicateScoring.match(guest(1, "Ana", "Lima", email: "a@x.pt"), guest(2, "Ana", "Lima", email: "a@x.pt"))
        let three = DuplicateScoring.match(guest(1, "Ana", "Lima", email: "a@x.pt", phone: "912345678", loyalty: "RC1"),
                                           guest(2, "Ana", "Lima", email: "a@x.pt", phone: "912345678", loyalty: "RC1"))
        #expect(three?.reasons == ["same name and e-mail", "same name and phone", "same name and loyalty number"])
        #expect(three!.score > one!.score)
    }

    @Test func diacriticsCaseAndScriptsFoldAway() {
        let match = DuplicateScoring.match(guest(1, "José", "García", email: "jg@example.com"),
                                           guest(2, "JOSE", "garcia", email: "JG@example.com"))
        #expect(match?.reasons == ["same name and e-mail"])
        #expect(DuplicateScoring.match(guest(1, "Søren", "Kierkegaard", phone: "4512345678"),
                                       guest(2, "Soren", "Kierkegaard", phone: "45 12 34 56 78")) != nil)
    }

    @Test func givenAndFamilySwappedIsTheSameName() {
        let match = DuplicateScoring.match(guest(1, "Ana", "Lima", email: "ana@example.com"),
                                           guest(2, "Lima", "Ana", email: "ana@example.com"))
        #expect(match?.reasons == ["same name and e-mail"])
    }

    // Close name and the same birth date

    @Test func aCloseSpellingWithTheSameBirthDate() {
        let match = DuplicateScoring.match(guest(1, "Katarzyna", "Nowak", born: "1980-04-23"),
                                           guest(2, "Katarzina", "Nowack", born: "1980-04-23"))
        #expect(match?.reasons == ["similar name and same birth date"])
    }

    @Test func theSameNameWithTheSameBirthDate() {
        let match = DuplicateScoring.match(guest(1, "Ana", "Lima", born: "1980-04-23"), guest(2, "Ana", "Lima", born: "1980-04-23"))
        #expect(match?.reasons == ["same name and birth date"])
    }

    @Test func anExactNameScoresAboveACloseOne() {
        let exact = DuplicateScoring.match(guest(1, "John", "Smith", born: "1975-01-02"), guest(2, "John", "Smith", born: "1975-01-02"))
        let close = DuplicateScoring.match(guest(1, "John", "Smith", born: "1975-01-02"), guest(2, "Jon", "Smith", born: "1975-01-02"))
        let closer = DuplicateScoring.match(guest(1, "John", "Smith", born: "1975-01-02"), guest(2, "Jhon", "Smith", born: "1975-01-02"))
        #expect(exact!.score > close!.score)
        #expect(close!.score == closer!.score, "one slip either way: a dropped letter or two swapped")
        let twoSlips = DuplicateScoring.match(guest(1, "John", "Smith", born: "1975-01-02"), guest(2, "Jon", "Smyth", born: "1975-01-02"))
        #expect(close!.score > twoSlips!.score)
    }

    // Near misses

    @Test func sameNameButDifferentEmailAndNoBirthDateIsNoMatch() {
        #expect(DuplicateScoring.match(guest(1, "Maria", "García", email: "maria@example.com"),
                                       guest(2, "Maria", "García", email: "mgarcia@example.org")) == nil)
    }

    @Test func aNameAloneIsNoMatch() {
        #expect(DuplicateScoring.match(guest(1, "Maria", "García"), guest(2, "Maria", "García")) == nil)
    }

    @Test func closeNameButDifferentBirthDateIsNoMatch() {
        #expect(DuplicateScoring.match(guest(1, "Jon", "Smith", born: "1975-01-02"), guest(2, "John", "Smith", born: "1975-01-03")) == nil)
    }

    @Test func aCloseNameNeedsTheBirthDateNotJustAnEmail() {
        #expect(DuplicateScoring.match(guest(1, "Jon", "Smith", email: "js@example.com"),
                                       guest(2, "John", "Smith", email: "js@example.com")) == nil)
    }

    @Test func threeSlipsApartIsAnotherName() {
        #expect(DuplicateScoring.match(guest(1, "Ana", "Lima", born: "1980-04-23"), guest(2, "Ines", "Lima", born: "1980-04-23")) == nil)
    }

    @Test func namesakesBornOnDifferentDaysAreTwoPeopleEvenSharingAPhone() {
        // Father and son of one name at one address.
        #expect(DuplicateScoring.match(guest(1, "John", "Smith", phone: "+44 20 7946 0018", born: "1950-03-01"),
                                       guest(2, "John", "Smith", phone: "+44 20 7946 0018", born: "1978-06-12")) == nil)
    }

    @Test func aShortPhoneOrMissingDetailsProveNothing() {
        #expect(DuplicateScoring.match(guest(1, "Ana", "Lima", phone: "12 34"), guest(2, "Ana", "Lima", phone: "1234")) == nil)
        #expect(DuplicateScoring.match(guest(1, "Ana", "Lima", email: " "), guest(2, "Ana", "Lima", email: "")) == nil)
    }

    @Test func aGuestIsNotTheirOwnDuplicate() {
        let ana = guest(1, "Ana", "Lima", email: "a@x.pt")
        #expect(DuplicateScoring.match(ana, ana) == nil)
    }

    // Ordering and distance

    @Test func bestFirstThenByIds() {
        let list = [DuplicateMatch(olderID: 5, newerID: 6, reasons: [], score: 60),
                    DuplicateMatch(olderID: 1, newerID: 9, reasons: [], score: 90),
                    DuplicateMatch(olderID: 2, newerID: 3, reasons: [], score: 60)]
        #expect(list.sorted(by: DuplicateMatch.bestFirst).map(\.olderID) == [1, 2, 5])
    }

    @Test(arguments: [("smith", "smith", 0), ("smith", "smyth", 1), ("smith", "simth", 1), ("smith", "smiths", 1),
                      ("jon smith", "john smyth", 2), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3)])
    func editDistance(_ a: String, _ b: String, _ expected: Int) {
        #expect(DuplicateScoring.editDistance(a, b) == expected)
    }

    @Test func editDistanceStopsPastItsLimit() {
        #expect(DuplicateScoring.editDistance("alexandra", "cassandra", limit: 2) == 3)
        #expect(DuplicateScoring.editDistance("ab", "abcdef", limit: 2) == 3)
        #expect(DuplicateScoring.editDistance("abcd", "bacd", limit: 2) == 1)
    }
}
