import Foundation
import Testing

/// The desk server's deployment: frontdesk setgid to the data's group, staff outside it. The data
/// is reachable only through frontdesk, and frontdesk lends its group as a careful program must.
@Suite(.serialized, .enabled(if: deskServerEnabled, "FRONTDESK_SKIP_DESK_SERVER=1 or FRONTDESK_SKIP_E2E=1 was set"))
struct DeskServerEndToEndTests {
    @Test func theDataIsTheGroupsAndReachableOnlyThroughFrontdesk() throws {
        let server = try DeskServer()
        try server.asRoot(["guests", "add", "--given", "Zoë", "--family", "Ångström-Nakamura"])
        let group = try #require(getgrnam(server.dataGroup)).pointee.gr_gid
        #expect(server.mode(server.binary).mode == 0o2755 && server.mode(server.binary).gid == group, "setgid to the data's group")
        #expect(server.mode(server.directory + "/data").mode == 0o2770, "the data directory")
        for file in [server.database, server.database + "-wal", server.database + "-shm"] {
            let made = server.mode(file)
            #expect(made.mode == 0o660 && made.gid == group && made.uid == 0, "\(file): \(String(made.mode, radix: 8))")
        }
        // Through frontdesk the associate works...
        let found = try server.asAssociate(server.binary, ["guests", "search", "zoe"])
        #expect(found.status == 0 && found.output.contains("Zoë Ångström-Nakamura"), "\(found.error)")
        try #require(server.asAssociate(server.binary, ["guests", "add", "--given", "Ana", "--family", "Lima"]).status == 0)
        // ...and any other way is closed: the file, its log, a copy, sqlite3.
        for file in [server.database, server.database + "-wal", server.database + "-shm"] {
            let read = try server.asAssociate("/bin/cat", [file])
            #expect(read.status != 0 && read.error.contains("Permission denied"), "\(file) read directly")
        }
        let copy = try server.asAssociate(server.binary, ["db", "copy", "--from", server.database, "--to", "/tmp/\(server.associate).sqlite"])
        #expect(copy.status == 77 && copy.error.contains("needs the data's own group"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/\(server.associate).sqlite"))
        // Nothing the associate's session made is theirs to read later.
        #expect(server.mode(server.database + "-wal").uid == 0)
    }

    @Test func fromOutsideTheGroupOnlyTheSystemConfigurationSaysWhereTheDataIs() throws {
        let server = try DeskServer()
        try server.asRoot(["guests", "add", "--given", "Ana", "--family", "Lima"])
        // A database of the associate's own making, which they would like frontdesk to write with the group's rights.
        let decoy = "/home/\(server.associate)/mine.sqlite"
        let named = try server.asAssociate(server.binary, ["guests", "search", "lima", "--db", decoy, "--property", "NYC"])
        #expect(named.status == 0 && named.output.contains("Ana Lima"), "the hotel's database, not the decoy: \(named.error)")
        #expect(named.error.contains("--db and --property ignored"))
        let environment = try server.asAssociate(server.binary, ["guests", "search", "lima"],
                                                 environment: ["FRONTDESK_DB": decoy, "FRONTDESK_PROPERTY": "NYC", "XDG_DATA_HOME": "/tmp"])
        #expect(environment.status == 0 && environment.output.contains("Ana Lima"))
        #expect(!FileManager.default.fileExists(atPath: decoy))
        // What they did is signed at the configured hotel.
        try server.asAssociate(server.binary, ["guests", "add", "--given", "Bo", "--family", "Ek"], environment: ["FRONTDESK_PROPERTY": "NYC"])
        let trail = try server.asRoot(["audit", "--format", "csv", "--login", server.associate]).output
        #expect(trail.contains("\(server.associate),LIS,script"), "\(trail)")
        #expect(!trail.contains("NYC"))
    }

