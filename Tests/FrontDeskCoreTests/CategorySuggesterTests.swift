import Testing
@testable import FrontDeskCore

@Suite struct CategorySuggesterTests {
    @Test(arguments: [
        ("feather pillow", PreferenceCategory.bedding),
        ("Two extra pillows please", .bedding),
        ("no nuts", .allergy),
        ("allergic to shellfish", .allergy),
        ("Severe peanut allergy", .allergy),
        ("vegetarian breakfast", .dietary),
        ("high floor away from the lift", .room),
        ("Financial Times every morning", .newspaper),
        ("sparkling water", .beverage),
        ("wake-up call at 6", .wakeUp),
        ("airport pick-up", .transport),
        ("empty the minibar", .minibar),
        ("room cold, 19 degrees", .temperature),
        ("extra bathrobe", .amenities),
        ("anniversary on Friday", .celebration),
        // A sensitive fact beside an ordinary word is the sensitive one: consent is asked, not skipped.
        ("Recovering alcoholic, please empty the minibar", .sobriety),
        ("sober, no alcohol in the minibar", .sobriety),
    ])
    func suggests(_ text: String, _ expected: PreferenceCategory) {
        #expect(CategorySuggester.suggest(for: text) == expected)
    }

    @Test func noHintGivesNoSuggestion() {
        #expect(CategorySuggester.suggest(for: "xyzzy") == nil)
        #expect(CategorySuggester.suggest(for: "") == nil)
    }
}

@Suite struct ComplaintCategorySuggesterTests {
    @Test(arguments: [
        ("The TV remote is broken", ComplaintCategory.maintenance),
        ("Shower has no hot water", .maintenance),
        ("Party next door until 2am", .noise),
        ("Breakfast was cold", .foodAndBeverage),
        ("Charged twice for the minibar", .billing),
        ("Receptionist was rude", .staff),
        ("Towels were dirty", .housekeeping),
        ("The room is too small", .room),
    ])
    func suggests(_ text: String, _ expected: ComplaintCategory) {
        #expect(ComplaintCategorySuggester.suggest(for: text) == expected)
    }

    @Test func noHintGivesNoSuggestion() {
        #expect(ComplaintCategorySuggester.suggest(for: "xyzzy") == nil)
    }
}
