import Foundation

/// Where a store's data lives, as a person names it: a file path for one hotel's SQLite file, or a
/// `postgres://` (or `postgresql://`) URL, or `service=NAME` (an entry of libpq's pg_service.conf),
/// for a chain's shared database.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    case postgres(String)

    public init(_ text: String) {
        let lower = text.lowercased()
        let isPostgres = lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") || lower.hasPrefix("service=")
        self = isPostgres ? .postgres(text) : .file(text)
    }

    /// The location as shown to people: a URL loses its password.
    public var description: String {
        switch self {
        case .file(let path): return path
        case .postgres(let url): return Self.withoutPassword(url)
        }
    }

    /// A password in the URL's user part, as a `password=` parameter of the URL, or as a
    /// `password=` keyword (quoted or not) becomes `***`.
    static func withoutPassword(_ location: String) -> String {
        var text = location
        // The credentials end at the last "@" before the host's path: a password may hold an "@" itself.
        if let scheme = text.range(of: "://") {
            let authority = text[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" }
            if let at = authority.lastIndex(of: "@"), let colon = text[scheme.upperBound..<at].firstIndex(of: ":") {
                text = String(text[..<colon]) + ":***" + String(text[at...])
            }
        }
        for pattern in [#"([?&]password=)[^&]*"#, #"((?:^|\s)password\s*=\s*)('(?:[^'\\]|\\.)*'|\S*)"#] {
            text = text.replacingOccurrences(of: pattern, with: "$1***", options: [.regularExpression, .caseInsensitive])
        }
        return text
    }
}

/// How a store is opened: an existing one only, or created when missing; a chain database's read
/// replica, if the hotel has one near it; and the clock its signatures read (tests fix it).
public struct StoreOpeningOptions: Sendable {
    public var create: Bool
    public var readOnly: Bool
    public var readReplica: StoreLocation?
    public var now: @Sendable () -> Date

    public init(create: Bool = false, readOnly: Bool = false, readReplica: StoreLocation? = nil,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.create = create
        self.readOnly = readOnly
        self.readReplica = readReplica
        self.now = now
    }
}
