import Foundation
import Testing

/// Associates reach the desk server over SSH, through a real sshd and a real ssh client, and get
/// frontdesk and nothing else. In the desk server's suite: one at a time, as each makes accounts.
extension DeskServerEndToEndTests {
    @Test func anAssociateSignsInOverSSHSearchesAndSaves() throws {
        let server = try DeskServer()
        try server.asRoot(["guests", "add", "--given", "Søren", "--family", "Kierkegaard"])
        let ssh = try PrivateSSHServer(for: server)
        let desk = try ssh.session()
        try desk.waitFor("LIS · \(server.associate)")
        try desk.openGuest("soren", named: "Søren Kierkegaard")
        try desk.press("p")
        try desk.type("feather pillows, two")
        try desk.waitFor("‹ Bedding ›")
        try desk.press("C-s")
        try desk.waitFor("Saved to Bedding: feather pillows, two")
        try desk.press("F10")
        try desk.type("y")
        try desk.waitUntil("the session to end") { $0.contains("Connection to 127.0.0.1 closed") || $0.contains(Tmux.exitMarker) }

        #expect(try server.asRoot(["prefs", "list", "1"]).output.contains("feather pillows, two"))
        // The audit trail says where it came from, as sshd told frontdesk.
        let trail = try server.asRoot(["audit", "--format", "csv", "--login", server.associate]).output
        #expect(trail.contains("\(server.associate),LIS,ssh 127.0.0.1 /dev/pts/"), "\(trail)")
    }

    @Test func askingForAnotherProgramStillGetsFrontdesk() throws {
        let server = try DeskServer()
        let ssh = try PrivateSSHServer(for: server)
        let desk = try ssh.session(["sqlite3", server.database])
        try desk.waitFor("Find guest:")
        #expect(!(try desk.screen().contains("sqlite>")))
        // And the file itself stays closed to the same account.
        let read = try server.asAssociate("/bin/cat", [server.database])
        #expect(read.status != 0)
    }

    @Test func aDroppedConnectionEndsFrontdeskWithinFiveSecondsAndKeepsTheDraft() throws {
        let server = try DeskServer()
        try server.asRoot(["guests", "add", "--given", "Łukasz", "--family", "Nowak"])
        let ssh = try PrivateSSHServer(for: server)
        let first = try ssh.session()
        try first.openGuest("lukasz", named: "Łukasz Nowak")
        try first.press("p")
        try first.type("quiet room away from the lift")
        try first.waitFor("quiet room away from the lift")
        #expect(try Shell.run("/usr/bin/pgrep", ["-u", server.associate, "-x", "frontdesk"]).status == 0, "frontdesk runs server-side")

        kill(try first.consolePID, SIGKILL) // the desk terminal's ssh client dies
        let deadline = Date().addingTimeInterval(5)
        var running = true
        while running && Date() < deadline {
            running = try Shell.run("/usr/bin/pgrep", ["-u", server.associate, "-x", "frontdesk"]).status == 0
            if running { usleep(100_000) }
        }
        #expect(!running, "the server-side frontdesk ended within five seconds")

        let second = try ssh.session()
        try second.openGuest("nowak", named: "Łukasz Nowak")
        try second.waitFor("An unfinished pad note is waiting")
        try second.press("p")
        try second.waitFor("quiet room away from the lift")
    }
}
