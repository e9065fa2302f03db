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

    public init(id: Int64, guestID: Int64, property: String, room: String, arrival: Day,
                departure: Day, status: StayStatus) {
        self.id = id
        self.guestID = guestID
        self.property = property
        self.room = room
        self.arrival = arrival
        self.departure = departure
        self.status = status
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
}

extension Array where Element == Stay {
    /// The stay the desk cares about now: the one in house, else the next arrival.
    public func current(on today: Day) -> Stay? {
        if let inHouse = first(where: { $0.status == .inHouse }) { return inHouse }
        return filter { $0.status == .reserved && $0.departure >= today }
            .min { $0.arrival < $1.arrival }
    }
}
