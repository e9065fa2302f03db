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
        recordContractFailure(failure)
    }
}

/// Several terminals on one SQLite file: each connection is its own store on the same path.
@Test("shared database contract", arguments: SharedDatabaseContract.caseNames)
func sharedDatabaseContract(_ name: String) throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("hotel.db")
    _ = try SQLiteGuestStore(path: path, create: true)
    do {
        try SharedDatabaseContract.run(name) { try SQLiteGuestStore(path: path, create: false) }
    } catch let failure as ContractFailure {
        recordContractFailure(failure)
    }
}

/// Staff who may sign in, each case on a fresh SQLite file.
@Test("staff contract", arguments: StaffContract.caseNames)
func staffContract(_ name: String) throws {
    let directory = try TemporaryDirectory()
    do {
        try StaffContract.run(name) { try SQLiteGuestStore(path: directory.file("hotel.db"), create: true) }
    } catch let failure as ContractFailure {
        recordContractFailure(failure)
    }
}

/// The audit trail, each case on a fresh SQLite file.
@Test("audit contract", arguments: AuditContract.caseNames)
func auditContract(_ name: String) throws {
    let directory = try TemporaryDirectory()
    do {
        try AuditContract.run(name) { try SQLiteGuestStore(path: directory.file("hotel.db"), create: true) }
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

/// Recognition: stays, arrivals, reviews, flags, settings; each case on a fresh SQLite file.
@Test("recognition contract", arguments: RecognitionContract.caseNames)
func recognitionContract(_ name: String) throws {
    let directory = try TemporaryDirectory()
    do {
        try RecognitionContract.run(name) { try SQLiteGuestStore(path: directory.file("hotel.db"), create: true) }
    } catch let failure as ContractFailure {
        recordContractFailure(failure)
    }
}
