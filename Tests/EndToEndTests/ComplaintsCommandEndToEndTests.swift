import Foundation
import Testing

/// `frontdesk complaints log|list|escalate-overdue` through the real binary.
@Suite struct ComplaintsCommandEndToEndTests {
    /// ana administers, sam supervises, maria.s is an associate; all at DEMO. One guest.
    func staffedHotel() throws -> (hotel: Hotel, guest: Int64) {
        let hotel = try Hotel().seeded()
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana Lima", "--role", "administrator", "--db", hotel.database], as: "root"))
        try hotel.expectOK(hotel.run(["staff", "add", "sam", "--name", "Sam Okoro", "--role", "supervisor", "--db", hotel.database], as: "ana"))
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria Silva", "--role", "associate", "--db", hotel.database], as: "ana"))
        let guest = try hotel.addGuest(["--given", "Ingrid", "--family", "Halvorsen", "--vip", "gold"])
        return (hotel, guest)
    }

    static let summary = "Noise from 412, \"all night\" long"

    /// maria.s logs a complaint about the guest; returns its id.
    func logComplaint(_ hotel: Hotel, guest: Int64) throws -> Int64 {
        let logged = try hotel.run(["complaints", "log", String(guest), "--category", "noise", "--severity", "high",
                                    "--summary", Self.summary, "--action", "Moved to 508", "--db", hotel.database], as: "maria.s")
        try hotel.expectOK(logged)
        guard let id = Int64(logged.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw E2EFailure("complaints log printed '\(logged.output)' instead of an id")
        }
        return id
    }

