import Foundation
import Testing

/// The hotel's own data directory and database, made by `db init`, are the owner's alone however
/// permissive the umask, and `db check` points out a database file others could read.
@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct DataFileModeEndToEndTests {
    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    @Test func theHotelsOwnFilesAreReadableByItsOwnerAlone() throws {
        let hotel = try Hotel()
        let before = umask(0o002)
        defer { umask(before) }
        try hotel.expectOK(hotel.run(["db", "init"], as: Hotel.osUser))
        let directory = hotel.directory.appendingPathComponent("data/frontdesk").path
        let database = directory + "/frontdesk.sqlite"
        #expect(mode(directory) == 0o700, "the data directory")
        #expect(mode(database) == 0o600, "the database")

        var checked = try hotel.run(["db", "check"], as: Hotel.osUser)
        #expect(checked.status == 0 && checked.error.isEmpty, "\(checked.error)")
        chmod(database, 0o644)
        checked = try hotel.run(["db", "check"], as: Hotel.osUser)
        #expect(checked.status == 0, "a warning, not a failed check")
        #expect(checked.error.contains("warning: \(database) can be read by every user of this machine (mode 644)"), "\(checked.error)")
    }
}
