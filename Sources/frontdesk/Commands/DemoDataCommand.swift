import Foundation
import FrontDeskCore
import FrontDeskOutput
import FrontDeskStores

/// `frontdesk demo-data --guests N`: a realistic hotel of any size, for trying and benchmarking.
enum DemoDataCommand {
    static func run(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("demo-data takes no operands: --db PATH --guests N") }
        // Named on purpose: never the hotel's own database from the system configuration.
        guard let location = settings.userNamedLocation else {
            throw CommandFailure.usage("demo-data needs --db PATH for the new demo database")
        }
        guard let count = try args.integer("guests"), count > 0 else {
            throw CommandFailure.usage("demo-data needs --guests N (a number above 0)")
        }
        if case .file(let path) = location, FileManager.default.fileExists(atPath: path) {
            throw CommandFailure(code: .notPermitted, message: "\(path) already exists; demo data goes into a new file only, so no real guest is mixed with invented ones")
        }
        let property = try settings.property(default: "DEMO")
        let store = try Session.create(location, settings, property: property)
        let started = Date()
        try generate(into: store, guests: count, property: property, seed: UInt64(try args.integer("seed") ?? 2026))
        let seconds = Date().timeIntervalSince(started)
        Output.note("Created \(store.location): \(count) guests in \(String(format: "%.1f", seconds)) s")
    }

    static func generate(into store: FrontDeskStore, guests: Int, property: String, seed: UInt64 = 2026) throws {
        let generator = DemoGenerator(guests: guests, property: property, today: Day(Date()), seed: seed)
        try store.bulkLoad { sink in try generator.generate(into: sink) }
        try DemoDeskDay.add(to: store, property: property, now: Date())
    }
}
