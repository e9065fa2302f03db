import Foundation
import FrontDeskCore
import FrontDeskStores
import Testing

/// The one opening function: a location a person names becomes a store, or a clear refusal.
@Suite struct OpeningTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-open-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    @Test func aFilePathOpensTheHotelFileAndCreatesItOnlyWhenAsked() throws {
        let path = directory.appendingPathComponent("hotel.sqlite").path
        #expect(throws: FrontDeskError.notFound("no database at \(path)")) { try Stores.open(StoreLocation(path)) }
        let created = try Stores.open(StoreLocation(path), StoreOpeningOptions(create: true))
        _ = try created.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: Actor(login: "ana", property: "LIS"))
        created.close()
        let again = try Stores.open(.file(path))
        #expect(try again.guestCount() == 1)
        #expect(again.location == path)
        try? FileManager.default.removeItem(at: directory)
    }

    @Test func aPostgresURLIsRecognisedAndItsPasswordNeverShown() throws {
        let location = StoreLocation("postgresql://desk:s3cret@db.example.com/chain")
        #expect(location == .postgres("postgresql://desk:s3cret@db.example.com/chain"))
        #expect(location.description == "postgresql://desk:***@db.example.com/chain")
        #expect(StoreLocation("postgres://desk:p@ss@db.example.com/chain?x=a@b").description == "postgres://desk:***@db.example.com/chain?x=a@b")
        #expect(StoreLocation("postgres://desk@db.example.com/chain?sslmode=require&password=s3cret&x=1").description
                == "postgres://desk@db.example.com/chain?sslmode=require&password=***&x=1")
        #expect(StoreLocation("service=chain password=s3cret user=desk").description == "service=chain password=*** user=desk")
        #expect(StoreLocation("service=chain password = 'it s3cret' user=desk").description == "service=chain password = *** user=desk")
        #expect(StoreLocation("service=chain") == .postgres("service=chain"), "a pg_service.conf entry")
        // Nothing listens on port 1: the server is named in the message, the password never.
        let unreachable = StoreLocation("postgresql://desk:s3cret@127.0.0.1:1/chain")
        do {
            _ = try Stores.open(unreachable)
            Issue.record("a database nobody serves was opened")
        } catch let error as FrontDeskError {
            guard case .unavailable(let message) = error else { Issue.record("\(error)"); return }
            #expect(message.contains("cannot reach the database at postgresql://desk:***@127.0.0.1:1/chain"))
            #expect(!message.contains("s3cret"))
        }
        #expect(!FileManager.default.fileExists(atPath: "postgresql:"), "no file is made of a URL")
    }
}
