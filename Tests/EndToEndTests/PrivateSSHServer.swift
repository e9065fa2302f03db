import Foundation

/// An OpenSSH server of the tests' own for a `DeskServer`: its own configuration and host key,
/// on a loopback port, never the machine's sshd. It is configured as the README tells a hotel
/// to: associates (a group of their own) get frontdesk and nothing else.
final class PrivateSSHServer {
    let directory: String
    let deskGroup = "fdssh" + DeskServer.suffix()
    private(set) var port: UInt16 = 0
    private var pid: pid_t = 0
    private let server: DeskServer

    init(for server: DeskServer) throws {
        self.server = server
        let sshd = "/usr/sbin/sshd"
        guard FileManager.default.isExecutableFile(atPath: sshd) else {
            throw E2EFailure("sshd is not installed: apt-get install openssh-server, or set FRONTDESK_SKIP_DESK_SERVER=1 to skip on purpose")
        }
        let keygen = try Shell.find("ssh-keygen", hint: "apt-get install openssh-client")
        directory = server.directory + "/ssh"
        try FileManager.default.createDirectory(atPath: directory + "/authorized_keys", withIntermediateDirectories: true)
        chmod(directory, 0o755)
        chmod(directory + "/authorized_keys", 0o755)
        // sshd insists on its privilege-separation directory, as on a real server.
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        for key in ["host_key", "client_key"] {
            try server.system(keygen, ["-q", "-t", "ed25519", "-N", "", "-C", "frontdesk-e2e", "-f", directory + "/" + key])
        }
        // sshd reads authorized keys as the user.
        try FileManager.default.copyItem(atPath: directory + "/client_key.pub", toPath: directory + "/authorized_keys/" + server.associate)
        chmod(directory + "/authorized_keys/" + server.associate, 0o644)
        try server.system("/usr/sbin/groupadd", [deskGroup])
        try server.system("/usr/sbin/usermod", ["--append", "--groups", deskGroup, server.associate])
        let hostKey = try String(contentsOfFile: directory + "/host_key.pub", encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")

        for _ in 0..<5 {
            port = try Self.freePort()
            try configuration.write(toFile: directory + "/sshd_config", atomically: true, encoding: .utf8)
            try "[127.0.0.1]:\(port) \(hostKey)\n".write(toFile: directory + "/known_hosts", atomically: true, encoding: .utf8)
            pid = try Shell.start(sshd, ["-D", "-e", "-f", directory + "/sshd_config"], log: directory + "/sshd.log")
            if try waitUntilListening() { return }
            kill(pid, SIGKILL)
            waitpid(pid, nil, 0)
        }
        throw E2EFailure("sshd did not start: " + ((try? String(contentsOfFile: directory + "/sshd.log", encoding: .utf8)) ?? ""))
    }

    deinit {
        if pid > 0 {
            kill(pid, SIGTERM)
            waitpid(pid, nil, 0)
        }
        _ = try? Shell.run("/usr/bin/pkill", ["-KILL", "-u", server.associate])
        _ = try? Shell.run("/usr/sbin/groupdel", [deskGroup])
    }

    /// The block the README gives a hotel, around this test's own paths and port.
    var configuration: String {
        """
        ListenAddress 127.0.0.1
        Port \(port)
        HostKey \(directory)/host_key
        PidFile \(directory)/sshd.pid
        AuthorizedKeysFile \(directory)/authorized_keys/%u
        # The tests' keys live under /tmp, which StrictModes would refuse (it is world-writable).
        StrictModes no
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        UsePAM no
        PermitRootLogin no
        PermitUserEnvironment no
        PrintMotd no
        PrintLastLog no
        LogLevel VERBOSE

        Match Group \(deskGroup)
            ForceCommand \(server.binary)
            PermitTTY yes
            AcceptEnv LANG NO_COLOR
            DisableForwarding yes
            PermitTunnel no

        """
    }

    /// The ssh client, as a desk terminal runs it: a terminal, LANG passed on, nothing of root's own.
    func client(_ command: [String] = []) throws -> [String] {
        [try Shell.find("ssh", hint: "apt-get install openssh-client"), "-F", "none", "-i", directory + "/client_key",
         "-p", String(port), "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "BatchMode=yes",
         "-o", "UserKnownHostsFile=\(directory)/known_hosts", "-o", "StrictHostKeyChecking=yes", "-o", "SendEnv=LANG",
         "-tt", "\(server.associate)@127.0.0.1"] + command
    }

    /// A terminal with an ssh session to the desk server in it.
    func session(_ command: [String] = []) throws -> Tmux {
        try Tmux(try client(command), environment: ["HOME": directory, "PATH": "/usr/bin:/bin", "ESCDELAY": "25"])
    }

    private func waitUntilListening() throws -> Bool {
        for _ in 0..<100 {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return false }
            if Self.accepts(port) { return true }
            usleep(50_000)
        }
        return false
    }

    static func accepts(_ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// A port nothing listens on now (the kernel's choice for a socket bound to port 0).
    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw E2EFailure("no free loopback port for sshd") }
        return UInt16(bigEndian: address.sin_port)
    }
}
