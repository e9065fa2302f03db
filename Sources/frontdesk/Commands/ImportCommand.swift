import Foundation
import FrontDeskCore
import FrontDeskExchange
import FrontDeskOutput

/// `frontdesk import guests FILE`: a property-management system's guests, from CSV or JSON Lines.
/// The file is read once, a block at a time, inside one transaction: every row is checked and
/// every problem reported, and a single bad row undoes the whole import (with --dry-run nothing is
/// written at all). The file is opened with the user's own rights.
enum ImportCommand {
    static func guests(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count == 1, let path = operands.first else { throw CommandFailure.usage("import guests takes one FILE") }
        let desk = try Session.desk(settings)
        let vips = try desk.vipCatalog()
        let today = desk.today
        let overrides: [String: String]
        do { overrides = try ColumnMapping.overrides(args.option("map")) } catch let e as ExchangeError {
            throw CommandFailure.usage(e.reason)
        }

        let file = try ImportFile(path, format: args.option("format"))
        let mapping = try file.mapping(overrides)
        if let layout = mapping.layout { Output.note("Columns read as \(layout).") }
        if !mapping.ignored.isEmpty { Output.note("Not imported: the column(s) \(mapping.ignored.joined(separator: ", ")).") }
        var problems: [ExchangeError] = []
        var rows = 0
        /// Every row is read and checked; rows go in only while none was bad.
        func eachRow(_ what: String, _ add: (Int, NewGuest) throws -> Void) throws {
            try file.each(what) { record in
                rows += 1
                switch GuestRecords.guest(from: record, mapping: mapping, vips: vips, today: today) {
                case .success(let guest): if problems.isEmpty { try add(record.line, guest) }
                case .failure(let found): problems += found.all
                }
            }
        }
        var report = ImportReport()
        if args.has("dry-run") {
            try eachRow("checking") { _, _ in }
        } else {
            do {
                // One pass, one transaction: a bad row anywhere undoes every row written before it.
                report = try desk.importGuests { add in
                    try eachRow("importing", add)
                    if !problems.isEmpty { throw ImportUndone() }
                }
            } catch is ImportUndone {}
        }
        guard problems.isEmpty else {
            for problem in problems { Output.note("\(path): \(problem)") }
            let lines = Set(problems.map(\.line)).count
            throw CommandFailure(code: .badData, message: "\(path): \(lines) of \(rows) rows cannot be imported (above); nothing was imported")
        }
        if args.has("dry-run") {
            Output.print("\(path): all \(rows) rows can be imported (dry run: nothing was written).")
            return
        }
        for match in report.matched {
            Output.note("\(path): line \(match.line): not added, probably guest #\(match.guestID) (\(match.why)); no external id to tell")
        }
        Output.print("Imported \(report.rows) rows from \(path): \(report.added) added, \(report.updated) updated, "
                     + "\(report.unchanged) unchanged, \(report.matched.count) matched a guest on file.")
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

    func mapping(_ overrides: [String: String]) throws -> ColumnMapping {
        do { return try ColumnMapping(header: reader.header, fields: GuestRecords.fields, overrides: overrides) } catch let e as ExchangeError {
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
