import Foundation
import FrontDeskCore

/// The part of the contract about many terminals on one database: each case gets `connect`,
/// which opens one more connection (another terminal) to the same fresh database.
enum SharedDatabaseContract {
    typealias Case = (name: String, run: (_ connect: @escaping @Sendable () throws -> FrontDeskStore) throws -> Void)

    static var cases: [Case] {
        [
            ("several terminals writing at once lose nothing", concurrentWriters),
            ("another terminal's commit changes the token", changeToken),
            ("PINs guessed at once from many terminals lock the login after five", pinGuessesAtOnce),
        ]
    }

    static func concurrentWriters(_ connect: @escaping @Sendable () throws -> FrontDeskStore) throws {
        let guest = try connect().addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: StoreContract.desk)
        let writers = 4, each = 20
        let failures = LockedList()
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            do {
                let store = try connect()
                let actor = Actor(login: "writer\(w)", property: "LIS", terminal: "t\(w)")
                for n in 0..<each {
                    let id = try store.recordPreference(
                        NewPreference(guestID: guest, category: .other, detail: "note \(w)-\(n)"), by: actor)
                    if n % 5 == 0 { try store.confirmPreference(id: id, by: actor) }
                    _ = try store.searchGuests("lima", limit: 5)
                }
            } catch {
                failures.append("writer \(w): \(error)")
            }
        }
        try Expect.equal(failures.items, [], "failed writes (none may see a locked database)")
        let preferences = try connect().profile(guestID: guest)?.preferences ?? []
        try Expect.equal(Set(preferences.map(\.detail)).count, writers * each, "distinct preferences saved")
        try Expect.equal(preferences.filter { $0.confirmations == 1 }.count, writers * each / 5, "confirmed ones")
    }

    static func pinGuessesAtOnce(_ connect: @escaping @Sendable () throws -> FrontDeskStore) throws {
        let admin = Actor(login: "sam", property: "LIS", terminal: "hq")
        let first = try connect()
        try first.addStaff(StaffMember(login: "sue", displayName: "Sue", role: .supervisor, homeProperty: "LIS"), by: admin)
        try first.setPinHash(login: "sue", hash: "$y$j9T$salt$right", by: admin)
        let outcomes = LockedList()
        DispatchQueue.concurrentPerform(iterations: 4) { t in
            do {
                let store = try connect()
                for n in 0..<5 {
                    let check = try store.checkPIN(login: "sue", hash: "$y$j9T$salt$guess\(t)-\(n)", attempts: 5, lock: 900,
                                                   reason: "wrong PIN for 'sue'", by: Actor(login: "x", property: "LIS", terminal: "t\(t)"))
                    outcomes.append("\(check)")
                }
            } catch {
                outcomes.append("error: \(error)")
            }
        }
        try Expect.equal(outcomes.items.filter { $0 == "wrong" }.count, 5, "five compared and refused, whichever terminal")
        try Expect.equal(outcomes.items.filter { $0 == "locked" }.count, 15, "the rest never compared: \(outcomes.items.filter { $0.hasPrefix("error") })")
        try Expect.equal(try first.checkPIN(login: "sue", hash: "$y$j9T$salt$right", attempts: 5, lock: 900, reason: "", by: admin),
                         .locked, "locked for the right PIN too")
        try Expect.equal(try first.refusalCount(action: "wrong PIN", subject: "sue", since: .distantPast), 5, "each wrong one recorded once")
    }

    static func changeToken(_ connect: @escaping @Sendable () throws -> FrontDeskStore) throws {
        let console = try connect()
        let other = try connect()
        let before = try console.changeToken()
        try Expect.equal(try console.changeToken(), before, "token with nothing happening")
        _ = try other.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: StoreContract.porto)
        let afterOther = try console.changeToken()
        try Expect.that(afterOther != before, "another connection's commit is seen")
        _ = try console.searchGuests("lima", limit: 5)
        try Expect.equal(try console.changeToken(), afterOther, "reads change nothing")
    }
}

/// Failures collected from several threads.
final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
    var items: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
