import Foundation
@testable import FrontDeskCore

/// Shared makers for the complaint tests: a fixed clock and a complaint in any state.
enum ComplaintFixtures {
    /// 2023-11-14 22:13:20 UTC: the injected "now" every test starts from.
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    static func at(minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

    static func signature(_ login: String = "ana.k", minutes: Double = 0, property: String = "DEMO") -> Signature {
        Signature(login: login, at: at(minutes: minutes), property: property, terminal: "desk1")
    }

    static func complaint(id: Int64 = 1, status: ComplaintStatus = .open, owner: String = "ana.k",
                          property: String = "DEMO", severity: ComplaintSeverity = .medium,
                          createdMinutes: Double = 0, dueMinutes: Double = 20) -> Complaint {
        Complaint(id: id, guestID: 10, property: property, category: .noise, severity: severity, status: status,
                  owner: owner, summary: "Party next door until 2am", immediateAction: "Called security",
                  followUpDue: at(minutes: dueMinutes), created: signature(owner, minutes: createdMinutes, property: property))
    }

    /// An entry that is well formed for its kind, so only the lifecycle can refuse it.
    static func entry(_ kind: ComplaintEntryKind, on complaintID: Int64 = 1, by login: String = "ana.k",
                      minutes: Double = 5, newOwner: String = "ben.t", compensation: Compensation? = nil) -> ComplaintEntry {
        ComplaintEntry(id: 100, complaintID: complaintID, kind: kind, signature: signature(login, minutes: minutes),
                       text: "Spoke with the guest", newOwner: kind == .reassigned ? newOwner : nil,
                       compensation: compensation)
    }

    static func staff(_ login: String, _ role: Role, property: String = "DEMO", disabled: Bool = false) -> StaffMember {
        StaffMember(login: login, displayName: login, role: role, homeProperty: property, isDisabled: disabled)
    }

    static let limit = CompensationLimit(amountMinor: 5_000, currency: "EUR")

    static func euros(_ minor: Int64, _ kind: CompensationKind = .roomCredit) -> Compensation {
        Compensation(amountMinor: minor, currency: "EUR", kind: kind)
    }
}
