import Foundation
import FrontDeskCore
import FrontDeskExchange
import FrontDeskOutput

/// `frontdesk import guests|stays FILE`: a property-management system's guests and stays, from CSV
/// or JSON Lines. The file is opened with the user's own rights.
enum ImportCommand {
    static func guests(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let path = try file(operands, "guests")
        let desk = try Session.desk(settings)
        try desk.checkMayImport("guests")
        let vips = try desk.vipCatalog()
        let today = desk.today
        let report = try run(path, args, fields: GuestRecords.fields) { record, mapping in
            GuestRecords.guest(from: record, mapping: mapping, vips: vips, today: today).map { (record.line, $0) }
        } importing: { mapping, eachRow in
            try desk.importGuests(fields: GuestRecords.profileFields(mapping)) { add in
                try withoutActuallyEscaping(add) { add in try eachRow { line, guest in try add(line, guest) } }
            }
        }
        guard let report else { return }
        for line in report.erased {
            Output.note("\(path): line \(line): not imported: that PMS profile's guest was erased on request")
        }
        for note in report.notApplied { Output.note("\(path): line \(note.line): \(note.why)") }
        if !report.unidentified.isEmpty {
            let lines = report.unidentified.prefix(5).map(String.init).joined(separator: ", ") + (report.unidentified.count > 5 ? ", …" : "")
            Output.note("\(path): \(report.unidentified.count) row(s) (line \(lines)) have no profile number, e-mail or phone: "
                        + "importing them again adds them again")
        }
        for match in report.matched {
            Output.note("\(path): line \(match.line): not added, probably guest #\(match.guestID) (\(match.why)); no external id to tell")
        }
        Output.print("Imported \(report.rows) rows from \(path): \(report.added) added, \(report.updated) updated, "
                     + "\(report.unchanged) unchanged, \(report.matched.count) matched a guest on file"
                     + (report.erased.isEmpty ? "." : ", \(report.erased.count) erased on request and left out."))
    }

    /// `frontdesk import stays FILE`: a PMS's reservations and stays, at this hotel, each of a
    /// guest already on file (imported first, with `import guests`).
    static func stays(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let path = try file(operands, "stays")
        let desk = try Session.desk(settings)
        try desk.checkMayImport("stays")
        let currency = try desk.currency()
        typealias Found = (guest: Int64, line: Int, row: StayRecords.Row)
        let report = try run(path, args, fields: StayRecords.fields) { record, mapping -> Result<Found, ImportProblems> in
            switch StayRecords.stay(from: record, mapping: mapping, currency: currency) {
            case .failure(let problems): return .failure(problems)
            case .success(let row):
                guard let guest = try desk.guestForImport(externalID: row.externalID, guestID: row.guestID) else {
                    return .failure(unknownGuest(record, mapping, externalID: row.externalID, guestID: row.guestID, what: "stay"))
                }
                return .success((guest, record.line, row))
            }
        } importing: { _, eachRow in
            try desk.importStays { add in
                try withoutActuallyEscaping(add) { add in
                    try eachRow { found in
                        let r = found.row
                        try add(Desk.StayRow(line: found.line, guestID: found.guest, room: r.room, arrival: r.arrival,
                                             departure: r.departure, status: r.status, revenueMinor: r.revenueMinor))
                    }
                }
            }
        }
        guard let report else { return }
        for note in report.notApplied { Output.note("\(path): line \(note.line): \(note.why)") }
        Output.print("Imported \(report.rows) stays from \(path) at \(desk.property): \(report.added) added, "
                     + "\(report.updated) updated, \(report.unchanged) already on file as they are.")
    }

    /// `frontdesk import preferences FILE`: what the PMS knows guests like, each of a guest on file.
    static func preferences(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let path = try file(operands, "preferences")
        let desk = try Session.desk(settings)
        try desk.checkMayImport("preferences")
        let today = desk.today
        typealias Found = (preference: NewPreference, recorded: ImportedTime?)
        let report = try run(path, args, fields: PreferenceRecords.fields) { record, mapping -> Result<Found, ImportProblems> in
            switch PreferenceRecords.preference(from: record, mapping: mapping, today: today) {
            case .failure(let problems): return .failure(problems)
            case .success(let row):
                guard let guest = try desk.guestForImport(externalID: row.externalID, guestID: row.guestID) else {
                    return .failure(unknownGuest(record, mapping, externalID: row.externalID, guestID: row.guestID, what: "preference"))
                }
                var preference = row.preference
                preference.guestID = guest
                return .success((preference, row.recorded))
            }
        } importing: { _, eachRow in
            try desk.importPreferences { add in
                try withoutActuallyEscaping(add) { add in try eachRow { try add($0.preference, $0.recorded) } }
            }
        }
        guard let report else { return }
        Output.print("Imported \(report.rows) preferences from \(path): \(report.added) added, \(report.unchanged) already on file.")
    }

    /// A stay or preference row whose guest is not on file.
    static func unknownGuest(_ record: SourceRecord, _ mapping: ColumnMapping, externalID: String?, guestID: Int64?, what: String) -> ImportProblems {
        let named = externalID.map { "PMS profile '\($0)'" } ?? "guest #\(guestID ?? 0)"
        return ImportProblems([ExchangeError(line: record.line, column: mapping.columns[externalID != nil ? "external-id" : "guest"],
                                             reason: "unknown guest for a \(what): no \(named) on file (import guests first), or erased on request")])
    }

