import Foundation

/// One member of staff signed in at one property, and every action they can take. Each action is
/// one function here that checks the permission (`Permissions`), applies the rule, writes through the
/// store, and records a refusal in the audit trail: the console, the command line and the importer
/// call the same function, so none of them holds a rule of its own. Made by `SignIn`.
public final class Desk {
    public let store: FrontDeskStore
    /// Who is signed in, as the staff list says now (`refreshMember` rereads it).
    public private(set) var member: StaffMember
    /// Who, where and at which terminal: stamped on every write.
    public let actor: Actor
    /// Checks a PIN typed here (a supervisor approving an offer) and hashes new ones.
    public let pins: PinHashing
    /// The hotel's calendar: which day it is at the desk.
    public let calendar: Calendar
    let clock: () -> Date

    /// Made while the database had no staff (being set up): it lasts only until the first member
    /// is added, at this terminal or any other.
    public let isSetup: Bool

    public init(store: FrontDeskStore, member: StaffMember, actor: Actor, pins: PinHashing,
                calendar: Calendar = .current, clock: @escaping () -> Date = Date.init, isSetup: Bool = false) {
        self.store = store
        self.isSetup = isSetup
        self.member = member
        self.actor = actor
        self.pins = pins
        self.calendar = calendar
        self.clock = clock
    }

    public var property: String { actor.property }
    public var now: Date { clock() }
    public var today: Day { Day(clock(), calendar: calendar) }

    /// The staff list as it stands now: a role changed or a login disabled elsewhere applies at once.
    /// A setup desk keeps its member while there are no staff; once there are, it is a member's
    /// own desk if they were added, else it may do nothing more (`setupHasEnded`).
    @discardableResult
    public func refreshMember() throws -> StaffMember {
        if let fresh = try store.staffMember(login: member.login) {
            member = fresh
        } else if isSetup, !(try store.allStaff().isEmpty) {
            member.isDisabled = true
            setupHasEnded = true
        }
        return member
    }

    /// Staff were added after this setup desk was opened, and its login is not among them.
    public private(set) var setupHasEnded = false

    public func complaintSettings() throws -> ComplaintSettings { try store.complaintSettings(property: property) }
    public func recognitionSettings() throws -> RecognitionSettings { try store.recognitionSettings(property: property) }
    public func vipCatalog() throws -> VIPCatalog { try store.vipCatalog() }
    /// The currency amounts are typed in here: the property's.
    public func currency() throws -> String { try complaintSettings().limit.currency }

    /// Runs a permission check; a refusal is kept in the audit trail before it is thrown on.
    /// The refusal stands even if the trail cannot take it (a read-only file, say).
    func audited<T>(_ action: String, subject: String, _ body: () throws -> T) throws -> T {
        do {
            try checkSetup()
            return try body()
        } catch FrontDeskError.notPermitted(let reason) {
            try? store.recordRefusal(action: action, subject: subject, reason: reason, by: actor)
            throw FrontDeskError.notPermitted(reason)
        } catch let refusal as RuleRefusal {
            try? store.recordRefusal(action: action, subject: subject, reason: refusal.reason, by: actor)
            throw FrontDeskError.notPermitted(refusal.reason)
        }
    }

    /// A write whose permission is checked inside the store's transaction (`authorize`): only what
    /// the rules refuse is audited, never the store's own failure (a read-only file is no refusal).
    func auditedWrite<T>(_ action: String, subject: String, _ body: () throws -> T) throws -> T {
        do {
            try checkSetup()
            return try body()
        } catch let refusal as RuleRefusal {
            try? store.recordRefusal(action: action, subject: subject, reason: refusal.reason, by: actor)
            throw FrontDeskError.notPermitted(refusal.reason)
        }
    }

    /// A setup desk rechecks before each action: set-up rights end the moment the first member of
    /// staff exists, whichever terminal added them.
    private func checkSetup() throws {
        guard isSetup else { return }
        try refreshMember()
        if setupHasEnded {
            throw FrontDeskError.notPermitted("setup has ended: staff have been added, so '\(member.login)' must be one of them to go on")
        }
    }

    /// Inside a write: a rule's refusal, marked as such for `auditedWrite`.
    func rules(_ check: () throws -> Void) throws {
        do { try check() } catch FrontDeskError.notPermitted(let reason) { throw RuleRefusal(reason: reason) }
    }

    /// Disabled staff may do nothing: checked before every write, and audited.
    func requireActive(_ action: String, subject: String) throws {
        try audited(action, subject: subject) { try Permissions.checkActive(member, action) }
    }

    /// What a rule refused inside a store's transaction, told apart from the store's own errors.
    struct RuleRefusal: Error { let reason: String }

    /// Refuses at once, audited.
    func refuse(_ action: String, subject: String, _ reason: String) throws -> Never {
        try? store.recordRefusal(action: action, subject: subject, reason: reason, by: actor)
        throw FrontDeskError.notPermitted(reason)
    }
}
