import FrontDeskCore
import StoreContract
import Testing

/// Runs one case of the store contract on chain databases: `fresh` makes a new one and names it,
/// `open` connects a terminal to it. A broken promise is reported where the contract makes it.
func runContract(_ name: String, fresh: @escaping () throws -> String,
                 open: @escaping @Sendable (String) throws -> FrontDeskStore) throws {
    let stores = StoresUnderTest(
        fresh: { try open(try fresh()) },
        sharedDatabase: {
            let database = try fresh()
            return { try open(database) }
        })
    do {
        try Contract.run(name, on: stores)
    } catch let failure as ContractFailure {
        Issue.record(Comment(rawValue: failure.message),
                     sourceLocation: SourceLocation(fileID: failure.fileID, filePath: failure.filePath,
                                                    line: failure.line, column: 1))
    }
}
