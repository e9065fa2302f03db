/// A value bound to a statement parameter; enough types for this schema.
enum SQLValue {
    case null
    case int(Int64)
    case real(Double)
    case text(String)

    static func text(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
    static func int(_ i: Int64?) -> SQLValue { i.map(SQLValue.int) ?? .null }
    static func bool(_ b: Bool) -> SQLValue { .int(b ? 1 : 0) }
}
