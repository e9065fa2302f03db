import FrontDeskCore
import PostgresStore
import SQLiteStore

/// The one place a location becomes a store: nothing else names a concrete store. The console, the
/// command line and the benchmark open every store here and see it only as `FrontDeskStore`.
public enum Stores {
    public static func open(_ location: StoreLocation, _ options: StoreOpeningOptions = StoreOpeningOptions()) throws -> FrontDeskStore {
        switch location {
        case .file(let path):
            return try SQLiteGuestStore(path: path, create: options.create, readOnly: options.readOnly, now: options.now)
        case .postgres(let conninfo):
            // libpq reads the URL (or service=NAME) itself: host, socket, TLS, passfile and service file included.
            return try PostgresGuestStore(conninfo: conninfo, location: location.description, create: options.create,
                                          readOnly: options.readOnly, now: options.now)
        }
    }
}
