import Foundation

/// Rows written as they come, so an export of a million guests never sits in memory: CSV (RFC
/// 4180, safe in a spreadsheet: `CSV.field`), a JSON array of objects, or JSON Lines (one object
/// per line). Every value is text, as the file it came from or goes to has it.
public final class RowWriter {
    public enum Format: String, CaseIterable, Sendable { case csv, json, jsonl }

    private let format: Format
    private let columns: [String]
    private let out: FileHandle
    private var buffer = ""
    private var rows = 0

    public init(_ format: Format, columns: [String], to out: FileHandle = .standardOutput) {
        self.format = format
        self.columns = columns
        self.out = out
        if format == .csv { buffer = columns.map(CSV.field).joined(separator: ",") + "\r\n" }
        if format == .json { buffer = "[" }
    }

    public func write(_ row: [String]) {
        switch format {
        case .csv:
            buffer += row.map(CSV.field).joined(separator: ",") + "\r\n"
        case .json:
            buffer += (rows == 0 ? "\n  " : ",\n  ") + object(row)
        case .jsonl:
            buffer += object(row) + "\n"
        }
        rows += 1
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    /// Ends the document; returns how many rows it holds.
    @discardableResult
    public func finish() -> Int {
        if format == .json { buffer += rows == 0 ? "]\n" : "\n]\n" }
        flush()
        return rows
    }

    private func object(_ row: [String]) -> String {
        "{" + zip(columns, row).map { Self.quoted($0) + ": " + Self.quoted($1) }.joined(separator: ", ") + "}"
    }

    /// A JSON string, with every invisible character escaped so the file is harmless on a terminal.
    static func quoted(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
        let array = data.map { String(decoding: $0, as: UTF8.self) } ?? "[\"\"]"
        return JSONText.escapingInvisibles(String(array.dropFirst().dropLast()))
    }

    private func flush() {
        out.write(Data(buffer.utf8))
        buffer = ""
    }
}
