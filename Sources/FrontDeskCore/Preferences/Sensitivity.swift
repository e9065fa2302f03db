/// Health, religion and sobriety are kept only with the guest's agreement and shown only to
/// those who need them (`Permissions.maySeeSensitive`). Everyone else sees that something is kept, not what.
public enum Sensitivity {
    /// The preferences a role may read, and how many were held back.
    public static func visible(_ preferences: [Preference], to role: Role) -> (shown: [Preference], hidden: Int) {
        if Permissions.maySeeSensitive(role) { return (preferences, 0) }
        let shown = preferences.filter { !$0.isSensitive }
        return (shown, preferences.count - shown.count)
    }
}
