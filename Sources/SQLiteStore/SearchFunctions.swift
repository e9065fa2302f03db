import CSQLite
import Foundation
import FrontDeskCore
import SQLStore

/// The search index as an SQL function, so a migration can rebuild it in SQL, inside its own
/// transaction, with the same Swift code that indexes a new guest:
/// `frontdesk_search_index(given, family, language, email, phone, loyalty, company, reading)` is
/// `{"tokens": [the guest_tokens rows], "text": the guest_search text}`;
/// `frontdesk_latin_name(given, family, language)` is the name in Latin letters (or NULL).
enum SearchFunctions {
    static let arguments: Int32 = 8

    static func register(on handle: OpaquePointer) throws {
        for (name, call) in [("frontdesk_search_index", searchIndex)] as [(String, SQLFunction)] {
            let memo = Unmanaged.passRetained(SearchKeyMemo()).toOpaque()
            let code = sqlite3_create_function_v2(
                handle, name, arguments, SQLITE_UTF8 | SQLITE_DETERMINISTIC, memo, call, nil, nil,
                { memo in if let memo { Unmanaged<SearchKeyMemo>.fromOpaque(memo).release() } })
            guard code == SQLITE_OK else { throw FrontDeskError.unavailable("cannot register \(name): SQLite error \(code)") }
        }
        let code = sqlite3_create_function_v2(handle, "frontdesk_latin_name", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil,
                                              latinName, nil, nil, nil)
        guard code == SQLITE_OK else { throw FrontDeskError.unavailable("cannot register frontdesk_latin_name: SQLite error \(code)") }
    }

    typealias SQLFunction = @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void

    static let searchIndex: SQLFunction = { context, count, values in
        guard let index = index(context, count, values),
              let json = try? JSONSerialization.data(withJSONObject: ["tokens": index.tokens, "text": index.text])
        else { return sqlite3_result_null(context) }
        result(context, String(decoding: json, as: UTF8.self))
    }

    static let latinName: SQLFunction = { context, count, values in
        guard count == 3, let values else { return sqlite3_result_null(context) }
        func text(_ i: Int) -> String { values[i].flatMap { sqlite3_value_text($0) }.map { String(cString: $0) } ?? "" }
        guard let latin = SearchIndex.latinName(given: text(0), family: text(1), language: text(2)) else {
            return sqlite3_result_null(context)
        }
        result(context, latin)
    }

    private static func index(_ context: OpaquePointer?, _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) -> SearchIndex? {
        guard count == arguments, let values else { return nil }
        func text(_ i: Int) -> String? {
            guard let value = values[i], let bytes = sqlite3_value_text(value) else { return nil }
            return String(cString: bytes)
        }
        let memo = sqlite3_user_data(context).map { Unmanaged<SearchKeyMemo>.fromOpaque($0).takeUnretainedValue() }
        let guest = NewGuest(givenName: text(0) ?? "", familyName: text(1) ?? "", language: text(2) ?? "",
                             loyaltyNumber: text(5), email: text(3), phone: text(4), company: text(6), nameReading: text(7))
        return SearchIndex(guest, memo: memo)
    }

    private static func result(_ context: OpaquePointer?, _ text: String) {
        sqlite3_result_text(context, text, Int32(text.utf8.count), fd_sqlite_transient())
    }
}
