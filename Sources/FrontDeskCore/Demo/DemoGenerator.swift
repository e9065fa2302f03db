import Foundation

/// Realistic synthetic hotel data at any scale: multilingual guests, stays around today,
/// and preferences in every category, the same for the same seed.
public struct DemoGenerator {
    public var guests: Int
    public var property: String
    public var today: Day
    public var seed: UInt64

    public init(guests: Int, property: String, today: Day, seed: UInt64 = 2026) {
        self.guests = guests
        self.property = property
        self.today = today
        self.seed = seed
    }

    static let otherProperties = ["LON", "NYC", "TYO", "BCN"]

    static let preferenceTemplates: [(PreferenceCategory, String, PreferenceLevel)] = [
        (.bedding, "Feather pillows", .preferred), (.bedding, "Hypoallergenic foam pillows", .required),
        (.bedding, "Extra blanket", .preferred), (.bedding, "Twin beds, never a double", .required),
        (.room, "High floor, away from the lift", .preferred), (.room, "Quiet room facing the courtyard", .preferred),
        (.room, "Non-smoking room", .required), (.room, "Connecting rooms for the children", .required),
        (.dietary, "Vegetarian breakfast", .preferred), (.dietary, "Halal meals", .required),
        (.dietary, "No pork", .unacceptable), (.allergy, "Severe nut allergy: no nuts in room amenities", .required),
        (.allergy, "Shellfish allergy", .required), (.allergy, "Gluten intolerance (coeliac)", .required),
        (.temperature, "Room at 19 °C on arrival", .preferred), (.amenities, "Two bathrobes, size XL", .preferred),
        (.amenities, "Yoga mat in the room", .preferred), (.minibar, "Empty minibar", .required),
        (.beverage, "Sparkling water, no still", .preferred), (.beverage, "Green tea at turndown", .preferred),
        (.newspaper, "Financial Times every morning", .preferred), (.newspaper, "Le Monde", .preferred),
        (.wakeUp, "Wake-up call at 6:30, no automated calls", .preferred), (.transport, "Airport pick-up by car", .preferred),
        (.celebration, "Wedding anniversary in June", .preferred),
        (.health, "Insulin: keep the minibar fridge empty for it", .required), (.religion, "Prayer mat and qibla direction", .preferred),
        (.sobriety, "No alcohol in the room, minibar emptied", .required),
    ]

