import Foundation
import Testing

/// `frontdesk install` puts the binary, the manual page, the themes and bash completion under a
/// prefix; the installed binary works from any directory; `uninstall` removes exactly that.
@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct InstallEndToEndTests {
    @Test func installedUnderAPrefixItRunsFromAnywhereAndUninstallsExactly() throws {
        let hotel = try Hotel()
        let prefix = hotel.directory.appendingPathComponent("opt/frontdesk").path
        let elsewhere = hotel.directory.appendingPathComponent("somewhere-else").path
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        // Something of the machine's own in the prefix: uninstall must leave it.
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(toFile: prefix + "/bin/other-tool", atomically: true, encoding: .utf8)

        let placed = try hotel.run(["install", "--prefix", prefix, "--database", hotel.directory.path + "/data/hotel.sqlite",
                                       "--property", "LIS"], as: Hotel.osUser)
        try hotel.expectOK(placed)
        let binary = prefix + "/bin/frontdesk"
        let relative = try hotel.run(["install", "--prefix", prefix + "-2", "--database", "hotel.sqlite"], as: Hotel.osUser)
        #expect(relative.status == 64 && relative.error.contains("absolute path"), "a relative path would depend on where it is run")
        let replicaOfFile = try hotel.run(["install", "--prefix", prefix + "-3", "--database", "/var/lib/frontdesk/hotel.sqlite",
                                           "--read-database", "postgres://lisbon@replica-eu/chain"], as: Hotel.osUser)
        #expect(replicaOfFile.status == 64 && replicaOfFile.error.contains("leave read-database out"), "\(replicaOfFile.error)")
        try hotel.expectOK(hotel.run(["install", "--prefix", prefix + "-4", "--database", "postgres://lisbon@db/chain",
                                      "--read-database", "postgres://lisbon@replica-eu/chain", "--property", "LIS"], as: Hotel.osUser))
        #expect(try String(contentsOfFile: prefix + "-4/etc/frontdesk/frontdesk.conf", encoding: .utf8)
                    .contains("database = postgres://lisbon@db/chain\nread-database = postgres://lisbon@replica-eu/chain\nproperty = LIS\n"))
        for file in [binary, prefix + "/share/man/man1/frontdesk.1", prefix + "/share/bash-completion/completions/frontdesk",
                     prefix + "/share/frontdesk/themes/high-contrast.theme", prefix + "/etc/frontdesk/frontdesk.conf"] {
            #expect(FileManager.default.fileExists(atPath: file), "\(file) is installed")
        }

        // From another directory, with nothing but the system configuration to say where the hotel is.
        func installed(_ args: String) throws -> Shell.Result {
            try Shell.run("/bin/sh", ["-c", "cd \(Shell.quote(elsewhere)) && exec \(Shell.quote(binary)) \(args)"],
                          environment: hotel.environment.filter { $0.key != "FRONTDESK_PROPERTY" })
        }
        let created = try installed("db init")
        #expect(created.status == 0 && created.output.contains("for LIS"), "\(created.error)")
        try hotel.expectOK(installed("guests add --given Ana --family Lima"))
        #expect(try installed("guests search lima").output.contains("Ana Lima"))
        #expect(try installed("--help").output.contains("frontdesk install"))
        let manual = try Shell.run("/usr/bin/man", ["-l", prefix + "/share/man/man1/frontdesk.1"], environment: ["MANWIDTH": "80", "PATH": "/usr/bin:/bin"])
        #expect(manual.output.contains("FRONTDESK"))
        let completion = try String(contentsOfFile: prefix + "/share/bash-completion/completions/frontdesk", encoding: .utf8)
        #expect(completion.contains("complete") && completion.contains("guests"))
        // The installed copy finds its own themes.
        let theme = try installed("--theme no-such-theme")
        #expect(theme.error.contains(prefix + "/share/frontdesk/themes"), "\(theme.error)")

        // A slip in the configuration is named by file and line, and nothing runs on a guess.
        let configuration = prefix + "/etc/frontdesk/frontdesk.conf"
        let written = try String(contentsOfFile: configuration, encoding: .utf8)
        try (written + "databse = /elsewhere.sqlite\n").write(toFile: configuration, atomically: true, encoding: .utf8)
        let slip = try installed("guests search lima")
        #expect(slip.status == 78 && slip.error.contains("\(configuration), line 4: unknown setting 'databse'"), "\(slip.error)")
        try written.write(toFile: configuration, atomically: true, encoding: .utf8)

        // A line slipped into the list that leads out of the prefix is not followed.
        let outside = hotel.directory.appendingPathComponent("keep-me").path
        try "mine".write(toFile: outside, atomically: true, encoding: .utf8)
        let manifest = prefix + "/share/frontdesk/installed"
        let list = try String(contentsOfFile: manifest, encoding: .utf8)
        try (list + "file \(prefix)/../../keep-me\n").write(toFile: manifest, atomically: true, encoding: .utf8)
        chmod(manifest, 0o644)

        try hotel.expectOK(installed("uninstall --prefix \(Shell.quote(prefix))"))
        #expect(FileManager.default.fileExists(atPath: outside), "nothing outside the prefix is removed")
        let left = try FileManager.default.subpathsOfDirectory(atPath: prefix).sorted()
        #expect(left == ["bin", "bin/other-tool"], "only what was there before stays")
        #expect(FileManager.default.fileExists(atPath: hotel.directory.path + "/data/hotel.sqlite"), "the hotel's data is kept")
    }
}
