import FrontDeskCore
import PostgresStore
import PostgresTestServer
import StoreContract
import Testing

/// The whole store contract on PostgreSQL, the same cases the SQLite file passes: each case on
/// its own new database (and, for the cases about several terminals, several connections to one).
@Test("store contract on PostgreSQL", .enabled(if: !PostgresTestServer.isSkipped), arguments: Contract.caseNames)
func contract(_ name: String) throws {
    let stores = StoresUnderTest(
        fresh: { try ChainDatabase.open(try ChainDatabase.fresh()) },
        sharedDatabase: {
            let database = try ChainDatabase.fresh()
            return { try ChainDatabase.open(database) }
        })
    do {
        try Contract.run(name, on: stores)
    } catch let failure as ContractFailure {
        Issue.record(Comment(rawValue: failure.message),
                     sourceLocation: SourceLocation(fileID: failure.fileID, filePath: failure.filePath,
                                                    line: failure.line, column: 1))
    }
}
