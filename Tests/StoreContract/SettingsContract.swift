import Foundation
import FrontDeskCore

/// Each property's complaint settings: defaults until set, the latest applies, each property its
/// own, nothing invalid kept, every change in the audit trail.
enum SettingsContract {
    static var cases: [(name: String, run: (FrontDeskStore) throws -> Void)] {
        [
            ("complaint settings: the defaults, then the latest change, per property", latestPerProperty),
            ("complaint settings that make no sense are refused", refused),
            ("the property a database was made for: none until set, then the latest", homeProperty),
        ]
    }

    static let admin = Actor(login: "root", property: "LIS", terminal: "office")

    static func latestPerProperty(_ store: FrontDeskStore) throws {
        try Expect.equal(try store.complaintSettings(property: "LIS"), ComplaintSettings(), "a property that set nothing")
        let first = ComplaintSettings(policy: FollowUpPolicy(low: 60, medium: 30, high: 10),
                                      limit: CompensationLimit(amountMinor: 10_000, currency: "EUR"))
        let second = ComplaintSettings(policy: FollowUpPolicy(low: 45, medium: 20, high: 5),
                                       limit: CompensationLimit(amountMinor: 500_000, currency: "JPY"))
        try store.setComplaintSettings(first, property: "LIS", by: admin)
        try store.setComplaintSettings(second, property: "LIS", by: admin)
        try Expect.equal(try store.complaintSettings(property: "LIS"), second, "the latest applies")
        try Expect.equal(try store.complaintSettings(property: "OPO"), ComplaintSettings(), "another property keeps its own")
        let trail = try store.auditTrail(login: "root", since: nil, limit: 10)
        try Expect.equal(trail.filter { $0.action == "settings changed" && $0.subject == "property LIS" }.count, 2,
                         "each change is in the audit trail")
    }

    static func homeProperty(_ store: FrontDeskStore) throws {
        try Expect.equal(try store.homeProperty(), nil, "a new database was made for no property yet")
        try store.setHomeProperty("lis", by: admin)
        try store.setHomeProperty("OPO", by: admin)
        try Expect.equal(try store.homeProperty(), "OPO", "the latest applies")
        try Expect.fails("a code that is no property", as: \.isInvalid) { try store.setHomeProperty("two words", by: admin) }
        try Expect.equal(try store.homeProperty(), "OPO", "nothing refused was kept")
        try Expect.that(try store.auditTrail(login: "root", since: nil, limit: 10).contains { $0.action == "database setting changed" },
                        "the change is in the audit trail")
    }

    static func refused(_ store: FrontDeskStore) throws {
        try Expect.fails("a follow-up of no minutes", as: \.isInvalid) {
            try store.setComplaintSettings(ComplaintSettings(policy: FollowUpPolicy(low: 0)), property: "LIS", by: admin)
        }
        try Expect.fails("a negative limit", as: \.isInvalid) {
            try store.setComplaintSettings(ComplaintSettings(limit: CompensationLimit(amountMinor: -1, currency: "EUR")),
                                           property: "LIS", by: admin)
        }
        try Expect.fails("a currency that is not a code", as: \.isInvalid) {
            try store.setComplaintSettings(ComplaintSettings(limit: CompensationLimit(amountMinor: 1, currency: "euro")),
                                           property: "LIS", by: admin)
        }
        try Expect.equal(try store.complaintSettings(property: "LIS"), ComplaintSettings(), "nothing refused was kept")
    }
}
