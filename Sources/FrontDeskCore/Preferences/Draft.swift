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

    /// How long a health, religion or sobriety note stays without the guest's consent: long enough
    /// to finish after an interruption, not long enough to become a record nobody agreed to.
    public static let unconsentedLifetime: TimeInterval = 24 * 60 * 60

    /// A sensitive note without consent, kept longer than that.
    public func hasExpired(at now: Date) -> Bool {
        preference.category.isSensitive && !preference.consent && now.timeIntervalSince(savedAt) > Self.unconsentedLifetime
    }
}