    static func file(_ operands: [String], _ kind: String) throws -> String {
        guard operands.count == 1, let path = operands.first else { throw CommandFailure.usage("import \(kind) takes one FILE") }
        return path
    }

    /// The one way every import goes: the file read once, a block at a time, inside one
    /// transaction; every row checked and every problem reported; a single bad row undoes the
    /// rows before it. Nil after a dry run, which writes nothing at all.
    static func run<Row>(_ path: String, _ args: Arguments, fields: [(name: String, aliases: [String])],
                         decode: @escaping (SourceRecord, ColumnMapping) throws -> Result<Row, ImportProblems>,
                         importing: (ColumnMapping, ((Row) throws -> Void) throws -> Void) throws -> ImportReport) throws -> ImportReport? {
        let overrides: [String: String]
        do { overrides = try ColumnMapping.overrides(args.option("map")) } catch let e as ExchangeError {
            throw CommandFailure.usage(e.reason)
        }
        let file = try ImportFile(path, format: args.option("format"))
        let mapping = try file.mapping(overrides, fields: fields)
        if let layout = mapping.layout { Output.note("Columns read as \(layout).") }
        if !mapping.ignored.isEmpty { Output.note("Not imported: the column(s) \(mapping.ignored.joined(separator: ", ")).") }
        var problems: [ExchangeError] = []
        var rows = 0
        var adding: Int?  // the line going in: named if the database fails under it (full, gone)
        /// Every row is read and checked; rows go in only while none was bad.
        func eachRow(_ add: (Row) throws -> Void) throws {
            try file.each(args.has("dry-run") ? "checking" : "importing") { record in
                rows += 1
                switch try decode(record, mapping) {
                case .success(let row):
                    guard problems.isEmpty else { break }
                    adding = record.line
                    try add(row)
                    adding = nil
                case .failure(let found): problems += found.all
                }
            }
        }
        var report: ImportReport?
        if args.has("dry-run") {
            try eachRow { _ in }
        } else {
            do {
                report = try importing(mapping) { add in
                    try withoutActuallyEscaping(add) { try eachRow($0) }
                    if !problems.isEmpty { throw ImportUndone() }
                }
            } catch is ImportUndone {
            } catch let error as FrontDeskError {
                // The transaction undid every row; the store's own words say what failed.
                guard let line = adding else { throw error }
                throw error.at("\(path): line \(line), nothing was imported")
            }
        }
        guard problems.isEmpty else {
            for problem in problems { Output.note("\(path): \(problem)") }
            let lines = Set(problems.map(\.line)).count
            throw CommandFailure(code: .badData, message: "\(path): \(lines) of \(rows) rows cannot be imported (above); nothing was imported")
        }
        if report == nil { Output.print("\(path): all \(rows) rows can be imported (dry run: nothing was written).") }
        return report
    }
}

/// Thrown to undo an import once a bad row was found (the rows are all read first, for the report).
struct ImportUndone: Error {}

/// One pass over an import file: its reader and a progress line.
final class ImportFile {
    let path: String
    let reader: RecordReader
    private let bytes: ByteStream
    private let size: Int

    init(_ path: String, format: String?) throws {
        self.path = path
        // Opened with the user's rights: frontdesk may hold a group the user does not.
        let handle = try Privilege.asCaller { () throws -> FileHandle in
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CommandFailure(code: .noInput, message: "cannot open \(path): \(String(cString: strerror(errno)))")
            }
            return handle
        }
        size = Int((try? handle.seekToEnd()) ?? 0)
        try handle.seek(toOffset: 0)
        bytes = ByteStream(handle: handle)
        let kind = format ?? ((path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")) ? "jsonl" : "csv")
        do {
            switch kind {
            case "csv": reader = try CSVReader(bytes)
            case "jsonl": reader = try JSONLinesReader(bytes)
            default: throw CommandFailure.usage("--format for an import is csv or jsonl, not '\(kind)'")
            }
        } catch let e as ExchangeError {
            throw CommandFailure(code: .badData, message: "\(path): \(e)")
        }
    }

    func mapping(_ overrides: [String: String], fields: [(name: String, aliases: [String])]) throws -> ColumnMapping {
        do { return try ColumnMapping(header: reader.header, fields: fields, overrides: overrides) } catch let e as ExchangeError {
            throw CommandFailure.usage(e.reason)
        }
    }

    /// Every record, with a progress line on a terminal: rows so far, and the total the bytes read suggest.
    func each(_ what: String, _ body: (SourceRecord) throws -> Void) throws {
        let progress = ProgressLine()
        defer { progress.finish() }
        var rows = 0
        while let record = try reader.next() {
            try body(record)
            rows += 1
            if rows % 1000 == 0, bytes.consumed > 0 {
                progress.show("\(what) \(path)", done: rows, of: max(rows, Int(Double(rows) * Double(size) / Double(bytes.consumed))))
            }
        }
    }
}
