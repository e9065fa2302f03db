import Foundation
import FrontDeskCore
import FrontDeskUI
import SQLiteStore

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
    let store: SQLiteGuestStore
    let actor = Actor(login: "maria.s", property: "DEMO", terminal: "test")
    var member = StaffMember(login: "maria.s", displayName: "Maria Silva", role: .associate, homeProperty: "DEMO")
    /// The console's clock: tests move it to watch follow-ups fall due.
    var now = ConsoleHarness.now
    private(set) var app: ConsoleApp!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteGuestStore(path: directory.appendingPathComponent("hotel.sqlite").path, create: true,
                                     now: { ConsoleHarness.now })
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Starts the console; guests added before this show in the in-house list at once.
    @discardableResult
    func start() -> ConsoleHarness {
        app = ConsoleApp(store: store, member: member, actor: actor, calendar: ConsoleHarness.utc,
                         approver: { login, pin in
                             // Sue supervises DEMO; her PIN is 2468 (the real check hashes; this is the console's side).
                             login == "sue" && pin == "2468"
                                 ? StaffMember(login: "sue", displayName: "Sue Park", role: .supervisor, homeProperty: "DEMO") : nil
                         },
                         clock: { [unowned self] in self.now })
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
    func secondTerminal() throws -> SQLiteGuestStore {
        try SQLiteGuestStore(path: store.path, create: false)
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