    func listJSON(_ hotel: Hotel, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try hotel.run(["complaints", "list", "--format", "json", "--db", hotel.database] + extra, as: "sam")
        try hotel.expectOK(result)
        guard let rows = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]] else {
            throw E2EFailure("complaints list --format json printed '\(result.output)'")
        }
        return rows
    }

    func due(_ hotel: Hotel, id: Int64) throws -> Date {
        let row = try #require(try listJSON(hotel).first { ($0["id"] as? Int).map(Int64.init) == id })
        return try #require(ISO8601DateFormatter().date(from: row["due"] as? String ?? ""))
    }

    func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    @Test func anAssociateLogsAndASupervisorListsInEveryFormat() throws {
        let (hotel, guest) = try staffedHotel()
        let id = try logComplaint(hotel, guest: guest)

        let refused = try hotel.run(["complaints", "list", "--db", hotel.database], as: "maria.s")
        #expect(refused.status == 77)
        #expect(refused.error.contains("only a supervisor or an administrator may list complaints"))

        let table = try hotel.run(["complaints", "list", "--db", hotel.database], as: "sam")
        try hotel.expectOK(table)
        #expect(table.output.contains("GUEST NAME"))
        #expect(table.output.contains("Ingrid Halvorsen"))
        #expect(table.output.contains("maria.s"))

        let rows = try listJSON(hotel)
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row["id"] as? Int == Int(id))
        #expect(row["guestID"] as? Int == Int(guest))
        #expect(row["guestName"] as? String == "Ingrid Halvorsen")
        #expect(row["category"] as? String == "noise")
        #expect(row["severity"] as? String == "high")
        #expect(row["status"] as? String == "open")
        #expect(row["owner"] as? String == "maria.s")
        #expect(row["summary"] as? String == Self.summary)
        #expect(row["overdueBy"] is NSNull)
        let due = try #require(ISO8601DateFormatter().date(from: row["due"] as? String ?? ""))
        #expect(abs(due.timeIntervalSinceNow - 20 * 60) < 120, "due twenty minutes after logging")

        let csv = try hotel.run(["complaints", "list", "--format", "csv", "--db", hotel.database], as: "sam")
        try hotel.expectOK(csv)
        let lines = csv.output.components(separatedBy: "\r\n")
        #expect(lines.first == "id,guest id,guest name,category,severity,status,owner,due,overdue by,summary")
        #expect(lines.count == 3 && lines[2].isEmpty, "a header, one record, each ended by CRLF")
        #expect(csv.output.contains(",\"Noise from 412, \"\"all night\"\" long\"\r\n"))

        let badStatus = try hotel.run(["complaints", "list", "--status", "pending", "--db", hotel.database], as: "sam")
        #expect(badStatus.status == 64)
        #expect(badStatus.error.contains("--status"))
        let badTime = try hotel.run(["complaints", "list", "--as-of", "tomorrow", "--db", hotel.database], as: "sam")
        #expect(badTime.status == 64)
        #expect(badTime.error.contains("--as-of"))
    }

    @Test func loggingRefusesAnUnknownGuestAndBadValues() throws {
        let (hotel, guest) = try staffedHotel()
        let unknown = try hotel.run(["complaints", "log", "9999", "--category", "noise", "--severity", "low",
                                     "--summary", "Cold soup", "--db", hotel.database], as: "maria.s")
        #expect(unknown.status == 66)
        let badSeverity = try hotel.run(["complaints", "log", String(guest), "--category", "noise", "--severity", "awful",
                                         "--summary", "Cold soup", "--db", hotel.database], as: "maria.s")
        #expect(badSeverity.status == 64)
        #expect(badSeverity.error.contains("--severity"))
        let badCategory = try hotel.run(["complaints", "log", String(guest), "--category", "weather", "--severity", "low",
                                         "--summary", "Cold soup", "--db", hotel.database], as: "maria.s")
        #expect(badCategory.status == 64)
        #expect(badCategory.error.contains("--category"))
        let json = try hotel.run(["complaints", "log", String(guest), "--category", "f&b", "--severity", "low",
                                  "--summary", "Cold soup", "--format", "json", "--db", hotel.database], as: "maria.s")
        try hotel.expectOK(json)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect(object?["id"] as? Int != nil)
    }

    @Test func overdueFollowUpsAreListedAndEscalatedOnce() throws {
        let (hotel, guest) = try staffedHotel()
        let id = try logComplaint(hotel, guest: guest)
        let due = try due(hotel, id: id)
        // The listed due time drops the fraction of a second, so judge half a minute into the minute.
        let late = iso(due.addingTimeInterval(10 * 60 + 30))    // thirty minutes after logging
        let early = iso(due.addingTimeInterval(-10 * 60))       // ten minutes after logging

        let overdue = try hotel.run(["complaints", "list", "--overdue", "--as-of", late, "--db", hotel.database], as: "sam")
        try hotel.expectOK(overdue)
        #expect(overdue.output.contains("Ingrid Halvorsen"))
        #expect(overdue.output.contains("10 min"))
        let overdueJSON = try listJSON(hotel, ["--overdue", "--as-of", late])
        #expect(overdueJSON.first?["overdueBy"] as? String == "10 min")
        let notYet = try listJSON(hotel, ["--overdue", "--as-of", early])
        #expect(notYet.isEmpty)

        let associate = try hotel.run(["complaints", "escalate-overdue", "--as-of", late, "--db", hotel.database], as: "maria.s")
        #expect(associate.status == 77)

        let first = try hotel.run(["complaints", "escalate-overdue", "--as-of", late, "--db", hotel.database], as: "sam")
        try hotel.expectOK(first)
        #expect(first.output == "1\n")
        let second = try hotel.run(["complaints", "escalate-overdue", "--as-of", late, "--db", hotel.database], as: "sam")
        try hotel.expectOK(second)
        #expect(second.output == "0\n")

        let after = try listJSON(hotel)
        #expect(after.first?["status"] as? String == "escalated")
        let escalated = try hotel.run(["complaints", "list", "--status", "escalated", "--db", hotel.database], as: "sam")
        #expect(escalated.output.contains("escalated"))
        #expect(escalated.output.contains("Ingrid Halvorsen"))
    }
}
