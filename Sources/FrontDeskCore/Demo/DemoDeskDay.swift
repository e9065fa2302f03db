import Foundation

/// A morning's work on the demo hotel, so every view has something in it on first use: a complaint
/// routed to maintenance, one already resolved, and traces for housekeeping, food & beverage and
/// the concierge.
public enum DemoDeskDay {
    public static func add(to store: FrontDeskStore, property: String, now: Date) throws {
        let inHouse = try store.inHouseGuests(property: property, limit: 6).map(\.guestID)
        guard inHouse.count >= 4 else { return }
        let desk = Actor(login: DemoNames.staff[0], property: property, terminal: "demo")
        let tv = try store.logComplaint(NewComplaint(guestID: inHouse[1], category: .maintenance, severity: .medium,
                                                     summary: "The TV remote does not work", immediateAction: "Apologised"),
                                        policy: .standard, by: desk)
        let room = { (id: Int64) in try store.stays(guestIDs: [id])[id]?.first { $0.status == .inHouse }?.room ?? "" }
        _ = try store.addTrace(NewTrace(guestID: inHouse[1], department: .maintenance, text: "Replace the TV remote",
                                        room: try room(inHouse[1]), due: now.addingTimeInterval(30 * 60), complaintID: tv.id), by: desk)
        let noise = try store.logComplaint(NewComplaint(guestID: inHouse[2], category: .noise, severity: .high,
                                                        summary: "Party next door until 2am", immediateAction: "Moved to a quiet room"),
                                           policy: .standard, by: desk)
        _ = try store.addEntry(complaintID: noise.id, kind: .resolved, text: "Slept well after the move", newOwner: nil,
                               compensation: nil, policy: .standard, by: desk)
        _ = try store.addTrace(NewTrace(guestID: inHouse[0], department: .housekeeping, text: "Extra feather pillow and a blanket",
                                        room: try room(inHouse[0]), due: now.addingTimeInterval(2 * 3600)), by: desk)
        _ = try store.addTrace(NewTrace(guestID: inHouse[3], department: .foodAndBeverage, text: "Anniversary cake in the room at 19:00",
                                        room: try room(inHouse[3]), due: now.addingTimeInterval(5 * 3600)), by: desk)
        _ = try store.addTrace(NewTrace(guestID: inHouse[0], department: .concierge, text: "Taxi to the airport, 2 cases",
                                        room: try room(inHouse[0]), due: now.addingTimeInterval(24 * 3600)), by: desk)
    }
}
