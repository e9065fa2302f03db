import Foundation
import FrontDeskCore

extension SQLGuestStore: PropertySettingsStore {
    public func complaintSettings(property: String) throws -> ComplaintSettings {
        try complaintSettings(property: property, at: .distantFuture)
    }

    public func complaintSettings(property: String, at date: Date) throws -> ComplaintSettings {
        try db.first("""
            SELECT low_minutes, medium_minutes, high_minutes, limit_minor, currency FROM property_settings
            WHERE property = ? AND at <= ? ORDER BY id DESC LIMIT 1
            """, [.text(property), .real(date.unixSeconds)]) { row in
            ComplaintSettings(policy: FollowUpPolicy(low: Int(row.int(0)), medium: Int(row.int(1)), high: Int(row.int(2))),
                              limit: CompensationLimit(amountMinor: row.int(3), currency: row.text(4)))
        } ?? ComplaintSettings()
    }

    public func homeProperty() throws -> String? {
        try db.first("SELECT value FROM database_settings WHERE name = 'home-property' ORDER BY id DESC LIMIT 1") { $0.text(0) }
    }

    public func setHomeProperty(_ code: String, by actor: Actor) throws {
        let code = try PropertyCode.validated(code)
        try write { try addDatabaseSetting("home-property", code, by: actor) }
    }

    public func minimumPINDigits() throws -> Int? {
        try db.first("SELECT value FROM database_settings WHERE name = 'pin-digits' ORDER BY id DESC LIMIT 1") { Int($0.text(0)) } ?? nil
    }

    public func setMinimumPINDigits(_ digits: Int, by actor: Actor) throws {
        try write { try addDatabaseSetting("pin-digits", String(digits), by: actor) }
    }

    /// One row of the database's settings history, inside the caller's write.
    package func addDatabaseSetting(_ name: String, _ value: String, by actor: Actor) throws {
        try db.run("""
            INSERT INTO database_settings (name, value, login, at, property, terminal) VALUES (?, ?, ?, ?, ?, ?)
            """, [.text(name), .text(value), .text(actor.login), .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
    }

    public func setComplaintSettings(_ settings: ComplaintSettings, property: String, by actor: Actor) throws {
        let policy = try settings.policy.validated()
        guard settings.limit.amountMinor >= 0 else { throw FrontDeskError.invalid("the compensation limit cannot be negative") }
        let currency = try Compensation(amountMinor: 0, currency: settings.limit.currency, kind: .other).validated().currency
        try write {
            try db.run("""
                INSERT INTO property_settings (property, low_minutes, medium_minutes, high_minutes, limit_minor, currency,
                                               at, login, actor_property, terminal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(property), .int(Int64(policy.lowMinutes)), .int(Int64(policy.mediumMinutes)),
                      .int(Int64(policy.highMinutes)), .int(settings.limit.amountMinor), .text(currency),
                      .real(now().unixSeconds), .text(actor.login), .text(actor.property), .text(actor.terminal)])
        }
    }
}
