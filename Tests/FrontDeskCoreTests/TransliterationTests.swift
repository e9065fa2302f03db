import Testing
@testable import FrontDeskCore

/// Each script's own table gives the spelling the guest's passport shows.
@Suite struct TransliterationTests {
    @Test(arguments: [
        ("Архипенко", "arkhipenko"), ("Щербаков", "shcherbakov"), ("Журавлева", "zhuravleva"),
        ("Юлия Цветкова", "iuliia tsvetkova"), ("Наталья", "natalia"),
        ("Παπαδόπουλος", "papadopoulos"), ("Ευάγγελος", "evangelos"), ("Ελευθέριος", "eleftherios"),
        ("წერეთელი", "tsereteli"), ("ჭავჭავაძე", "chavchavadze"),
        ("Հովհաննիսյան", "hovhannisyan"), ("Եղիազարյան", "yeghiazaryan"), ("Հարությունյան", "harutyunyan"),
        ("राहुल शर्मा", "rahul sharma"), ("हरप्रीत सिंह", "harprit singh"), ("कृष्ण", "krishna"), ("लक्ष्मी", "lakshmi"),
        ("สมชาย", "somchai"), ("สมศักดิ์", "somsak"), ("ประยุทธ์", "prayut"), ("วิไล", "wilai"), ("สมหญิง", "somying"),
    ])
    func readsThePassportSpelling(_ name: String, _ latin: String) {
        #expect(Transliteration.latin(name) == latin)
    }

    @Test func ukrainianLettersReadAsUkrainian() {
        #expect(Transliteration.latin("Гнатюк", reading: .init(cyrillic: .ukrainian)) == "hnatiuk")
        #expect(SearchKey.readings(of: "Ігор Гнатюк") == [SearchKey.of("ihor hnatiuk")], "і says Ukrainian: one reading")
        #expect(SearchKey.readings(of: "Богдан").count == 2, "г alone leaves Russian and Ukrainian open")
        #expect(SearchKey.readings(of: "Лукашэнка").count == 1, "э is not Ukrainian")
    }

    @Test func latinNamesAreLeftToFolding() {
        #expect(Transliteration.latin("Søren O'Brien 张伟") == "Søren O'Brien 张伟")
    }
}

/// One key whatever the romanisation scheme; Latin names keep behaving as before.
@Suite struct SearchKeyTests {
    @Test(arguments: [
        ("Чала", ["chala", "čala", "cala"]),
        ("Архипенко", ["arkhipenko", "arhipenko"]),
        ("Щербаков", ["shcherbakov", "ščerbakov", "scherbakov", "ŝerbakov"]),
        ("Журавлева", ["zhuravleva", "žuravleva"]),
        ("Юлия", ["yuliya", "iuliia", "julija", "yulia"]),
        ("Евгений Андреев", ["yevgeniy andreyev", "evgenii andreev", "evgeny andreev"]),
        ("Цветкова", ["tsvetkova", "cvetkova"]),
        ("Наталья", ["natalia", "natal'ya", "natalja", "natalya"]),
        ("Αλέξανδρος", ["alexandros", "aleksandros"]),
        ("Μπαλτά", ["mpalta", "balta"]),
        ("दीपिका", ["deepika", "dipika"]),
        ("บุญมี", ["bunmi", "boonmee"]),
    ])
    func everySchemeMeetsAtOneKey(_ name: String, _ spellings: [String]) {
        let key = SearchKey.of(name)
        for spelling in spellings { #expect(SearchKey.of(spelling) == key, "\(spelling) and \(name)") }
    }

    @Test func asciiIsFoldedAsFoldingWould() {
        for text in ["O'Brien", "ana.lima@example.com", "  Jean--Luc  ", "RC-88231", "+1 (415) 555-0134", "\u{1B}[31mBob\u{7}", "", "!!!"] {
            #expect(SearchKey.asciiFold(text) == SearchFolding.fold(text), "\(text.debugDescription)")
        }
    }

    @Test func latinNamesStillFold() {
        #expect(SearchKey.of("Søren") == SearchKey.of("soren"))
        #expect(SearchKey.of("García") == SearchKey.of("garcia"))
        #expect(SearchKey.of("O'Brien") == SearchKey.of("obrien"))
        #expect(SearchKey.of("张伟").hasPrefix(SearchKey.of("zhang")))
        #expect(SearchKey.of("ana.lima@example.com") == SearchKey.of("ana lima example com"), "e-mails key like names")
        #expect(SearchKey.of("RC-88231") == "rc 88231", "digits are never respelt")
    }

    @Test func aWordBeingTypedKeepsItsGuest() {
        // "ark" is on its way to "arkh": the key of the whole name must stay within reach.
        let name = SearchKey.of("Архипенко")
        for typed in ["a", "ar", "ark", "arkh", "arkhi", "arkhipenko"] {
            let keys = [SearchKey.of(typed)] + SearchKey.typingAlternatives(typed)
            #expect(keys.contains { name.hasPrefix($0) }, "\(typed): \(keys) vs \(name)")
        }
        #expect(SearchKey.typingAlternatives("arxipenko").contains(name), "x read as kh")
    }

    @Test func theDeskSeesAReadingBesideANameInAnotherScript() {
        #expect(LatinReading.of("张伟") == "Zhang Wei")
        #expect(LatinReading.of("Оксана Чала") == "Oksana Chala")
        #expect(LatinReading.of("山田太郎", recorded: "Yamada Taro") == "Yamada Taro")
        #expect(LatinReading.of("Søren Kierkegaard") == nil, "a Latin name needs none")
        #expect(LatinReading.of("Nguyễn Văn An") == nil)
    }
}

@Suite struct LatinFoldingTests {
    @Test func latinTextFoldsAsSearchFoldingDoes() {
        for text in ["José García", "Søren Kierkegaard", "Łukasz Wójcik", "Jürgen Großmann", "Nguyễn Thị Đào",
                     "Æbeltoft Ødegaard", "Þórunn Guðmundsdóttir", "Œuvre", "O’Brien", "ÇAĞLA YILDIZ", "Jean-Luc  Lefèvre "] {
            #expect(LatinFolding.fold(text) == SearchFolding.fold(text), "\(text)")
        }
    }

    @Test func otherScriptsAreLeftToICU() {
        #expect(LatinFolding.fold("张伟") == nil)
        #expect(LatinFolding.fold("山田 Taro") == nil)
    }
}
