import Foundation
import FrontDeskCore
import FrontDeskStores
import Testing

/// The demo hotel opens with a morning's work in every view: the queue, the traces, a timeline.
@Suite struct DemoDeskDayTests {
    @Test func theDemoHasAComplaintRoutedToMaintenanceAndEachDepartmentsTraces() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-demo-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Stores.open(.file(path), StoreOpeningOptions(create: true))
        let now = Date()
        try store.bulkLoad { sink in try DemoGenerator(guests: 200, property: "DEMO", today: Day(now)).generate(into: sink) }
        try DemoDeskDay.add(to: store, property: "DEMO", now: now)
        let complaints = try store.complaints(property: "DEMO", statuses: nil, owner: nil)
        #expect(complaints.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.open, .resolved])
        let open = try #require(complaints.first { $0.status == .open })
        let routed = try store.traces(TraceQuery(complaintID: open.id))
        #expect(routed.map(\.department) == [.maintenance] && !routed[0].room.isEmpty, "routed to maintenance, with the guest's room")
        #expect(Set(try store.traces(TraceQuery(property: "DEMO")).map(\.department))
                == [.maintenance, .housekeeping, .foodAndBeverage, .concierge])
    }
}
