import FrontDeskCore
import PostgresStore
import SQLiteStore

/// The one place a location becomes a store: nothing else names a concrete store. The console, the
/// command line and the benchmark open every store here and see it only as `FrontDeskStore`.
public enum Stores {
    public static func open(_ location: StoreLocation, _ options: StoreOpeningOptions = StoreOpeningOptions()) throws -> FrontDeskStore {
        switch (location, options.readReplica) {
        case (.file(let path), nil):
            return try SQLiteGuestStore(path: path, create: options.create, readOnly: options.readOnly, now: options.now)
        case (.postgres(let conninfo), nil):
            // libpq reads the URL (or service=NAME) itself: host, socket, TLS, passfile and service file included.
            return try PostgresGuestStore(conninfo: conninfo, location: location.description, create: options.create,
                                          readOnly: options.readOnly, now: options.now)
        case (.postgres(let conninfo), .postgres(let replica)?):
            return try PostgresGuestStore(conninfo: conninfo, location: location.description, create: options.create,
                                          readOnly: options.readOnly,
                                          replica: (replica, StoreLocation.postgres(replica).description), now: options.now)
        case (.file, let replica?):
            throw FrontDeskError.invalid("a read replica (\(replica)) serves a chain database on PostgreSQL, "
                                         + "and \(location) is a hotel's own file: leave the replica out")
        case (.postgres, .file(let replica)?):
            throw FrontDeskError.invalid("a read replica is a PostgreSQL standby: name it with a postgres:// URL or service=NAME, not '\(replica)'")
        }
    }
}
