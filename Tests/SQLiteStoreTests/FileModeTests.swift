import Foundation
import FrontDeskCore
import SQLiteStore
import Testing

/// What a hotel keeps about its guests is readable by the database's owner alone: the file and
/// the -wal and -shm beside it are made 0600 whatever the umask, and a wider file is pointed out.
@Suite(.serialized) struct FileModeTests {
    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    @Test func aNewDatabaseAndItsLogsAreTheOwnersAloneWhateverTheUmask() throws {
        let directory = try TemporaryDirectory()
        chmod(directory.path, 0o700)
        let path = directory.file("hotel.db")
        let before = umask(0o002) // as permissive as a shared machine's may be
        defer { umask(before) }
        let store = try SQLiteGuestStore(path: path, create: true)
        _ = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: Actor(login: "ana", property: "LIS", terminal: "t1"))
        #expect(mode(path) == 0o600)
        #expect(FileManager.default.fileExists(atPath: path + "-wal") && mode(path + "-wal") == 0o600)
        #expect(FileManager.default.fileExists(atPath: path + "-shm") && mode(path + "-shm") == 0o600)
        #expect(store.accessWarnings().isEmpty)

        chmod(path, 0o644)
        let warnings = store.accessWarnings()
        #expect(warnings == ["\(path) can be read by every user of this machine (mode 644): chmod o= '\(path)'"])
        chmod(path, 0o600)
        chmod(directory.path, 0o755)
        #expect(store.accessWarnings() == ["the data directory \(directory.path) can be entered by every user of this machine (mode 755): "
                                           + "chmod o= '\(directory.path)'"])
    }

    /// A desk server keeps the data in a directory of the `frontdesk` group (2770): a new database
    /// there is the group's (0660), never other users', and its -wal and -shm stay once made, so a
    /// session never makes them again as its own user's files.
    @Test(arguments: [mode_t(0o022), mode_t(0o077)])
    func inTheGroupsDirectoryTheFilesAreTheGroups(mask: mode_t) throws {
        let directory = try TemporaryDirectory()
        chmod(directory.path, 0o2770)
        let path = directory.file("hotel.db")
        let before = umask(mask)
        defer { umask(before) }
        let store = try SQLiteGuestStore(path: path, create: true)
        _ = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: Actor(login: "ana", property: "LIS", terminal: "t1"))
        store.close()
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(mode(file) == 0o660, "\(file) under umask \(String(mask, radix: 8))")
        }
        #expect((try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) == 0, "emptied when closed")
    }
}
