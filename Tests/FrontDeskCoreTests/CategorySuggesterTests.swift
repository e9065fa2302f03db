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
    ])
    func suggests(_ text: String, _ expected: PreferenceCategory) {
        #expect(CategorySuggester.suggest(for: text) == expected)
    }

    @Test func noHintGivesNoSuggestion() {
        #expect(CategorySuggester.suggest(for: "xyzzy") == nil)
        #expect(CategorySuggester.suggest(for: "") == nil)
    }
}
