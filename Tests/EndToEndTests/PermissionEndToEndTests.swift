import Foundation
import Testing

/// File permissions, checked as an unprivileged user (root ignores file modes).
@Suite struct PermissionEndToEndTests {
    /// Runs frontdesk as `nobody` with setpriv when the tests run as root; otherwise as ourselves.
    func runAsNobody(_ hotel: Hotel, _ args: [String]) throws -> Shell.Result {
        if geteuid() != 0 { return try hotel.run(args) }
        let setpriv = try Shell.find("setpriv", hint: "it comes with util-linux")
        var env = hotel.environment
        env["USER"] = "nobody"
        return try Shell.run(setpriv, ["--reuid=nobody", "--regid=nogroup", "--clear-groups", try Shell.frontdesk] + args,
                             environment: env)
    }

    func hotelOpenToNobody() throws -> Hotel {
        let hotel = try Hotel().seeded()
        _ = try hotel.addGuest(["--given", "Ana", "--family", "Lima"])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hotel.directory.path)
        return hotel
    }

    @Test func anUnreadableDatabaseIsRefusedWithItsName() throws {
        let hotel = try hotelOpenToNobody()
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: hotel.database)
        let result = try runAsNobody(hotel, ["guests", "search", "ana", "--db", hotel.database])
        #expect(result.status == 77, "\(result.error)")
        #expect(result.error.contains(hotel.database))
    }

    @Test func aReadOnlyDatabaseCanBeSearchedButRefusesWritesAndKeepsItsData() throws {
        let hotel = try hotelOpenToNobody()
        // The directory stays writable (SQLite keeps its shared-memory file beside the database); the file is not.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: hotel.directory.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: hotel.database)
        let found = try runAsNobody(hotel, ["guests", "search", "ana", "--db", hotel.database])
        #expect(found.status == 0, "\(found.error)")
        #expect(found.output.contains("Ana Lima"))
        let add = try runAsNobody(hotel, ["guests", "add", "--given", "Bruno", "--family", "Costa", "--db", hotel.database])
        #expect(add.status == 77, "\(add.error)")
        #expect(add.error.contains(hotel.database))
        let check = try hotel.run(["db", "check", "--db", hotel.database])
        #expect(check.output.contains("ok: schema"))
        #expect(check.output.contains("1 guests"))
    }
}
