/// Guests' names in many scripts with the spellings a desk types for them: each passport's
/// spelling and the other schemes in use (ICAO 9303, national systems, ISO 9, BGN/PCGN).
/// The tests assert that each spelling finds its guest; the benchmark reports recall per script.
public enum RomanisationSamples {
    public struct Sample: Sendable {
        public let script: String
        public let given: String, family: String, language: String
        /// The Latin reading recorded with the name (`NewGuest.nameReading`), for scripts that
        /// do not write vowels and for Japanese.
        public let reading: String?
        public let spellings: [String]
    }

    static func s(_ script: String, _ given: String, _ family: String, _ spellings: [String],
                  language: String = "", reading: String? = nil) -> Sample {
        Sample(script: script, given: given, family: family, language: language, reading: reading, spellings: spellings)
    }

    public static let all: [Sample] = latin + cyrillic + greek + georgian + armenian + devanagari + thai + withReadings

    static let latin: [Sample] = [
        s("Latin", "Søren", "Kierkegaard", ["soren", "kierkegaard", "Søren Kierkegaard"]),
        s("Latin", "José", "García", ["garcia", "jose garcia", "GARCÍA"]),
        s("Latin", "Siobhán", "O'Brien", ["obrien", "o'brien", "O’Brien"]),
        s("Latin", "Jürgen", "Großmann", ["grossmann", "jurgen"]),
        s("Latin", "Łukasz", "Wiśniewski", ["lukasz", "wisniewski"]),
    ]

    static let cyrillic: [Sample] = [
        s("Cyrillic", "Оксана", "Чала", ["chala", "čala", "cala", "oksana chala"]),
        s("Cyrillic", "Олег", "Архипенко", ["arkhipenko", "arhipenko", "arxipenko", "arkhypenko"]),
        s("Cyrillic", "Дмитрий", "Щербаков", ["shcherbakov", "ščerbakov", "scherbakov", "ŝerbakov", "dmitrii shcherbakov", "dmitriy", "dmitry"]),
        s("Cyrillic", "Анна", "Петухова", ["petukhova", "petuhova", "petuxova", "anna petukhova"]),
        s("Cyrillic", "Юлия", "Журавлева", ["zhuravleva", "žuravleva", "iuliia", "yuliya", "julija", "yulia zhuravleva"]),
        s("Cyrillic", "Евгений", "Андреев", ["andreev", "andreyev", "evgenii", "yevgeniy", "evgeny", "jevgenij"]),
        s("Cyrillic", "Наталья", "Цветкова", ["tsvetkova", "cvetkova", "natalia", "natalya", "natal'ya", "natalja"]),
        s("Cyrillic", "Ігор", "Гнатюк", ["hnatiuk", "hnatyuk", "ihor", "ihor hnatiuk"], language: "Ukrainian"),
        s("Cyrillic", "Тарас", "Шевченко", ["shevchenko", "ševčenko", "taras"], language: "Ukrainian"),
        s("Cyrillic", "Євгенія", "Зінченко", ["zinchenko", "yevheniia", "ievheniia", "yevheniya"], language: "Ukrainian"),
        s("Cyrillic", "Богдан", "Гончаренко", ["honcharenko", "goncharenko", "bohdan", "bogdan"], language: "Ukrainian"),
        s("Cyrillic", "Христо", "Стоянов", ["stoyanov", "stoianov", "hristo", "khristo"], language: "Bulgarian"),
        s("Cyrillic", "Петър", "Щерев", ["shterev", "petar"], language: "Bulgarian"),
        s("Cyrillic", "Новак", "Ђоковић", ["djokovic", "đoković", "dokovic"], language: "Serbian"),
        s("Cyrillic", "Љубица", "Јовановић", ["jovanovic", "ljubica", "jovanović"], language: "Serbian"),
        s("Cyrillic", "Аляксандр", "Лукашэнка", ["lukashenka", "aliaksandr", "alyaksandr"], language: "Belarusian"),
    ]

