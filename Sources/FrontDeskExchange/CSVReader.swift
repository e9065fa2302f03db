import Foundation

/// Reads CSV as RFC 4180 writes it and spreadsheets export it: a header row, fields quoted with
/// doubled quotes inside, commas, quotes and line breaks within quotes, CRLF or LF, a UTF-8 byte
/// order mark or none, a comma or (as European spreadsheets write) a semicolon between fields,
/// a last line with or without its line break. Where RFC 4180 is strict and files are not (a quote
/// inside an unquoted field, text after a closing quote), it reads as Python's csv module does.
/// It streams: memory does not grow with the file.
public final class CSVReader: RecordReader {
    public let header: [String]
    private let bytes: ByteStream
    private let delimiter: UInt8
    /// The line the next record starts on (1 is the header's).
    private var line = 1

    public init(_ stream: ByteStream) throws {
        bytes = stream
        bytes.skipByteOrderMark()
        delimiter = bytes.guessDelimiter()
        guard let first = try CSVReader.record(from: bytes, delimiter: delimiter, line: &line) else {
            throw ExchangeError(line: 1, column: nil, reason: "the file is empty: it needs a header row naming its columns")
        }
        var names: [String] = []
        for (index, raw) in first.fields.enumerated() {
            guard let name = String(validating: raw, as: UTF8.self) else {
                throw ExchangeError(line: 1, column: "column \(index + 1)", reason: "the header is not UTF-8 text")
            }
            let trimmed = name.trimmingSpaces
            if names.contains(trimmed) {
                throw ExchangeError(line: 1, column: trimmed, reason: "the header names this column twice")
            }
            names.append(trimmed)
        }
        header = names
    }

    public func next() throws -> SourceRecord? {
        while let raw = try CSVReader.record(from: bytes, delimiter: delimiter, line: &line) {
            // A blank line is no record.
            if raw.fields.count == 1 && raw.fields[0].isEmpty { continue }
            var values: [String: String] = [:]
            var problems: [ExchangeError] = []
            if raw.fields.count > header.count {
                problems.append(ExchangeError(line: raw.line, column: nil,
                                              reason: "\(raw.fields.count) fields, but the header names \(header.count) columns"))
            }
            for (name, field) in zip(header, raw.fields) {
                if let text = String(validating: field, as: UTF8.self) {
                    values[name] = Self.restored(text)
                } else {
                    problems.append(ExchangeError(line: raw.line, column: name, reason: "not UTF-8 text (is the file in another encoding?)"))
                }
            }
            if let unclosed = raw.unclosedQuote {
                problems.append(ExchangeError(line: unclosed, column: nil, reason: "a quoted field is never closed"))
            }
            return SourceRecord(line: raw.line, values: values, problems: problems)
        }
        return nil
    }

    /// A cell a safe CSV writer kept from running as a spreadsheet formula ("'=SUM(A1)", as
    /// frontdesk's exports and OWASP's advice write it) reads back as what it was.
    static func restored(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let next = cell.dropFirst().first, ["=", "+", "-", "@", "\t", "\r"].contains(next) else { return cell }
        return String(cell.dropFirst())
    }

    struct RawRecord {
        var line: Int
        var fields: [[UInt8]]
        var unclosedQuote: Int?
    }

    /// One record's fields as bytes; nil at the end of the file.
    static func record(from bytes: ByteStream, delimiter: UInt8, line: inout Int) throws -> RawRecord? {
        guard try bytes.peek() != nil else { return nil }
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var record = RawRecord(line: line, fields: [], unclosedQuote: nil)
        var field: [UInt8] = []
        var quoted = false, atFieldStart = true
        while let byte = try bytes.next() {
            if quoted {
                if byte == quote {
                    if try bytes.peek() == quote { _ = try bytes.next(); field.append(quote) } else { quoted = false }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case delimiter:
                record.fields.append(field)
                field = []
                atFieldStart = true
                continue
            case lf:
                line += 1
                record.fields.append(field)
                return record
            case cr:
                // CRLF, or a CR alone as old spreadsheets end lines: either ends the record.
                if try bytes.peek() == lf { _ = try bytes.next() }
                line += 1
                record.fields.append(field)
                return record
            case quote where atFieldStart:
                quoted = true
            default:
                field.append(byte)
            }
            atFieldStart = false
        }
        if quoted { record.unclosedQuote = record.line }
        record.fields.append(field)
        return record
    }
}
