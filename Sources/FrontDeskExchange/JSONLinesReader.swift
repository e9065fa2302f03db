import Foundation

/// JSON Lines: one JSON object per line, its keys the columns (the first object's name them). A
/// string is taken as it is, a number or true/false as written, null as absent.
public final class JSONLinesReader: RecordReader {
    public private(set) var header: [String] = []
    private let bytes: ByteStream
    private var line = 0
    private var first: SourceRecord?
    /// Every key of the first object, null ones too: a column empty on the first row is a column.
    private var firstKeys: [String] = []

    public init(_ stream: ByteStream) throws {
        bytes = stream
        bytes.skipByteOrderMark()
        first = try read()
        header = firstKeys.sorted()
    }

    public func next() throws -> SourceRecord? {
        if let record = first { first = nil; return record }
        return try read()
    }

    private func read() throws -> SourceRecord? {
        while let raw = try bytes.line() {
            line += 1
            if raw.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            guard String(validating: raw, as: UTF8.self) != nil else {
                return SourceRecord(line: line, values: [:], problems: [ExchangeError(line: line, column: nil, reason: "not UTF-8 text")])
            }
            guard let object = try? JSONDecoder().decode([String: JSONScalar].self, from: Data(raw)) else {
                return SourceRecord(line: line, values: [:], problems: [ExchangeError(line: line, column: nil,
                                                                                      reason: "not a JSON object of names and plain values")])
            }
            var values: [String: String] = [:]
            let problems: [ExchangeError] = []
            if line == 1 || firstKeys.isEmpty { firstKeys = Array(object.keys) }
            for (key, value) in object {
                if let text = value.text { values[key] = text }
            }
            return SourceRecord(line: line, values: values, problems: problems)
        }
        return nil
    }
}

/// A value of a JSON Lines row: text as it is, a number or true/false as written, null as absent.
enum JSONScalar: Decodable {
    case text(String)
    case absent

    var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() { self = .absent }
        else if let flag = try? value.decode(Bool.self) { self = .text(flag ? "true" : "false") }
        else if let whole = try? value.decode(Int64.self) { self = .text(String(whole)) }
        // Decimal keeps every digit of a number too long for Int64 (a PMS's profile number).
        else if let number = try? value.decode(Decimal.self) { self = .text("\(number)") }
        else { self = .text(try value.decode(String.self)) }
    }
}
