import Foundation
import FrontDeskCore
import FrontDeskStores
import FrontDeskUI

/// A console on a real SQLite file in a temporary directory, driven by keys, read as text.
final class ConsoleHarness {
    static let now = Date(timeIntervalSince1970: 1_795_341_600) // 2026-11-22 10:00 UTC
    /// The screens are read in UTC whatever the machine's time zone.
    static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
    let directory: URL
    let store: FrontDeskStore
    /// What the console writes through: `failing.failure` makes every write fail, as a locked,
    /// full or read-only database does.
    let failing: FailingStore
    let actor = Actor(login: "maria.s", property: "DEMO", terminal: "test")
    var member = StaffMember(login: "maria.s", displayName: "Maria Silva", role: .associate, homeProperty: "DEMO")
    /// The console's clock: tests move it to watch follow-ups fall due.
    var now = ConsoleHarness.now
    private(set) var app: ConsoleApp!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try Stores.open(.file(directory.appendingPathComponent("hotel.sqlite").path),
                                StoreOpeningOptions(create: true, now: { ConsoleHarness.now }))
        failing = FailingStore(store)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Starts the console; guests added before this show in the in-house list at once.
    @discardableResult
    func start() -> ConsoleHarness {
        let desk = Desk(store: failing, member: member, actor: actor, pins: TestPINs(), calendar: ConsoleHarness.utc,
                        clock: { [unowned self] in self.now })
        app = ConsoleApp(desk: desk)
        return self
    }

    @discardableResult
    func addGuest(_ given: String, _ family: String, vip: VIPLevel = .none, loyalty: String? = nil,
                  room: String? = nil) throws -> Int64 {
        let id = try store.addGuest(NewGuest(givenName: given, familyName: family, vip: vip, loyaltyNumber: loyalty), by: actor)
        if let room {
            let today = Day(ConsoleHarness.now, calendar: ConsoleHarness.utc)
            _ = try store.addStay(guestID: id, room: room, arrival: today.adding(days: -1), departure: today.adding(days: 2),
                                  status: .inHouse, by: actor)
        }
        return id
    }

    /// A second connection to the same file: another terminal at the same hotel.
    func secondTerminal() throws -> FrontDeskStore {
        try Stores.open(.file(store.location))
    }

    /// Another terminal whose clock says `date`, to record things at chosen times.
    func terminal(at date: Date) throws -> FrontDeskStore {
        try Stores.open(.file(store.location), StoreOpeningOptions(now: { date }))
    }

    /// Sue supervises DEMO; her PIN is 246813.
    func addSupervisorSue() throws {
        try store.addStaff(StaffMember(login: "sue", displayName: "Sue Park", role: .supervisor, homeProperty: "DEMO"), by: actor)
        try store.setPinHash(login: "sue", hash: try TestPINs().hash("246813"), by: actor)
    }

    func type(_ text: String) {
        for ch in text { app.handle(.character(ch)) }
    }

    func press(_ keys: Key...) {
        for key in keys { app.handle(key) }
    }

    func screen(_ width: Int = 80, _ height: Int = 24) -> Canvas {
        app.render(width: width, height: height)
    }

    func lines(_ width: Int = 80, _ height: Int = 24) -> [String] {
        screen(width, height).lines
    }

    /// The first row holding the text, for checking its style roles.
    func row(containing text: String, _ width: Int = 80, _ height: Int = 24) -> Int? {
        lines(width, height).firstIndex { $0.contains(text) }
    }
}

/// PINs for console tests: the real hashing (yescrypt) is the executable's and is tested end to end.
struct TestPINs: PinHashing {
    func hash(_ pin: String) throws -> String { "test$" + pin }
    func hash(_ pin: String, setting: String?) -> String? { setting.map { $0 + "$" + pin } }
}
