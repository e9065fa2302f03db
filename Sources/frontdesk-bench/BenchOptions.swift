import Foundation
import FrontDeskCore

/// The command line: `frontdesk-bench [--guests N] [--db PATH] [--samples K] [--startup-runs R] [--frontdesk PATH]`.
struct BenchOptions {
    var guests = 1_000_000
    var database: String?
    /// A streaming standby of that PostgreSQL database: reads made in one snapshot go there.
    var readReplica: String?
    /// Typed queries (and profile opens, saves) per metric.
    var samples = 300
    var startupRuns = 20
    var frontdesk: String?
    /// The chain load, on PostgreSQL only: properties × terminals for so many seconds.
    var chainProperties = 28
    var chainTerminals = 10
    var chainSeconds = 60
    var chainPause = 2000
    /// Only the chain load (after reading the queries), for trying server settings.
    var chainLoadOnly = false
    /// Only the import figures: `frontdesk import guests` on a CSV of this many guests (and a tenth).
    var importOnly = false
    var importRows = 1_000_000

    /// The SQLite file of this size: the database itself, or on PostgreSQL where its hotel comes from.
    var databasePath: String {
        if let database, case .file = StoreLocation(database) { return database }
        return "/tmp/frontdesk-bench-\(guests).sqlite"
    }
    var location: StoreLocation { database.map(StoreLocation.init) ?? .file(databasePath) }
    var isPostgres: Bool { if case .postgres = location { return true } else { return false } }
    /// How the benchmark's stores open its database: with the replica when one is named.
    var opening: StoreOpeningOptions { StoreOpeningOptions(readReplica: readReplica.map(StoreLocation.init)) }

    static let usage = """
        usage: frontdesk-bench [--guests N] [--db PATH|URL] [--read-db URL] [--samples K] [--startup-runs R] [--frontdesk PATH]
                               [--chain-properties P] [--chain-terminals T] [--chain-seconds S] [--chain-pause MS]
                               [--chain-load-only] [--import-only] [--import-rows N]
          --guests N        guests in the benchmark database (default 1000000)
          --db PATH|URL     the database; reused when it holds N guests (default /tmp/frontdesk-bench-N.sqlite);
                            an empty PostgreSQL database is filled from that file (built first if missing)
          --read-db URL     a streaming standby of that PostgreSQL database: search, profiles and the chain
                            load's searches read from it, as at a hotel far from the primary
          --samples K       queries typed, profiles opened and preferences saved (default 300)
          --startup-runs R  console starts on a pseudo-terminal (default 20)
          --frontdesk PATH  the console binary to start (default: frontdesk beside this benchmark)
          --import-only     only time `frontdesk import guests` on N invented guests and on N/10
          --import-rows N   guests in the import file (default 1000000)
          --chain-*         PostgreSQL only: P properties × T terminals for S seconds, each pausing about MS
                            between operations (default 28 × 10 for 60 s, 2000 ms)
        """

    init(_ args: [String]) throws {
        var i = 0
        func value(_ name: String) throws -> String {
            guard i < args.count else { throw BenchFailure("\(name) needs a value\n\(Self.usage)") }
            defer { i += 1 }
            return args[i]
        }
        func count(_ name: String, minimum: Int) throws -> Int {
            let text = try value(name)
            guard let n = Int(text.replacingOccurrences(of: "_", with: "")), n >= minimum else {
                throw BenchFailure("\(name) needs a whole number of at least \(minimum), not '\(text)'")
            }
            return n
        }
        while i < args.count {
            let arg = args[i]
            i += 1
            switch arg {
            case "--guests": guests = try count(arg, minimum: 1000)
            case "--import-only": importOnly = true
            case "--import-rows": importRows = try count(arg, minimum: 1000)
            case "--db": database = try value(arg)
            case "--read-db": readReplica = try value(arg)
            case "--samples": samples = try count(arg, minimum: 10)
            case "--startup-runs": startupRuns = try count(arg, minimum: 0)
            case "--frontdesk": frontdesk = try value(arg)
            case "--chain-properties": chainProperties = try count(arg, minimum: 1)
            case "--chain-terminals": chainTerminals = try count(arg, minimum: 1)
            case "--chain-seconds": chainSeconds = try count(arg, minimum: 1)
            case "--chain-pause": chainPause = try count(arg, minimum: 0)
            case "--chain-load-only": chainLoadOnly = true
            case "-h", "--help": print(Self.usage); exit(0)
            default: throw BenchFailure("unknown argument '\(arg)'\n\(Self.usage)")
            }
        }
        if readReplica != nil && !isPostgres { throw BenchFailure("--read-db needs a PostgreSQL database: --db postgres://…") }
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
