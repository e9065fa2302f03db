import Foundation
import FrontDeskCore

/// How a test target gives the contract its stores: the contract needs nothing else to know of them.
public struct StoresUnderTest {
    /// A new, empty database, and a connection to it.
    public let fresh: () throws -> FrontDeskStore
    /// A new, empty database; each call of the function returned opens one more connection to it
    /// (another terminal at the same hotel).
    public let sharedDatabase: () throws -> @Sendable () throws -> FrontDeskStore

    public init(fresh: @escaping () throws -> FrontDeskStore,
                sharedDatabase: @escaping () throws -> @Sendable () throws -> FrontDeskStore) {
        self.fresh = fresh
        self.sharedDatabase = sharedDatabase
    }
}

/// Everything a `FrontDeskStore` must do, whatever holds the data: every part of the store, one
/// list of cases named "part: case", run unchanged against any store a test target gives. The suite
/// imports no test framework: each store's test target runs every case and reports a ContractFailure.
public enum Contract {
    typealias Part = (name: String, cases: [(name: String, run: (StoresUnderTest) throws -> Void)])

    public static var caseNames: [String] { parts.flatMap { part in part.cases.map { "\(part.name): \($0.name)" } } }

    public static func run(_ name: String, on stores: StoresUnderTest) throws {
        for part in parts {
            for c in part.cases where "\(part.name): \(c.name)" == name { return try c.run(stores) }
        }
        throw ContractFailure("no contract case named \(name)")
    }

    /// Cases that take one fresh store.
    static func onFresh(_ cases: [(name: String, run: (FrontDeskStore) throws -> Void)]) -> [(name: String, run: (StoresUnderTest) throws -> Void)] {
        cases.map { c in (c.name, { stores in try c.run(try stores.fresh()) }) }
    }

    /// Cases that connect several terminals to one database.
    static func onShared(_ cases: [(name: String, run: (@escaping @Sendable () throws -> FrontDeskStore) throws -> Void)])
        -> [(name: String, run: (StoresUnderTest) throws -> Void)] {
        cases.map { c in (c.name, { stores in try c.run(try stores.sharedDatabase()) }) }
    }

    static var parts: [Part] {
        [
            ("guests", onFresh(StoreContract.cases)),
            ("guest history", onFresh(GuestHistoryContract.cases)),
            ("several terminals", onShared(SharedDatabaseContract.cases)),
            ("reads of many", onFresh(ReadsContract.cases)),
            ("romanisation", onFresh(RomanisationContract.cases)),
            ("recognition", onFresh(RecognitionContract.cases)),
            ("complaints", onFresh(ComplaintContract.cases)),
            ("complaints at several terminals", onShared(ComplaintContract.sharedCases)),
            ("traces and departments", onFresh(TraceContract.cases)),
            ("property settings", onFresh(SettingsContract.cases)),
            ("staff", onFresh(StaffContract.cases)),
            ("audit", onFresh(AuditContract.cases)),
            ("merging", onFresh(MergeContract.cases)),
            ("bulk loading", onFresh(BulkLoadingContract.cases)),
            ("administration", onFresh(AdministrationContract.cases)),
            ("data in and out", onFresh(ExchangeContract.cases)),
        ]
    }
}
