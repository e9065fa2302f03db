import FrontDeskCore
import SQLiteStore

/// The one place a location becomes a store: nothing else names a concrete store. The console, the
/// command line and the benchmark open every store here and see it only as `FrontDeskStore`.
public enum Stores {
    public static func open(_ location: StoreLocation, _ options: StoreOpeningOptions = StoreOpeningOptions()) throws -> FrontDeskStore {
        switch location {
        case .file(let path):
            return try SQLiteGuestStore(path: path, create: options.create, readOnly: options.readOnly, now: options.now)
        case .postgres:
            throw FrontDeskError.unavailable(
                "\(location) is a PostgreSQL database, and this build of frontdesk opens only SQLite files: give --db a file path")
        }
    }
}
