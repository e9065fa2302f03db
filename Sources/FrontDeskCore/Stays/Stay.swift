import Foundation

/// A reservation or a stay at one property.
public struct Stay: Sendable, Equatable, Codable {
    public var id: Int64
    public var guestID: Int64
    public var property: String
    public var room: String
    public var arrival: Day
    public var departure: Day
    public var status: StayStatus
    /// What the stay brought in, in minor units of the property's currency: feeds the value tier.
    public var revenueMinor: Int64

    public init(id: Int64, guestID: Int64, property: String, room: String, arrival: Day,
                departure: Day, status: StayStatus, revenueMinor: Int64 = 0) {
        self.id = id
        self.guestID = guestID
        self.property = property
        self.room = room
        self.arrival = arrival
        self.departure = departure
        self.status = status
        self.revenueMinor = revenueMinor
    }

    public var nights: Int { max(0, departure.daysSince(arrival)) }

    /// A stay brings in at most ten billion in minor units: more is a typing slip, and sums stay far from overflow.
    public static let maximumRevenueMinor: Int64 = 1_000_000_000_000

    public static func checkRevenue(_ minor: Int64) throws {
        if minor < 0 { throw FrontDeskError.invalid("a stay's revenue cannot be negative") }
        if minor > maximumRevenueMinor {
            throw FrontDeskError.invalid("a stay's revenue of \(Money.format(minor)) is more than \(Money.format(maximumRevenueMinor)): check the amount")
        }
    }
}

public enum StayStatus: String, Sendable, Codable, CaseIterable {
    case reserved, inHouse = "in-house", departed, cancelled

    public var label: String {
        switch self {
        case .reserved: return "Reserved"
        case .inHouse: return "In house"
        case .departed: return "Departed"
        case .cancelled: return "Cancelled"
        }
    }

    /// The moves a desk makes: check in, check out, cancel a reservation, or undo a check-in
    /// made by mistake. A departed or cancelled stay is history.
    public func canMove(to next: StayStatus) -> Bool {
        switch (self, next) {
        case (.reserved, .inHouse), (.reserved, .cancelled), (.inHouse, .departed), (.inHouse, .reserved): return true
        default: return false
        }
    }

    /// Whether a PMS file may bring a stay on file from this state to `next`: a stay only moves on
    /// (reserved to in house, departed or cancelled; in house to departed). One that is over is not
    /// reopened, nor a check-in undone, by an export older than the desk's own record.
    public func movesOnByImport(to next: StayStatus) -> Bool {
        switch (self, next) {
        case (.reserved, .inHouse), (.reserved, .departed), (.reserved, .cancelled), (.inHouse, .departed): return true
        default: return false
        }
    }

    /// A this-stay choice holds while its stay is to come or in house; once the stay is over
    /// (or cancelled) it is history, so one evening's choice never becomes a rule.
    public var holdsOneOffChoices: Bool { self == .reserved || self == .inHouse }

    /// Why the move is refused, in the words of the desk.
    public func refusal(to next: StayStatus) -> String {
        switch self {
        case .departed, .cancelled: return "the stay is \(label.lowercased()) and cannot become \(next.label.lowercased())"
        case _ where self == next: return "the stay is already \(label.lowercased())"
        default: return "a \(label.lowercased()) stay cannot become \(next.label.lowercased())"
        }
    }
}

extension Array where Element == Stay {
    /// The stay the desk cares about now: the one in house, else the next arrival.
    public func current(on today: Day) -> Stay? {
        if let inHouse = first(where: { $0.status == .inHouse }) { return inHouse }
        return filter { $0.status == .reserved && $0.departure >= today }
            .min { $0.arrival < $1.arrival }
    }

    /// The stay the desk cares about now at one hotel: what a this-stay note, a trace or a room belongs to.
    public func current(at property: String, on today: Day) -> Stay? {
        filter { $0.property == property }.current(on: today)
    }
}
