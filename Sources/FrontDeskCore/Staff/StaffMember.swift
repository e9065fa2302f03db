/// A person who signs in at the desk. Staff are disabled, never deleted, so every
/// signature in the history still names someone.
public struct StaffMember: Sendable, Equatable, Codable {
    public var login: String
    public var displayName: String
    public var role: Role
    /// The property whose complaints a supervisor works.
    public var homeProperty: String
    public var isDisabled: Bool

    public init(login: String, displayName: String, role: Role, homeProperty: String, isDisabled: Bool = false) {
        self.login = login
        self.displayName = displayName
        self.role = role
        self.homeProperty = homeProperty
        self.isDisabled = isDisabled
    }
}