    @Test func aFileTheUserNamesIsReadWithTheirOwnRights() throws {
        let server = try DeskServer()
        // A theme only the data's group may read: the group's rights must not read it for them.
        let secret = server.directory + "/data/secret.theme"
        try "[colors]\n".write(toFile: secret, atomically: true, encoding: .utf8)
        chown(secret, 0, try #require(getgrnam(server.dataGroup)).pointee.gr_gid)
        chmod(secret, 0o640)
        let refused = try server.asAssociate(server.binary, ["--theme", secret])
        #expect(refused.status == 78, "\(refused.error)")
        #expect(refused.error.contains("no theme file at \(secret)") || refused.error.contains("Permission denied"), "\(refused.error)")
    }

    /// A hotel with no staff yet is set up by whoever runs the server, never by any login.
    @Test func aNewHotelIsNotOpenToEveryLogin() throws {
        let server = try DeskServer(administrator: false, staffed: false)
        let claim = try server.asAssociate(server.binary, ["staff", "add", server.associate, "--name", "Me", "--role", "administrator"])
        #expect(claim.status == 77 && claim.error.contains("has no staff yet"), "\(claim.error)")
        let search = try server.asAssociate(server.binary, ["guests", "add", "--given", "Eve", "--family", "Mallory"])
        #expect(search.status == 77)
        try server.asRoot(["staff", "add", "ana", "--name", "Ana Lima", "--role", "administrator"])
        let after = try server.asAssociate(server.binary, ["guests", "search", "x"])
        #expect(after.status == 77 && after.error.contains("not on the staff list"), "the claim made nobody staff: \(after.error)")
    }

    /// What the system configuration says is all there is to it for a lent session: a password
    /// in it never reaches the screen, and a relative path or a service file of the caller's is no way in.
    @Test func theConfigurationsSecretsStayInIt() throws {
        let server = try DeskServer()
        let configuration = server.prefix + "/etc/frontdesk/frontdesk.conf"
        try "database = postgres://desk:pa#ss@127.0.0.1:1/chain?password=s3cret\nread-database = postgres://desk:r3plica@127.0.0.1:2/chain\nproperty = LIS\n"
            .write(toFile: configuration, atomically: true, encoding: .utf8)
        chown(configuration, 0, try #require(getgrnam(server.dataGroup)).pointee.gr_gid)
        chmod(configuration, 0o640)
        let down = try server.asAssociate(server.binary, ["guests", "search", "x"])
        #expect(down.status == 69, "\(down.error)")
        #expect(!down.error.contains("s3cret") && !down.error.contains("pa#ss") && !down.error.contains("pa\n"), "\(down.error)")
        #expect(!down.error.contains("r3plica"), "\(down.error)")
        try "database = /var/lib/frontdesk/hotel.sqlite\nread-database = postgres://replica/chain\n".write(toFile: configuration, atomically: true, encoding: .utf8)
        let fileWithReplica = try server.asAssociate(server.binary, ["guests", "search", "x"])
        #expect(fileWithReplica.status == 78 && fileWithReplica.error.contains("leave read-database out"), "\(fileWithReplica.error)")
        try "read-database = postgres://replica/chain\n".write(toFile: configuration, atomically: true, encoding: .utf8)
        let replicaAlone = try server.asAssociate(server.binary, ["guests", "search", "x"])
        #expect(replicaAlone.status == 78 && replicaAlone.error.contains("that database = names: add that line"), "\(replicaAlone.error)")
        try "database = hotel.sqlite\n".write(toFile: configuration, atomically: true, encoding: .utf8)
        let relative = try server.asAssociate(server.binary, ["guests", "search", "x"])
        #expect(relative.status == 78 && relative.error.contains("absolute path"), "\(relative.error)")
    }

    @Test func withoutAnAdministratorOnlyTheDataGroupMayMakeOne() throws {
        let server = try DeskServer(administrator: false)
        let refused = try server.asAssociate(server.binary, ["staff", "add", "eve", "--name", "Eve", "--role", "administrator"])
        #expect(refused.status == 77, "\(refused.error)")
        // Whoever has the data's group (root here) makes the first one.
        try server.asRoot(["staff", "add", "ana", "--name", "Ana Lima", "--role", "administrator", "--with-pin"], input: "135790\n")
        let list = try server.asRoot(["staff", "list", "--as", "ana"], input: "135790\n")
        #expect(list.output.contains("ana") && !list.output.contains("eve"))
    }
}
