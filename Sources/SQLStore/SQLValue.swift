import Foundation
import FrontDeskCore

/// A value bound to a statement parameter; enough types for this schema.
package enum SQLValue {
    case null
    case int(Int64)
    case real(Double)
    case text(String)

    package static func text(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
    package static func int(_ i: Int64?) -> SQLValue { i.map(SQLValue.int) ?? .null }
    package static func bool(_ b: Bool) -> SQLValue { .int(b ? 1 : 0) }

    /// Many values as one parameter, a JSON array the engine unpacks (`SQLDatabase.idsOfList`):
    /// one statement for any number of ids.
    /// A NUL is no character of any name or note, and PostgreSQL cannot keep one inside text:
    /// every engine refuses it alike, by name, rather than keep or cut what it was given.
    package func checkedForStorage(in location: String) throws {
        if case .text(let s) = self, s.utf8.contains(0) {
            throw FrontDeskError.invalid("text with a NUL character (\\0) cannot be stored in \(location)")
        }
    }

    package static func jsonList<S: Sequence>(_ ids: S) -> SQLValue where S.Element == Int64 {
        .text("[" + ids.map(String.init).joined(separator: ",") + "]")
    }

    package static func jsonList<S: Sequence>(_ texts: S) -> SQLValue where S.Element == String {
        .text(jsonArray(texts))
    }

    static func jsonArray<S: Sequence>(_ strings: S) -> String where S.Element == String {
        let data = try? JSONSerialization.data(withJSONObject: Array(strings), options: [])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
