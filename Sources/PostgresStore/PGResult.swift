import CLibPQ
import SQLStore

/// A statement's rows, read as text.
final class PGResult {
    let result: OpaquePointer

    init(_ result: OpaquePointer) { self.result = result }
    deinit { PQclear(result) }

    var count: Int { Int(PQntuples(result)) }
    /// Rows an INSERT, UPDATE or DELETE changed.
    var affected: Int { Int(String(cString: PQcmdTuples(result))) ?? 0 }
}

/// One row of a result: columns by position, as the SELECT lists them.
struct PGRow: SQLRow {
    let result: PGResult
    let index: Int32

    func isNull(_ c: Int32) -> Bool { PQgetisnull(result.result, index, c) == 1 }
    func text(_ c: Int32) -> String {
        guard let bytes = PQgetvalue(result.result, index, c) else { return "" }
        let count = Int(PQgetlength(result.result, index, c))
        return bytes.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }
    func int(_ c: Int32) -> Int64 {
        let t = text(c)
        // Booleans come back as t/f, sums as numerics ("12" or "12.0").
        if t == "t" { return 1 }
        return Int64(t) ?? Double(t).map { Int64($0) } ?? 0
    }
    func double(_ c: Int32) -> Double { Double(text(c)) ?? 0 }
}

extension SQLValue {
    /// The parameter as libpq takes it, in text format: nil for SQL NULL.
    var wire: String? {
        switch self {
        case .null: return nil
        case .int(let i): return String(i)
        // The shortest text that reads back as the same double: timestamps keep their fraction.
        case .real(let d): return "\(d)"
        case .text(let s): return s
        }
    }

    /// The type the statement is prepared with; a NULL leaves it to the server.
    var typeOID: Oid {
        switch self {
        case .null: return 0
        case .int: return 20     // int8
        case .real: return 701   // float8
        case .text: return 25    // text
        }
    }
}
