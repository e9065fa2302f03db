import CSQLite
import Foundation
import FrontDeskCore

/// The search index as SQL functions, so a migration can rebuild it in SQL, inside its own
/// transaction, with the same Swift code that indexes a new guest:
/// `frontdesk_search_tokens(given, family, language, email, phone, loyalty, company, reading)`
/// is a JSON array of the guest_tokens rows, `frontdesk_search_text(…)` the guest_search text.
enum SearchFunctions {
    static let arguments: Int32 = 8

    static func register(on handle: OpaquePointer) throws {
        for (name, call) in [("frontdesk_search_tokens", tokens), ("frontdesk_search_text", text)] as [(String, SQLFunction)] {
            let memo = Unmanaged.passRetained(SearchKeyMemo()).toOpaque()
            let code = sqlite3_create_function_v2(
                handle, name, arguments, SQLITE_UTF8 | SQLITE_DETERMINISTIC, memo, call, nil, nil,
                { memo in if let memo { Unmanaged<SearchKeyMemo>.fromOpaque(memo).release() } })
            guard code == SQLITE_OK else { throw FrontDeskError.unavailable("cannot register \(name): SQLite error \(code)") }
        }
    }

    typealias SQLFunction = @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void

    static let tokens: SQLFunction = { context, count, values in
        guard let index = index(context, count, values) else { return sqlite3_result_null(context) }
        result(context, SQLiteGuestStore.jsonArray(index.tokens))
    }

    static let text: SQLFunction = { context, count, values in
        guard let index = index(context, count, values) else { return sqlite3_result_null(context) }
        result(context, index.text)
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
