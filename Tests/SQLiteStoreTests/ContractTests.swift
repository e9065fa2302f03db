import FrontDeskCore
import SQLiteStore
import StoreContract
import Testing

/// The whole store contract, every case on its own new SQLite file (and, for the cases about
/// several terminals, several connections to one).
@Test("store contract", arguments: Contract.caseNames)
func contract(_ name: String) throws {
    let directory = try TemporaryDirectory()
    let stores = StoresUnderTest(
        fresh: { try SQLiteGuestStore(path: directory.file("hotel.db"), create: true) },
        sharedDatabase: {
            let path = directory.file("shared.db")
            _ = try SQLiteGuestStore(path: path, create: true)
            return { try SQLiteGuestStore(path: path, create: false) }
        })
    do {
        try Contract.run(name, on: stores)
    } catch let failure as ContractFailure {
        recordContractFailure(failure)
    }
}

/// A contract case's failure, reported at the contract's own line.
func recordContractFailure(_ failure: ContractFailure) {
    Issue.record(Comment(rawValue: failure.message),
                 sourceLocation: SourceLocation(fileID: failure.fileID, filePath: failure.filePath,
                                                line: failure.line, column: 1))
}
