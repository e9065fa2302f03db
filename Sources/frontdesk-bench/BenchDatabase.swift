import Foundation
import FrontDeskCore
import FrontDeskStores

/// The benchmark hotel: DemoGenerator's guests (seed 2026, property MAIN) plus two more
/// preferences per guest, so every profile has several, then the RomanisationSamples guests,
/// whose recall is measured among all the others. Built once and reused.
enum BenchDatabase {
    static let property = "MAIN"
    static let seed: UInt64 = 2026
    static let samples = RomanisationSamples.all.count

    struct Opened {
        let store: FrontDeskStore
        /// nil when an existing file was reused.
        let buildSeconds: Double?
        /// Counted while building; nil when reused.
        let preferences: Int?
    }

    static func open(_ options: BenchOptions) throws -> Opened {
        if options.isPostgres { return try openChain(options) }
        let path = options.databasePath
        if FileManager.default.fileExists(atPath: path) {
            let store = try Stores.open(.file(path))
            let held = try store.guestCount()
            // Saves from earlier runs add preferences, never guests, so the count still identifies the file.
            guard held == options.guests + samples else {
                store.close()
                throw BenchFailure("\(path) holds \(held) guests, not \(options.guests) and \(samples) samples: remove it or pass another --db")
            }
            progress("Database: reusing \(path) (\(held) guests)")
            return Opened(store: store, buildSeconds: nil, preferences: nil)
        }
        // Built under another name and renamed when complete: an interrupted build is never reused.
        let partial = path + ".building"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
        progress("Database: building \(options.guests) guests into \(path) …")
        let started = Stopwatch.nanoseconds()
        let building = try Stores.open(.file(partial), StoreOpeningOptions(create: true))
        let sink = MorePreferences(seed: seed)
        let generator = DemoGenerator(guests: options.guests, property: property, today: Day(Date()), seed: seed)
        try building.bulkLoad { loader in
            sink.loader = loader
            try generator.generate(into: sink)
            let actor = Actor(login: "bench", property: property, terminal: "bench")
            for sample in RomanisationSamples.all {
                _ = try loader.addGuest(NewGuest(givenName: sample.given, familyName: sample.family, language: sample.language,
                                                 nameReading: sample.reading), createdAt: Date(), actor: actor)
            }
        }
        building.close()
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        let seconds = Stopwatch.seconds(since: started)
        progress(String(format: "Database: built in %.1f s: %d guests, %d preferences (%.1f per guest)",
                     seconds, sink.guests, sink.preferences, Double(sink.preferences) / Double(max(1, sink.guests))))
        return Opened(store: try Stores.open(.file(path)), buildSeconds: seconds,
                      preferences: sink.preferences)
    }

    /// The same hotel on PostgreSQL: copied from the SQLite file of the same size (`db copy`), so
    /// both stores are measured on identical data.
    static func openChain(_ options: BenchOptions) throws -> Opened {
        var opening = options.opening
        opening.create = true
        let store = try Stores.open(options.location, opening)
        let held = try store.guestCount()
        if held == options.guests + samples {
            progress("Database: reusing \(options.location) (\(held) guests)")
            return Opened(store: store, buildSeconds: nil, preferences: nil)
        }
        guard held == 0 else {
            throw BenchFailure("\(options.location) holds \(held) guests, not \(options.guests) and \(samples) samples: give an empty database")
        }
        var fileOptions = options
        fileOptions.database = nil
        let file = try open(fileOptions).store
        progress("Database: copying \(options.databasePath) into \(options.location) …")
        let started = Stopwatch.nanoseconds()
        var shown = 0
        _ = try file.copy(to: store, property: nil) { p in
            let tenth = p.total > 0 ? p.rows * 10 / p.total : 10
            if tenth > shown { shown = tenth; progress("  \(tenth * 10)% (\(p.rows) rows, \(p.table))") }
        }
        file.close()
        let seconds = Stopwatch.seconds(since: started)
        progress(String(format: "Database: copied in %.1f s", seconds))
        return Opened(store: store, buildSeconds: seconds, preferences: nil)
    }
}

/// Passes the generator's rows to the bulk loader and gives every guest two more preferences:
/// the generator alone gives 0–4 (about 2), and the issue asks for several each.
final class MorePreferences: BulkSink {
    var loader: BulkSink!
    private var rng: SeededGenerator
    private(set) var guests = 0
    private(set) var preferences = 0

    static let extras: [(PreferenceCategory, String, PreferenceLevel)] = [
        (.room, "Late check-out when the house allows", .preferred), (.room, "Bathtub rather than a shower", .preferred),
        (.room, "Ground floor, no stairs", .required), (.bedding, "Firm mattress topper", .preferred),
        (.beverage, "Decaffeinated coffee in the room", .preferred), (.amenities, "Extra hangers", .preferred),
        (.amenities, "Cot for the baby", .required), (.dietary, "Lactose-free milk at breakfast", .required),
        (.transport, "Taxi to the station on departure", .preferred), (.other, "Invoice to the company, not the guest", .required),
        (.temperature, "Air conditioning off on arrival", .preferred), (.newspaper, "No newspaper", .unacceptable),
    ]

    init(seed: UInt64) { rng = SeededGenerator(seed: seed ^ 0xBE4C) }

    func addGuest(_ guest: NewGuest, createdAt: Date, actor: Actor) throws -> Int64 {
        let id = try loader.addGuest(guest, createdAt: createdAt, actor: actor)
        guests += 1
        for _ in 0..<2 {
            let (category, detail, level) = Self.extras[Int(rng.next() % UInt64(Self.extras.count))]
            _ = try loader.addPreference(NewPreference(guestID: id, category: category, detail: detail, level: level),
                                         recordedAt: createdAt.addingTimeInterval(Double(rng.next() % 86_400)), actor: actor)
            preferences += 1
        }
        return id
    }

    func updateGuest(id: Int64, to guest: NewGuest, actor: Actor) throws -> [GuestChange] {
        try loader.updateGuest(id: id, to: guest, actor: actor)
    }

    func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus, revenueMinor: Int64,
                 createdAt: Date?, actor: Actor) throws -> Int64 {
        try loader.addStay(guestID: guestID, room: room, arrival: arrival, departure: departure, status: status,
                           revenueMinor: revenueMinor, createdAt: createdAt, actor: actor)
    }

    func updateStay(id: Int64, room: String, departure: Day, status: StayStatus?, revenueMinor: Int64?, actor: Actor) throws -> Bool {
        try loader.updateStay(id: id, room: room, departure: departure, status: status, revenueMinor: revenueMinor, actor: actor)
    }

    func addPreference(_ preference: NewPreference, recordedAt: Date, actor: Actor) throws -> Int64 {
        preferences += 1
        return try loader.addPreference(preference, recordedAt: recordedAt, actor: actor)
    }

    func confirm(preferenceID: Int64, at date: Date, actor: Actor) throws {
        try loader.confirm(preferenceID: preferenceID, at: date, actor: actor)
    }

    func retire(preferenceID: Int64, reason: String, at date: Date, actor: Actor) throws {
        try loader.retire(preferenceID: preferenceID, reason: reason, at: date, actor: actor)
    }
}