    public func generate(into sink: BulkSink, now: Date = Date()) throws {
        var rng = SeededGenerator(seed: seed)
        var nextRoom = 0
        let roomCount = 300
        for i in 0..<guests {
            var culture = DemoNames.cultures[Int(rng.next() % UInt64(DemoNames.cultures.count))]
            var given = culture.given[Int(rng.next() % UInt64(culture.given.count))]
            var family = culture.family[Int(rng.next() % UInt64(culture.family.count))]
            var language = culture.language
            if i < DemoNames.showcase.count {
                (given, family, language) = DemoNames.showcase[i]
                culture = DemoNames.cultures.first { $0.language == language } ?? culture
            }
            // A Japanese guest's reading is family name first ("Yamada Taro"); the e-mail uses it given first.
            let readings = (DemoNames.readings[family], DemoNames.readings[given])
            let reading = readings.0.flatMap { f in readings.1.map { "\(f) \($0)" } }
            let latin = readings.0.flatMap { f in readings.1.map { "\($0) \(f)" } } ?? given + " " + family
            let folded = SearchFolding.fold(latin).split(separator: " ").joined(separator: ".")
            let ascii = folded.isEmpty ? "guest" : folded
            let roll = rng.next() % 100
            let vip: VIPLevel = roll < 70 ? .none : roll < 85 ? .silver : roll < 94 ? .gold : roll < 99 ? .platinum : .ambassador
            let titled = rng.next() % 3 != 0
            if titled { _ = rng.next() }  // once a coin for Ms or Mr: still drawn, so a seed makes the same hotel as before
            let guest = NewGuest(
                title: titled ? DemoNames.title(for: given) : "",
                givenName: given, familyName: family, language: language, vip: vip,
                loyaltyNumber: rng.next() % 3 == 0 ? nil : String(format: "FD%08d", 40_000_000 + i),
                email: rng.next() % 4 == 0 ? nil : "\(ascii)\(i)@example.\(["com", "org", "net"][i % 3])",
                phone: rng.next() % 3 == 0 ? nil : "\(culture.phonePrefix) \(String(format: "%04d", Int(rng.next() % 10000)))",
                company: rng.next() % 4 == 0 ? DemoNames.companies[Int(rng.next() % UInt64(DemoNames.companies.count))] : nil,
                nameReading: reading)
            let clerk = Actor(login: DemoNames.staff[Int(rng.next() % UInt64(DemoNames.staff.count))], property: property, terminal: "demo")
            let createdAt = now.addingTimeInterval(-Double(rng.next() % (3 * 365 * 86_400)))
            let guestID = try sink.addGuest(guest, createdAt: createdAt, actor: clerk)

            // Most guests stayed before; about one in ten is in house (while rooms last), one in ten arrives soon.
            let stayRoll = rng.next() % 10
            var stayID: Int64?
            if stayRoll < 6 || i < DemoNames.showcase.count {
                let back = Int(rng.next() % 700) + 10
                let arrival = today.adding(days: -back)
                let nights = Int(rng.next() % 5) + 1
                let nightly = Int64(15_000 + rng.next() % 30_000)
                _ = try sink.addStay(guestID: guestID, room: room(&rng, roomCount), arrival: arrival,
                                     departure: arrival.adding(days: nights), status: .departed,
                                     revenueMinor: nightly * Int64(nights), actor: clerk)
            }
            if (i < DemoNames.showcase.count || stayRoll == 6) && nextRoom < roomCount {
                let arrival = today.adding(days: -Int(rng.next() % 3))
                let r = String(100 * (nextRoom / 30 + 1) + nextRoom % 30 + 1)
                nextRoom += 1
                stayID = try sink.addStay(guestID: guestID, room: r, arrival: arrival,
                                          departure: today.adding(days: Int(rng.next() % 4) + 1), status: .inHouse,
                                          revenueMinor: 0, actor: clerk)
            } else if stayRoll == 7 {
                // A third of the reservations arrive today, so the arrivals list (F3) has a morning's work.
                let arrival = today.adding(days: rng.next() % 3 == 0 ? 0 : Int(rng.next() % 14))
                stayID = try sink.addStay(guestID: guestID, room: room(&rng, roomCount), arrival: arrival,
                                          departure: arrival.adding(days: Int(rng.next() % 4) + 1), status: .reserved,
                                          revenueMinor: 0, actor: clerk)
            }

            let count = i < DemoNames.showcase.count ? 3 : Int(rng.next() % 5)
            for _ in 0..<count {
                let (category, detail, level) = DemoGenerator.preferenceTemplates[Int(rng.next() % UInt64(DemoGenerator.preferenceTemplates.count))]
                let elsewhere = rng.next() % 4 == 0
                let recorder = Actor(login: DemoNames.staff[Int(rng.next() % UInt64(DemoNames.staff.count))],
                                     property: elsewhere ? DemoGenerator.otherProperties[Int(rng.next() % 4)] : property, terminal: "demo")
                // One-off choices belong to the current stay and were noted during it; allergies never are one-off.
                let thisStay = stayID != nil && category != .allergy && rng.next() % 8 == 0
                let recordedAt = thisStay ? now.addingTimeInterval(-Double(rng.next() % 86_400))
                    : createdAt.addingTimeInterval(Double(rng.next() % 86_400 * 30))
                let id = try sink.addPreference(
                    NewPreference(guestID: guestID, category: category, detail: detail, level: level,
                                  scope: thisStay ? .thisStay : .standing, source: rng.next() % 3 == 0 ? .observed : .stated,
                                  stayID: thisStay ? stayID : nil, consent: category.isSensitive),
                    recordedAt: min(recordedAt, now), actor: recorder)
                if rng.next() % 3 == 0 {
                    try sink.confirm(preferenceID: id, at: min(recordedAt.addingTimeInterval(86_400 * 40), now), actor: clerk)
                }
            }
        }
    }

    private func room(_ rng: inout SeededGenerator, _ count: Int) -> String {
        let n = Int(rng.next() % UInt64(count))
        return String(100 * (n / 30 + 1) + n % 30 + 1)
    }
}

/// SplitMix64: fast, and the same data for the same seed on every machine.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
