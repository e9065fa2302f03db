/// Each property's complaint settings; a property that set none uses the defaults.
/// Changes are kept as history, the latest one applies.
public protocol PropertySettingsStore: AnyObject {
    func complaintSettings(property: String) throws -> ComplaintSettings
    func setComplaintSettings(_ settings: ComplaintSettings, property: String, by actor: Actor) throws
}
