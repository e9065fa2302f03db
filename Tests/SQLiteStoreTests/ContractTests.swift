import FrontDeskCore
import SQLiteStore
import StoreContract
import Testing

/// The store contract every GuestStore passes, each case on a fresh SQLite file.
@Test("store contract", arguments: StoreContract.caseNames)
func contract(_ name: String) throws {
    let directory = try TemporaryDirectory()
    do {
        try StoreContract.run(name) { try SQLiteGuestStore(path: directory.file("hotel.db"), create: true) }
    } catch let failure as ContractFailure {
        Issue.record(Comment(rawValue: failure.message),
                     sourceLocation: SourceLocation(fileID: failure.fileID, filePath: failure.filePath,
                                                    line: failure.line, column: 1))
    }
}
