import Foundation
import FrontDeskCore
@testable import SQLiteStore
@testable import SQLStore
import Testing

@Suite("trace storage")
struct TraceStorageTests {
    /// Whatever program writes the file: a trace stays as it was asked, is done once, and stays.
    @Test func aTraceStaysAsAskedEvenBySQL() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("hotel.db")
        let store = try SQLiteGuestStore(path: path, create: true)
        let guest = try store.addGuest("Ana", "Lima")
        let trace = try store.addTrace(NewTrace(guestID: guest, department: .housekeeping, text: "Extra towels", due: Date()), by: desk)
        _ = try store.markTraceDone(id: trace.id, by: desk)
        let raw = try rawConnection(path)
        for sql in ["UPDATE traces SET text = 'No towels'", "UPDATE traces SET department = 'concierge'",
                    "UPDATE traces SET due = 0", "UPDATE traces SET done_by = 'someone else', done_at = 1",
                    "DELETE FROM traces"] {
            #expect(frontDeskError { try raw.run(sql) } != nil, "\(sql) must be refused")
        }
        #expect(try store.trace(id: trace.id)?.text == "Extra towels")
        #expect(try store.trace(id: trace.id)?.done?.login == "ana")
    }

    /// A preference recorded before departments existed reads with the department its words point to.
    @Test func aPreferenceWithoutADepartmentTakesItsWords() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("hotel.db")
        let store = try SQLiteGuestStore(path: path, create: true)
        let guest = try store.addGuest("Ana", "Lima")
        // As an older version wrote it: no department column filled.
        let raw = try rawConnection(path)
        let id = try raw.int("""
            INSERT INTO preferences (guest_id, category, detail, level, scope, source, critical, recorded_by, recorded_at,
                                     recorded_property, recorded_terminal)
            VALUES (\(guest), 'other', 'Late checkout at 2pm', 'preferred', 'standing', 'stated', 0, 'ana', 0, 'LIS', 'desk')
            RETURNING id
            """)
        #expect(try store.preference(id: id)?.department == .frontOffice)
        let chosen = try store.recordPreference(NewPreference(guestID: guest, category: .other, detail: "Late checkout",
                                                              department: .concierge), by: desk)
        #expect(try raw.first("SELECT department FROM preferences WHERE id = \(chosen)") { $0.text(0) } == "concierge")
    }
}
