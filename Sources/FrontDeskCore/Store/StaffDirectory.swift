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
    /// Whether `hash` is the login's stored PIN hash.
    func pinMatches(login: String, hash: String) throws -> Bool
    func disableStaff(login: String, by actor: Actor) throws
    /// While there is none, whoever can write the database may create the first administrator.
    func hasActiveAdministrator() throws -> Bool
}
