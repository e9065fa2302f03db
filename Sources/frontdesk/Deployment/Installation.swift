import Foundation

/// Where this frontdesk is installed: `PREFIX/bin/frontdesk`, with its themes in
/// `PREFIX/share/frontdesk/themes` and its configuration in `PREFIX/etc/frontdesk`.
enum Installation {
    /// The running executable, as the kernel knows it (not as it was typed: argv[0] can say anything).
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }

    static var prefix: String {
        URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent().path
    }

    static var themes: String { prefix + "/share/frontdesk/themes" }

    /// The system configuration: the installation's own, else the machine's.
    static var configurationFiles: [String] {
        let own = configurationFile(prefix: prefix)
        return own == machine ? [machine] : [own, machine]
    }

    static let machine = "/etc/frontdesk/frontdesk.conf"

    /// Where an installation under `prefix` keeps its configuration: /etc for one in /usr.
    static func configurationFile(prefix: String) -> String {
        prefix == "/usr" ? machine : prefix + "/etc/frontdesk/frontdesk.conf"
    }
}
