import Foundation
import FrontDeskCore

/// `frontdesk import guests` as a hotel runs it: the release binary on a PMS-style CSV of invented
/// guests, timed end to end (one pass, one transaction), with the peak memory of the process, at two sizes so
/// one sees the memory does not grow with the file.
enum ImportBench {
    struct Figures {
        var rows: Int
        var seconds: Double
        var peakMB: Double
    }

    static func run(frontdesk: String, rows: Int) throws -> [Figures] {
        try [rows / 10, rows].map { n in
            let csv = "/tmp/frontdesk-bench-import-\(n).csv"
            if !FileManager.default.fileExists(atPath: csv) {
                progress("Import: writing \(n) invented PMS profiles to \(csv) …")
                try writeCSV(rows: n, to: csv)
            }
            let database = "/tmp/frontdesk-bench-import-\(n).sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            try check(run(frontdesk, ["db", "init", "--db", database]), "db init")
            progress("Import: \(n) guests into a new hotel …")
            let (status, seconds, peak) = try run(frontdesk, ["import", "guests", csv, "--db", database])
            try check((status, seconds, peak), "import guests")
            return Figures(rows: n, seconds: seconds, peakMB: peak)
        }
    }

    static func report(_ figures: [Figures]) -> String {
        var lines = ["| Import (`frontdesk import guests`, CSV, one pass, one transaction) | guests | time | rows/s | peak memory |",
                     "|---|---|---|---|---|"]
        for f in figures {
            lines.append(String(format: "| new hotel | %d | %.1f s | %.0f | %.0f MB |", f.rows, f.seconds, Double(f.rows) / f.seconds, f.peakMB))
        }
        return lines.joined(separator: "\n")
    }

    /// The demo generator's guests, as an OPERA-style export writes them, each with a profile number.
    static func writeCSV(rows: Int, to path: String) throws {
        let sink = CSVSink(path: path)
        try DemoGenerator(guests: rows, property: "BENCH", today: Day(Date()), seed: 2026).generate(into: sink)
        try sink.close()
    }

    private static func check(_ result: (Int32, Double, Double), _ what: String) throws {
        if result.0 != 0 { throw BenchFailure("frontdesk \(what) exited \(result.0)") }
    }

    /// Runs a program to its end: its status, the wall-clock seconds, and its peak resident memory.
    static func run(_ program: String, _ args: [String]) throws -> (Int32, Double, Double) {
        var pid: pid_t = 0
        let argv = ([program] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let started = Date()
        let spawned = posix_spawn(&pid, program, nil, nil, argv, environ)
        guard spawned == 0 else { throw BenchFailure("cannot start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(started)
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (code, seconds, Double(usage.ru_maxrss) / 1024)
    }
}

/// Collects the generator's guests as CSV lines; stays and preferences are not a PMS profile export's.
final class CSVSink: BulkSink {
    private let handle: FileHandle
    private var buffer = "NAME_ID,TITLE,FIRST,LAST,LANGUAGE,EMAIL,PHONE,MEMBERSHIP_NO,COMPANY,BIRTH_DATE,VIP_CODE\r\n"
    private var next: Int64 = 100_000

    init(path: String) {
        FileManager.default.createFile(atPath: path, contents: nil)
        handle = FileHandle(forWritingAtPath: path)!
    }

    func addGuest(_ guest: NewGuest, createdAt: Date, actor: Actor) throws -> Int64 {
        next += 1
        let fields = [String(next), guest.title, guest.givenName, guest.familyName, guest.language, guest.email ?? "",
                      guest.phone ?? "", guest.loyaltyNumber ?? "", guest.company ?? "", guest.birthDate?.description ?? "",
                      guest.vip == .none ? "" : String(guest.vip.rawValue)]
        buffer += fields.map(Self.quoted).joined(separator: ",") + "\r\n"
        if buffer.utf8.count > 1 << 20 { try flush() }
        return next
    }

    static func quoted(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    func flush() throws {
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer = ""
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    func updateGuest(id: Int64, to guest: NewGuest, actor: Actor) throws -> [GuestChange] { [] }
    func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus, revenueMinor: Int64,
                 createdAt: Date?, actor: Actor) throws -> Int64 { 0 }
    func updateStay(id: Int64, room: String, departure: Day, status: StayStatus?, revenueMinor: Int64?, actor: Actor) throws -> Bool { false }
    func addPreference(_ preference: NewPreference, recordedAt: Date, actor: Actor) throws -> Int64 { 0 }
    func confirm(preferenceID: Int64, at date: Date, actor: Actor) throws {}
    func retire(preferenceID: Int64, reason: String, at date: Date, actor: Actor) throws {}
}
