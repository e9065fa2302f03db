import CSQLite
import FrontDeskCore
@testable import SQLiteStore
@testable import SQLStore
import StoreContract
import Testing

@Suite("complaint storage")
struct ComplaintStorageTests {
    /// A complaint logged by this build, as another program might leave it.
    private func logged(in directory: TemporaryDirectory) throws -> (String, SQLiteGuestStore, Complaint) {
        let path = directory.file("hotel.db")
        let store = try SQLiteGuestStore(path: path, create: true)
        let guest = try store.addGuest("Ana", "Lima")
        let complaint = try store.logComplaint(NewComplaint(guestID: guest, category: .room, summary: "Cold"),
                                               policy: .standard, by: desk)
        return (path, store, complaint)
    }

    @Test func entriesCannotBeEditedOrDeletedEvenBySQL() throws {
        let directory = try TemporaryDirectory()
        let (path, store, complaint) = try logged(in: directory)
        let raw = try rawConnection(path)
        for sql in ["UPDATE complaint_entries SET text = 'nothing happened'", "DELETE FROM complaint_entries",
                    "DELETE FROM complaints"] {
            let error = frontDeskError { try raw.run(sql) }
            #expect(error != nil, "\(sql) must be refused")
        }
        #expect(try store.entries(complaintID: complaint.id).map(\.text) == ["Cold"])
        // The complaint row is the current state and may change.
        try raw.run("UPDATE complaints SET owner = 'ben'")
        #expect(try store.complaint(id: complaint.id)?.owner == "ben")
    }

    @Test func unknownCodesAreBadDataNamingTheFile() throws {
        let directory = try TemporaryDirectory()
        let (path, store, complaint) = try logged(in: directory)
        let raw = try rawConnection(path)
        try raw.run("UPDATE complaints SET status = 'lost'")
        let error = frontDeskError { try store.complaint(id: complaint.id) }
        #expect(error?.kind == "badData")
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("lost") == true)
        #expect(frontDeskError { try store.complaints(guestID: complaint.guestID) }?.kind == "badData")

        try raw.run("""
            INSERT INTO complaint_entries (complaint_id, kind, text, at, login, property, terminal)
            VALUES (\(complaint.id), 'shrugged', '', 0, 'ana', 'LIS', 't1')
            """)
        let entryError = frontDeskError { try store.entries(complaintID: complaint.id) }
        #expect(entryError?.kind == "badData")
        #expect(entryError?.description.contains("shrugged") == true)
    }

    @Test func aComplaintNeedsAnExistingGuestEvenBySQL() throws {
        let directory = try TemporaryDirectory()
        let (path, _, _) = try logged(in: directory)
        let raw = try rawConnection(path)
        try raw.run("PRAGMA foreign_keys = ON")
        #expect(frontDeskError {
            try raw.run("""
                INSERT INTO complaints (guest_id, property, category, severity, status, owner, summary, immediate_action,
                                        follow_up_due, created_at, created_by, created_property, created_terminal)
                VALUES (999, 'LIS', 'room', 'low', 'open', 'ana', 'x', '', 0, 0, 'ana', 'LIS', 't')
                """)
        } != nil)
    }
}
