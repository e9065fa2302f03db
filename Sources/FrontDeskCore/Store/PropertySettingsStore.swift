import Foundation

/// Each property's complaint settings; a property that set none uses the defaults.
/// Changes are kept as history: the latest applies from when it was set.
public protocol PropertySettingsStore: AnyObject {
    func complaintSettings(property: String) throws -> ComplaintSettings
    /// The settings in force at `date`: the latest set by then, else the defaults.
    func complaintSettings(property: String, at date: Date) throws -> ComplaintSettings
    func setComplaintSettings(_ settings: ComplaintSettings, property: String, by actor: Actor) throws

    /// The property a single hotel's database was made for (`db init --property`, the demo's DEMO):
    /// where a session works when none is named. Nil when none was recorded.
    func homeProperty() throws -> String?
    /// Kept as history; the latest applies. The code is checked (`PropertyCode`).
    func setHomeProperty(_ code: String, by actor: Actor) throws
}
