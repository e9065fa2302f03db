import Foundation
import Testing
@testable import FrontDeskCore

/// The demo greets its guests as their names say: never "Ms Søren" or "Mr Nguyễn Thị Bích".
@Suite struct DemoTitleTests {
    final class Guests: BulkSink {
        var added: [NewGuest] = []
        func addGuest(_ guest: NewGuest, createdAt: Date, actor: Actor) throws -> Int64 { added.append(guest); return Int64(added.count) }
        func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus, revenueMinor: Int64,
                     createdAt: Date?, actor: Actor) throws -> Int64 { 1 }
        func updateStay(id: Int64, room: String, departure: Day, status: StayStatus?, revenueMinor: Int64?,
                        actor: Actor) throws -> Bool { false }
        func addPreference(_ preference: NewPreference, recordedAt: Date, actor: Actor) throws -> Int64 { 1 }
        func confirm(preferenceID: Int64, at date: Date, actor: Actor) throws {}
        func updateGuest(id: Int64, to guest: NewGuest, actor: Actor) throws -> [GuestChange] { [] }
        func retire(preferenceID: Int64, reason: String, at date: Date, actor: Actor) throws {}
    }

    @Test func titlesAgreeWithTheNames() throws {
        let sink = Guests()
        try DemoGenerator(guests: 400, property: "DEMO", today: Day("2026-11-22")!).generate(into: sink)
        for guest in sink.added {
            switch guest.title {
            case "Ms": #expect(DemoNames.feminine.contains(guest.givenName), "Ms \(guest.givenName) \(guest.familyName)")
            case "Mr": #expect(!DemoNames.feminine.contains(guest.givenName) && !DemoNames.eitherOrNeither.contains(guest.givenName),
                               "Mr \(guest.givenName) \(guest.familyName)")
            default: #expect(guest.title.isEmpty)
            }
        }
        #expect(!sink.added.contains { $0.givenName == "Søren" && $0.title == "Ms" })
        #expect(!sink.added.contains { $0.givenName == "Thị Bích" && $0.title == "Mr" })
        #expect(sink.added.contains { $0.title == "Ms" } && sink.added.contains { $0.title == "Mr" })
    }
}
