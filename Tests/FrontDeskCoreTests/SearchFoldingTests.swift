import Testing
@testable import FrontDeskCore

@Suite struct SearchFoldingTests {
    @Test(arguments: [
        ("José García", "jose garcia"),
        ("Søren Kierkegaard", "soren kierkegaard"),
        ("张伟", "zhang wei"),
        ("Łukasz Wójcik", "lukasz wojcik"),
        ("Jürgen Großmann", "jurgen grossmann"),
        ("Nguyễn Thị Đào", "nguyen thi dao"),
        ("Æbeltoft Ødegaard", "aebeltoft odegaard"),
        ("Þórunn Guðmundsdóttir", "thorunn gudmundsdottir"),
        ("Œuvre", "oeuvre"),
        ("O'Brien", "obrien"),
        ("O’Brien", "obrien"),
        ("Smith-Jones", "smith jones"),
        ("Jean-Luc  Lefèvre ", "jean luc lefevre"),
        ("ana.lima@example.com", "ana lima example com"),
        ("ÇAĞLA YILDIZ", "cagla yildiz"),
        ("やまだ", "yamada"),
        ("", ""),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(SearchFolding.fold(input) == expected)
    }

    @Test func queryAndNameFoldAlike() {
        // What an associate types and what is stored meet in the same key.
        #expect(SearchFolding.fold("SOREN") == SearchFolding.fold("Søren"))
        #expect(SearchFolding.fold("张") == "zhang")
    }

    @Test func controlCharactersAndEscapesNeverReachTheKey() {
        #expect(SearchFolding.fold("Bob\u{1B}[31m Red\u{7}") == "bob 31m red")
    }

    @Test func phoneDigits() {
        #expect(SearchFolding.digits("+44 (20) 7946-0123") == "442079460123")
    }

    @Test func spellingVariantsAreOneEditAway() {
        let variants = SpellingVariants.oneEditAway("garsia")
        #expect(variants.contains("garcia"))   // substitution
        #expect(variants.contains("garsi"))    // deletion
        #expect(variants.contains("gasria"))   // transposition
        #expect(variants.contains("gartsia"))  // insertion
        #expect(!variants.contains("garsia"))
        #expect(!variants.contains("garcxa"))  // two edits away
    }
}
