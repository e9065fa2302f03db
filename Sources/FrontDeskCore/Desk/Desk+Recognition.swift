import Foundation

extension Desk {
    // MARK: Arrivals

    /// The morning briefing: a day's arrivals here, VIPs first, then by value, as `sensitive` asks; for one
    /// department, only the arrivals it has something to do for, with its own preparations (alerts
    /// and flags are for everyone).
    public func arrivals(on day: Day, for department: Department? = nil,
                         sensitive: SensitiveFacts = .asRoleAllows) throws -> [Arrival] {
        let viewer = try viewer(sensitive, subject: "arrivals \(day)")
        let all = try ArrivalsBriefing.load(from: store, property: property, day: day, viewer: viewer, today: today)
        return Arrival.shown(all, for: department)
    }

    /// A coordinator marks an arrival of this hotel reviewed.
    public func reviewArrival(_ stayID: Int64) throws {
        let stay = try self.stay(stayID)
        try audited("review arrival", subject: "stay #\(stayID)") {
            try Permissions.checkReview(by: member)
            try Permissions.checkStay(stay, by: member, at: property, doing: "review arrivals")
        }
        try store.reviewArrival(stayID: stayID, by: actor)
    }

    // MARK: Stays

    public func stay(_ id: Int64) throws -> Stay {
        guard let stay = try store.stay(id: id) else { throw FrontDeskError.notFound("no stay with id \(id)") }
        return stay
    }

    /// A reservation or stay at this hotel; revenue in minor units of its currency.
    public func addStay(for guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                        revenueMinor: Int64 = 0) throws -> Int64 {
        try requireActive("add stays", subject: "guest #\(guestID)")
        guard !room.trimmingSpaces.isEmpty else { throw FrontDeskError.invalid("a stay needs a room") }
        try TextLimit.check(room.trimmingSpaces, "room", max: TextLimit.short)
        if departure < arrival { throw FrontDeskError.invalid("the departure \(departure) is before the arrival \(arrival)") }
        try Stay.checkRevenue(revenueMinor)
        return try store.addStay(guestID: guestID, room: room.trimmingSpaces, arrival: arrival, departure: departure,
                                 status: status, revenueMinor: revenueMinor, by: actor)
    }

    /// Check-in, check-out (with the stay's revenue, when known) or cancellation, at this hotel only.
    public func moveStay(_ id: Int64, to status: StayStatus, revenueMinor: Int64? = nil) throws -> Stay {
        let stay = try self.stay(id)
        try audited("stay \(status.rawValue)", subject: "stay #\(id)") {
            try Permissions.checkStay(stay, by: member, at: property, doing: "change stays")
        }
        if let revenueMinor { try Stay.checkRevenue(revenueMinor) }
        return try store.setStayStatus(stayID: id, to: status, revenueMinor: revenueMinor, by: actor)
    }
}
