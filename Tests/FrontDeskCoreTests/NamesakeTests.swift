import Testing
@testable import FrontDeskCore

/// Guests of one name are told apart by what differs; contact details never show whole.
@Suite struct NamesakeTests {
    func row(_ id: Int64, _ given: String, _ family: String, email: String? = nil, phone: String? = nil,
             company: String? = nil, born: String? = nil, query: String = "") -> GuestSearchResult {
        GuestSearchResult(SearchCandidate(guestID: id, givenName: given, familyName: family, language: "",
                                          latinName: LatinReading.of(given + " " + family),
                                          email: email, phone: phone, company: company, birthDate: born.flatMap(Day.init)),
                          query: SearchQuery(query))
    }

    @Test func namesakesShowWhatDiffers() {
        let marked = Namesakes.mark([
            row(1, "Wei", "Zhang", email: "wei.zhang@acme.example", company: "Acme", born: "1980-03-02"),
            row(2, "Wei", "Zhang", email: "zw@other.example", company: "Acme", born: "1991-11-20"),
            row(3, "Wei", "Zhang", email: "wz@globex.example", company: "Globex"),
            row(4, "Ana", "Lima", email: "ana@lima.example"),
        ])
        #expect(marked[0].distinctions == [.birthDate(Day("1980-03-02")!)], "the birth date tells her from both")
        #expect(marked[1].distinctions == [.birthDate(Day("1991-11-20")!)])
        #expect(marked[2].distinctions == [.company("Globex")], "no birth date: the company, which the others do not share")
        #expect(marked[3].distinctions == [], "a name listed once needs nothing beside it")
    }

    @Test func aSecondFactOnlyForANamesakeTheFirstLeavesAlike() {
        let marked = Namesakes.mark([
            row(1, "Wei", "Zhang", email: "wei.zhang@acme.example", company: "Acme", born: "1980-03-02"),
            row(2, "Wei", "Zhang", email: "zw@other.example", company: "Globex", born: "1980-03-02"),
            row(3, "Wei", "Zhang", company: "Acme", born: "1975-01-09"),
        ])
        #expect(marked[0].distinctions == [.birthDate(Day("1980-03-02")!), .company("Acme")])
        #expect(marked[2].distinctions == [.birthDate(Day("1975-01-09")!)])
    }

    @Test func masksKeepOnlyTheEnd() {
        #expect(Masking.phone("+1 (415) 555-0134") == "…0134")
        #expect(Masking.email("ana.lima@example.com") == "…ma@example.com")
        #expect(Masking.email("al@example.com") == "…@example.com")
        #expect(Masking.email("not an address") == nil)
    }

    @Test func aMatchOtherThanTheNameSaysWhy() {
        #expect(row(1, "Ana", "Lima", phone: "+1 415 555 0134", query: "5550134").matched == .phone("…0134"))
        #expect(row(1, "Ana", "Lima", email: "boss@acme.example", query: "acme.ex").matched == .email("…ss@acme.example"))
        #expect(row(1, "Ana", "Lima", company: "Acme Travel", query: "acme").matched == .company("Acme Travel"))
        #expect(row(1, "Ana", "Lima", email: "ana@lima.example", query: "lima").matched == nil, "the name says it")
        #expect(row(1, "Оксана", "Чала", query: "chala").matched == nil, "a name in another script by its spelling")
    }
}

@Suite struct SearchMatchTests {
    @Test func aNameOnlyICUReadsIsMatchedByItsKeptLatinLetters() {
        let zhang = SearchCandidate(guestID: 1, givenName: "伟", familyName: "张", language: "Chinese", latinName: "Zhang Wei",
                                    email: "zhang.wei@example.com")
        #expect(SearchMatch.field(for: SearchQuery("zhang"), in: zhang) == nil, "the name says why")
        #expect(SearchMatch.field(for: SearchQuery("example"), in: zhang) == .email("…ei@example.com"))
    }
}

@Suite struct SearchMatchNameKeyTests {
    @Test func aLatinNameIsMatchedByItsKeptFoldAsByItsKey() {
        let jose = SearchCandidate(guestID: 1, givenName: "José", familyName: "García", foldedName: SearchFolding.fold("José García"),
                                   email: "jose.garcia7@example.com")
        #expect(SearchMatch.keys(ofName: "José García", jose) == [SearchKey.of("José García")])
        #expect(SearchMatch.field(for: SearchQuery("garc"), in: jose) == nil, "the name says why")
        #expect(SearchMatch.field(for: SearchQuery("garcia7"), in: jose) == .email("…a7@example.com"))
    }
}
