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

    static func withoutPassword(_ url: String) -> String {
        // The credentials end at the last "@" before the host's path: a password may hold an "@" itself.
        guard let scheme = url.range(of: "://") else { return url }
        let authority = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" }
        guard let at = authority.lastIndex(of: "@") else { return url }
        let credentials = url[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}

/// How a store is opened: an existing one only, or created when missing; and the clock its
/// signatures read (tests fix it).
public struct StoreOpeningOptions: Sendable {
    public var create: Bool
    public var readOnly: Bool
    public var now: @Sendable () -> Date

    public init(create: Bool = false, readOnly: Bool = false, now: @escaping @Sendable () -> Date = { Date() }) {
        self.create = create
        self.readOnly = readOnly
        self.now = now
    }
}
