import Foundation
import FrontDeskCore

/// What the people who run the servers ask of a store.
enum AdministrationContract {
    static var cases: [(name: String, run: (FrontDeskStore) throws -> Void)] {
        [
            ("a new store holds this build's schema and is sound", newStore),
            ("a closed store refuses every call, saying so", closed),
        ]
    }

    static func newStore(_ store: FrontDeskStore) throws {
        try Expect.that(!store.location.isEmpty, "the store says where it is")
        try Expect.equal(try store.schemaVersion(), store.currentSchemaVersion, "the schema this build writes")
        try Expect.equal(try store.migrate(), store.currentSchemaVersion, "nothing left to migrate")
        try Expect.equal(try store.integrityCheck(), [], "a sound store")
    }

    static func closed(_ store: FrontDeskStore) throws {
        store.close()
        try Expect.fails("a read after closing", as: { if case .unavailable = $0 { return true } else { return false } }) {
            try store.guestCount()
        }
        try Expect.fails("a write after closing", as: { if case .unavailable = $0 { return true } else { return false } }) {
            try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: Actor(login: "ana", property: "LIS"))
        }
    }
}
