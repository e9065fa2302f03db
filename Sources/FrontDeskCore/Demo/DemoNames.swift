/// Names for demo and benchmark data, from the languages a hotel desk meets every day.
/// East Asian names are given family first, as their owners write them.
enum DemoNames {
    struct Culture {
        let language: String
        let given: [String]
        let family: [String]
        let phonePrefix: String
    }

    static let cultures: [Culture] = [
        Culture(language: "English", given: ["James", "Olivia", "William", "Emma", "Harry", "Charlotte", "Jack", "Amelia", "Thomas", "Sophie", "Mary-Kate", "Liam"],
                family: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "O'Brien", "O'Connor", "Smith-Jones", "Davies", "Evans", "McAllister"], phonePrefix: "+44 20 7946"),
        Culture(language: "Spanish", given: ["José", "María", "Jesús", "Lucía", "Álvaro", "Inés", "Sofía", "Andrés", "Ángel", "Begoña"],
                family: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Muñoz", "Jiménez"], phonePrefix: "+34 91 555"),
        Culture(language: "Danish", given: ["Søren", "Mette", "Jørgen", "Sørine", "Anders", "Birgitte", "Mads", "Frederik"],
                family: ["Kierkegaard", "Jørgensen", "Nielsen", "Sørensen", "Ærø", "Østergaard", "Hansen", "Mølgaard"], phonePrefix: "+45 32 12"),
        Culture(language: "Polish", given: ["Łukasz", "Małgorzata", "Paweł", "Zofia", "Michał", "Agnieszka", "Wojciech", "Katarzyna"],
                family: ["Nowak", "Wójcik", "Kowalczyk", "Łuczak", "Wiśniewski", "Dąbrowska", "Zieliński", "Szymańska"], phonePrefix: "+48 22 555"),
        Culture(language: "German", given: ["Jürgen", "Günther", "Lena", "Matthias", "Jörg", "Anneliese", "Uwe", "Käthe"],
                family: ["Müller", "Schröder", "Großmann", "Straße", "Weiß", "Bäcker", "Schäfer", "Krüger"], phonePrefix: "+49 30 555"),
        Culture(language: "French", given: ["François", "Chloé", "Hélène", "Jean-Luc", "Anaïs", "Gaëlle", "Jérôme", "Noël"],
                family: ["Lefèvre", "Dubois", "Moreau", "Girard", "Bélanger", "Côté", "Lemaître", "Faure"], phonePrefix: "+33 1 55 55"),
        Culture(language: "Chinese", given: ["伟", "芳", "娜", "洋", "静", "磊", "敏", "强"],
                family: ["张", "王", "李", "刘", "陈", "杨", "黄", "赵"], phonePrefix: "+86 10 5555"),
        Culture(language: "Japanese", given: ["太郎", "花子", "健", "さくら", "ゆき", "翔太", "美咲", "ひろし"],
                family: ["山田", "佐藤", "鈴木", "高橋", "たなか", "渡辺", "伊藤", "中村"], phonePrefix: "+81 3 5555"),
        Culture(language: "Vietnamese", given: ["Thị Bích", "Văn An", "Minh Khai", "Thu Hằng", "Quốc Bảo", "Ngọc Ánh"],
                family: ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Huỳnh"], phonePrefix: "+84 24 5555"),
        Culture(language: "Icelandic", given: ["Þórunn", "Guðrún", "Björk", "Sigurður", "Ólafur"],
                family: ["Þórsdóttir", "Guðmundsson", "Jónsdóttir", "Einarsson"], phonePrefix: "+354 555"),
        Culture(language: "Turkish", given: ["Çağla", "Ayşe", "Oğuz", "Gülşen", "İlker"],
                family: ["Yıldız", "Öztürk", "Çelik", "Şahin", "Doğan"], phonePrefix: "+90 212 555"),
    ]

    /// Guests every demo hotel has, so the search examples in the README always work.
    static let showcase: [(given: String, family: String, language: String)] = [
        ("José", "García", "Spanish"), ("Søren", "Kierkegaard", "Danish"), ("伟", "张", "Chinese"),
        ("Łukasz", "Nowak", "Polish"), ("Jürgen", "Großmann", "German"), ("Thị Bích", "Nguyễn", "Vietnamese"),
        ("太郎", "山田", "Japanese"), ("Siobhán", "O'Brien", "English"), ("Jean-Luc", "Lefèvre", "French"),
        ("Þórunn", "Guðmundsdóttir", "Icelandic"), ("Æbeltoft", "Ødegaard", "Danish"),
    ]

    /// How the Japanese names are read: kanji would otherwise be searched by Chinese readings.
    static let readings: [String: String] = [
        "太郎": "Taro", "花子": "Hanako", "健": "Ken", "さくら": "Sakura", "ゆき": "Yuki", "翔太": "Shota",
        "美咲": "Misaki", "ひろし": "Hiroshi", "山田": "Yamada", "佐藤": "Sato", "鈴木": "Suzuki",
        "高橋": "Takahashi", "たなか": "Tanaka", "渡辺": "Watanabe", "伊藤": "Ito", "中村": "Nakamura",
    ]

    /// Given names the desk would greet as Ms; the rest of the lists as Mr, but for names that say nothing.
    static let feminine: Set<String> = [
        "Olivia", "Emma", "Charlotte", "Amelia", "Sophie", "Mary-Kate", "María", "Lucía", "Inés", "Sofía", "Begoña",
        "Mette", "Sørine", "Birgitte", "Małgorzata", "Zofia", "Agnieszka", "Katarzyna", "Lena", "Anneliese", "Käthe",
        "Chloé", "Hélène", "Anaïs", "Gaëlle", "芳", "娜", "静", "敏", "花子", "さくら", "ゆき", "美咲", "Thị Bích", "Thu Hằng",
        "Ngọc Ánh", "Þórunn", "Guðrún", "Björk", "Çağla", "Ayşe", "Gülşen", "Siobhán",
    ]
    /// Names that tell nothing of whom they belong to: no title is guessed.
    static let eitherOrNeither: Set<String> = ["洋", "Noël", "Æbeltoft"]

    /// "Ms", "Mr", or "" for a name that does not say.
    static func title(for given: String) -> String {
        if eitherOrNeither.contains(given) { return "" }
        return feminine.contains(given) ? "Ms" : "Mr"
    }

    static let companies = ["Novo Nordisk", "Siemens", "Banco Santander", "Air France", "Toyota", "Vinamilk",
                            "Orlen", "Maersk", "Tata", "Alibaba", "Deloitte", "Rolls-Royce", "Nestlé", "L'Oréal"]

    static let staff = ["maria.s", "tom.b", "aiko.t", "lars.n", "chloe.d", "wei.z"]
}
