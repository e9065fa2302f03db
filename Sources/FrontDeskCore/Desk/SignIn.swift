import Foundation

/// Who is at the keyboard, and the `Desk` they work at. By default the operating-system user (an
/// SSH login is the sign-in); at a shared desk someone signs in as themselves with their PIN.
/// An unknown or disabled login is refused, and five wrong PINs in fifteen minutes lock the login
/// for the rest of that time. Every refusal is audited. A database with no staff yet is being set
/// up: whoever can write it works in it as an administrator.
public enum SignIn {
    public static let attempts = 5
    public static let lockSeconds: TimeInterval = 15 * 60

    public struct Request {
        public var login: String
        /// The property named for this session (an option or the environment), if any.
        public var property: String?
        /// Where the session works when none is named and the login has no home yet.
        public var defaultProperty: String
        public var terminal: String
        /// Asks for the PIN when the login must prove itself (signing in as someone else at a shared desk).
        public var pin: (() throws -> String)?
        /// Whether this session may set up a database that has no staff yet: only one that has the
        /// data itself, never one the data is lent to (any login on a desk server).
        public var maySetUp = true

        public init(login: String, property: String?, defaultProperty: String = "MAIN", terminal: String,
                    pin: (() throws -> String)? = nil) {
            self.login = login
            self.property = property
            self.defaultProperty = defaultProperty
            self.terminal = terminal
            self.pin = pin
        }
    }

    public static func desk(_ store: FrontDeskStore, _ request: Request, pins: PinHashing,
                            calendar: Calendar = .current, clock: @escaping () -> Date = Date.init) throws -> Desk {
        let property = request.property ?? request.defaultProperty
        let actor = Actor(login: request.login, property: property, terminal: request.terminal)
        func refuse(_ reason: String) throws -> Never {
            try? store.recordRefusal(action: "sign in", subject: request.login, reason: reason, by: actor)
            throw FrontDeskError.notPermitted(reason)
        }
        guard !(try store.allStaff().isEmpty) else {
            guard request.maySetUp else {
                try refuse("this hotel has no staff yet: whoever runs this server adds the first administrator")
            }
            let setup = StaffMember(login: request.login, displayName: request.login, role: .administrator, homeProperty: property)
            return Desk(store: store, member: setup, actor: actor, pins: pins, calendar: calendar, clock: clock, isSetup: true)
        }
        guard let member = try store.staffMember(login: request.login) else {
            try refuse("'\(request.login)' is not on the staff list: an administrator adds staff with 'frontdesk staff add'")
        }
        if member.isDisabled { try refuse("'\(request.login)' is disabled and cannot sign in") }
        if let named = request.property {
            do { try Permissions.checkProperty(named, for: member) } catch FrontDeskError.notPermitted(let reason) { try refuse(reason) }
        }
        if let readPIN = request.pin {
            if try isLocked(request.login, in: store, now: clock()) {
                try refuse("'\(request.login)' is locked for 15 minutes after \(attempts) wrong PINs")
            }
            guard let setting = try store.pinSetting(login: request.login) else {
                try refuse("'\(request.login)' has no PIN yet: an administrator sets one with 'frontdesk staff set-pin \(request.login)'")
            }
            switch try store.checkPIN(login: request.login, hash: pins.hash(try readPIN(), setting: setting), attempts: attempts,
                                      lock: lockSeconds, reason: "wrong PIN for '\(request.login)'", by: actor) {
            case .matches: break
            case .locked: try refuse("'\(request.login)' is locked for 15 minutes after \(attempts) wrong PINs")
            case .wrong: throw FrontDeskError.notPermitted("wrong PIN for '\(request.login)' (forgotten? an administrator sets a new one)")
            }
        }
        let signed = Actor(login: member.login, property: member.role == .administrator ? property : member.homeProperty,
                           terminal: request.terminal)
        return Desk(store: store, member: member, actor: signed, pins: pins, calendar: calendar, clock: clock)
    }

    /// While a database has no active administrator, whoever can write it may add the first one:
    /// a desk for that alone, or nil once there is an administrator to sign in as.
    public static func firstAdministrator(_ store: FrontDeskStore, _ request: Request, pins: PinHashing) throws -> Desk? {
        guard request.maySetUp, try !store.hasActiveAdministrator() else { return nil }
        let property = request.property ?? request.defaultProperty
        let setup = StaffMember(login: request.login, displayName: request.login, role: .administrator, homeProperty: property)
        return Desk(store: store, member: setup, actor: Actor(login: request.login, property: property, terminal: request.terminal),
                    pins: pins)
    }

    /// The refusal a wrong PIN is recorded as, with the login it was typed for: at sign-in, or a
    /// supervisor's approval at an associate's terminal. Both count towards the lock.
    public static let wrongPIN = "wrong PIN"

    /// Whether `login` is locked now, after too many wrong PINs typed for it within the lock period.
    static func isLocked(_ login: String, in trail: AuditTrail, now: Date) throws -> Bool {
        try trail.refusalCount(action: wrongPIN, subject: login, since: now.addingTimeInterval(-lockSeconds)) >= attempts
    }
}
