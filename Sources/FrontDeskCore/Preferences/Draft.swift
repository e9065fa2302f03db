import Foundation

/// A half-written pad kept when the console had to close, offered back to the same associate.
public struct Draft: Sendable, Equatable, Codable {
    public var login: String
    public var guestID: Int64
    public var preference: NewPreference
    public var savedAt: Date

    public init(login: String, guestID: Int64, preference: NewPreference, savedAt: Date) {
        self.login = login
        self.guestID = guestID
        self.preference = preference
        self.savedAt = savedAt
    }
}
