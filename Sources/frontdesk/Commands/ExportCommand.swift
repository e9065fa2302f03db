import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk export guests|preferences|stays|complaints|traces`: the hotel's data in the formats
/// hotels use, written as it is read. A guests export in CSV is what `import guests` reads back.
enum ExportCommand {
    static func run(_ kind: ExportKind, _ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("export \(kind.rawValue) takes no operands") }
        let text = args.option("format") ?? "csv"
        guard let format = RowWriter.Format(rawValue: text) else {
            throw CommandFailure.usage("--format for an export is csv, json or jsonl, not '\(text)'")
        }
        let filter = ExportFilter(property: try args.option("only-property").map(Settings.propertyCode),
                                  from: try day(args, "from"), to: try day(args, "to"),
                                  category: args.option("category"), department: args.option("department"))
        let desk = try Session.desk(settings)
        let writer = RowWriter(format, columns: kind.columns)
        try desk.export(kind, filter: filter, sensitive: GuestsCommand.sensitive(args)) { writer.write($0) }
        let rows = writer.finish()
        if isatty(STDOUT_FILENO) == 0 { Output.note("Exported \(rows) \(kind.rawValue).") }
    }

    static func day(_ args: Arguments, _ name: String) throws -> Day? {
        guard let text = args.option(name) else { return nil }
        guard let day = Day(text) else { throw CommandFailure.usage("--\(name) takes a date such as 2026-11-01, not '\(text)'") }
        return day
    }
}
