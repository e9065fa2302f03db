import FrontDeskCore
import PostgresStore
import PostgresTestServer
import StoreContract
import Testing

/// The whole store contract on PostgreSQL, the same cases the SQLite file passes: each case on
/// its own new database (and, for the cases about several terminals, several connections to one).
@Test("store contract on PostgreSQL", .enabled(if: !PostgresTestServer.isSkipped), arguments: Contract.caseNames)
func contract(_ name: String) throws {
    try runContract(name, fresh: ChainDatabase.fresh, open: { try ChainDatabase.open($0) })
}
