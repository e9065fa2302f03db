import Testing
@testable import FrontDeskCore

/// What a profile's details must look like: a slip into the wrong field is caught as it is saved.
@Suite struct GuestRulesTests {
    func refused(_ guest: NewGuest) -> String? {
        do { _ = try guest.validated(today: Day("2026-11-22")!); return nil } catch { return "\(error)" }
    }

    @Test func contactsAreWhatTheySayTheyAre() {
        let ana = NewGuest(givenName: "Ana", familyName: "Lima")
        var g = ana
        for good in ["ana@example.com", "ana.lima+hotel@mail.example.co.uk"] {
            g.email = good
            #expect(refused(g) == nil, "\(good)")
        }
        for bad in ["+44 20 7946 8763", "bob at home", "ana@", "@example.com", "ana@example", "ana@@example.com"] {
            g.email = bad
            #expect(refused(g)?.contains("is not an e-mail address") == true, "\(bad)")
        }
        g = ana
        for good in ["+351 912 345 678", "(020) 7946-0123", "+44 20 7946 0123"] {
            g.phone = good
            #expect(refused(g) == nil, "\(good)")
        }
        for bad in ["notanemail", "12345", "ana@example.com", "+351 912 345 678 ext. x"] {
            g.phone = bad
            #expect(refused(g)?.contains("is not a phone number") == true, "\(bad)")
        }
        g = ana
        for good in ["Yamada Taro", "Zhāng Wěi", "O'Brien-Smith Jr.", "Nguyễn Thị Bích"] {
            g.nameReading = good
            #expect(refused(g) == nil, "\(good)")
        }
        for bad in ["charlotte.jones75@example.com", "山田太郎", "R2D2"] {
            g.nameReading = bad
            #expect(refused(g)?.contains("is not a name in Latin letters") == true, "\(bad)")
        }
    }

    @Test func aBirthDateIsInThePastAndAfter1900() {
        var g = NewGuest(givenName: "Ana", familyName: "Lima")
        g.birthDate = Day("2026-11-22")
        #expect(refused(g)?.contains("is not in the past") == true)
        g.birthDate = Day("1890-01-01")
        #expect(refused(g)?.contains("before 1900") == true)
        g.birthDate = Day("1980-04-23")
        #expect(refused(g) == nil)
    }
}
