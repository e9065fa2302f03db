import Foundation

/// Who may sign in, in what role. Staff are disabled, never deleted, so every signature in the
/// history still names someone; each change is recorded with who made it.
/// The store keeps PIN hashes only, and never hands one out: `Desk` hashes a typed PIN with the
/// stored hash's setting (`PinHashing`) and asks the store whether the result is the stored hash.
/// A change that would leave no active administrator is refused.
public protocol StaffDirectory: AnyObject {
    func addStaff(_ member: StaffMember, by actor: Actor) throws
    func staffMember(login: String) throws -> StaffMember?
    func allStaff() throws -> [StaffMember]
    func setRole(login: String, role: Role, by actor: Actor) throws
    func setPinHash(login: String, hash: String, by actor: Actor) throws
    /// How the login's PIN was hashed (algorithm and salt: the hash without its last `$` part);
    /// nil when it has none.
    func pinSetting(login: String) throws -> String?
    /// Whether `hash` (nil: none could be made) is the login's stored PIN hash, decided and counted
    /// in one transaction, so guesses at once from many terminals count alike: with `attempts`
    /// wrong ones in the last `lock` seconds, wherever typed, no hash is compared (`.locked`); a
    /// wrong one is recorded as a refusal by `actor` in the same transaction, so one that cannot
    /// be recorded is not checked either.
    func checkPIN(login: String, hash: String?, attempts: Int, lock: TimeInterval, reason: String, by actor: Actor) throws -> PINCheck
    func disableStaff(login: String, by actor: Actor) throws
    /// While there is none, whoever can write the database may create the first administrator.
    func hasActiveAdministrator() throws -> Bool
    /// The fewest digits a new PIN may have, as the chain set it (nil: never set, the default applies).
    func minimumPINDigits() throws -> Int?
    /// Kept as history; the latest applies to every hotel of the chain.
    func setMinimumPINDigits(_ digits: Int, by actor: Actor) throws
}

/// What a PIN check found.
public enum PINCheck: Sendable, Equatable {
    case matches
    case wrong
    /// Too many wrong PINs lately: nothing was compared.
    case locked
}