    static let greek: [Sample] = [
        s("Greek", "Γεώργιος", "Παπαδόπουλος", ["papadopoulos", "georgios", "georgios papadopoulos"]),
        s("Greek", "Χρήστος", "Δημητρίου", ["christos", "dimitriou"]),
        s("Greek", "Ευάγγελος", "Ιωάννου", ["evangelos", "ioannou"]),
        s("Greek", "Ελευθέριος", "Κωνσταντίνου", ["eleftherios", "konstantinou"]),
        s("Greek", "Αικατερίνη", "Μπαλτά", ["aikaterini", "balta", "mpalta"]),
        s("Greek", "Αλέξανδρος", "Κυριακίδης", ["alexandros", "aleksandros", "kyriakidis", "kiriakidis"]),
    ]

    static let georgian: [Sample] = [
        s("Georgian", "გიორგი", "ბერიძე", ["giorgi", "beridze"]),
        s("Georgian", "ნინო", "წერეთელი", ["nino", "tsereteli", "ts'ereteli"]),
        s("Georgian", "ილია", "ჭავჭავაძე", ["chavchavadze", "ch'avch'avadze", "ilia"]),
        s("Georgian", "თამარ", "ხარაიშვილი", ["kharaishvili", "tamar"]),
        s("Georgian", "ლევან", "ყიფიანი", ["qipiani", "kipiani", "levan"]),
        s("Georgian", "დავით", "ღლონტი", ["ghlonti", "davit"]),
    ]

    static let armenian: [Sample] = [
        s("Armenian", "Արամ", "Հովհաննիսյան", ["hovhannisyan", "hovhannisian", "aram"]),
        s("Armenian", "Անահիտ", "Գրիգորյան", ["grigoryan", "grigorian", "anahit"]),
        s("Armenian", "Տիգրան", "Հարությունյան", ["harutyunyan", "harutiunian", "tigran"]),
        s("Armenian", "Նարեկ", "Խաչատրյան", ["khachatryan", "khachatrian", "narek"]),
        s("Armenian", "Լուսինե", "Եղիազարյան", ["yeghiazaryan", "eghiazaryan", "lusine"]),
        s("Armenian", "Աշոտ", "Ղազարյան", ["ghazaryan", "ashot"]),
    ]

    static let devanagari: [Sample] = [
        s("Devanagari", "राहुल", "शर्मा", ["rahul", "sharma", "rahul sharma"]),
        s("Devanagari", "दीपिका", "गुप्ता", ["deepika", "dipika", "gupta"]),
        s("Devanagari", "हरप्रीत", "सिंह", ["singh", "harpreet", "harprit"]),
        s("Devanagari", "लक्ष्मी", "श्रीवास्तव", ["lakshmi", "srivastava", "shrivastav"]),
        s("Devanagari", "सुनील", "चौधरी", ["sunil", "chaudhary", "chaudhari"]),
        s("Devanagari", "कृष्ण", "पटेल", ["krishna", "patel"]),
        s("Devanagari", "विजय", "कुमार", ["vijay", "kumar"]),
    ]

    static let thai: [Sample] = [
        s("Thai", "สมชาย", "ทักษิณ", ["somchai", "thaksin"]),
        s("Thai", "สมศักดิ์", "บุญมี", ["somsak", "bunmi", "boonmee"]),
        s("Thai", "สุดา", "ประยุทธ์", ["suda", "prayut"]),
        s("Thai", "วิไล", "มาลี", ["wilai", "mali"]),
        s("Thai", "สมหญิง", "พิมพ์", ["somying", "phim"]),
    ]

    /// Scripts whose spelling the desk cannot read off the letters: the recorded reading finds them.
    static let withReadings: [Sample] = [
        s("Chinese", "伟", "张", ["zhang", "zhang wei", "张伟"], language: "Chinese"),
        s("Japanese", "太郎", "山田", ["yamada", "taro yamada"], language: "Japanese", reading: "Yamada Taro"),
        s("Hebrew", "דוד", "כהן", ["cohen", "david cohen"], reading: "David Cohen"),
        s("Arabic", "محمد", "العلي", ["mohammed", "al-ali", "mohammed al ali"], reading: "Mohammed Al-Ali"),
    ]
}
