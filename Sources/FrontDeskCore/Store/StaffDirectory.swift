/// Who may sign in, in what role. Staff are disabled, never deleted, so every signature in the
/// history still names someone; each change is recorded with who made it.
/// The store keeps PIN hashes only; `Desk` hashes and checks PINs (`PinHashing`), and
/// a change that would leave no active administrator is refused.
public protocol StaffDirectory: AnyObject {
    func addStaff(_ member: StaffMember, by actor: Actor) throws
    func staffMember(login: String) throws -> StaffMember?
    func allStaff() throws -> [StaffMember]
    func setRole(login: String, role: Role, by actor: Actor) throws
    func setPinHash(login: String, hash: String, by actor: Actor) throws
    func pinHash(login: String) throws -> String?
    func disableStaff(login: String, by actor: Actor) throws
    /// While there is none, whoever can write the database may create the first administrator.
    func hasActiveAdministrator() throws -> Bool
}
