/// Errors a user can act on; each message names what and where.
public enum FrontDeskError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Input that cannot be accepted (bad option, empty name, unknown category).
    case invalid(String)
    /// Something named does not exist (a guest id, a preference, a file).
    case notFound(String)
    /// The data file exists but cannot be used as it is (not frontdesk's, corrupt, too new).
    case badData(String)
    /// The database is there but cannot be used now (locked, busy, full).
    case unavailable(String)
    /// The operating system refused (permissions, read-only file).
    case notPermitted(String)

    /// The same error, its message led by where it happened ("guests.csv: line 5120").
    public func at(_ place: String) -> FrontDeskError {
        switch self {
        case .invalid(let m): return .invalid("\(place): \(m)")
        case .notFound(let m): return .notFound("\(place): \(m)")
        case .badData(let m): return .badData("\(place): \(m)")
        case .unavailable(let m): return .unavailable("\(place): \(m)")
        case .notPermitted(let m): return .notPermitted("\(place): \(m)")
        }
    }

    public var description: String {
        switch self {
        case .invalid(let m), .notFound(let m), .badData(let m), .unavailable(let m), .notPermitted(let m):
            return m
        }
    }
}
