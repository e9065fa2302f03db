import Foundation
import FrontDeskOutput

/// `frontdesk install` and `frontdesk uninstall`: puts this build, its themes, its manual page and
/// its bash completion under a prefix, and takes away exactly that again. Every file written is
/// listed in `PREFIX/share/frontdesk/installed`, which uninstall reads; data is never touched.
enum InstallCommand {
    static func install(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("install takes no operands") }
        let prefix = try absolute(args.option("prefix") ?? "/usr/local")
        let group = try args.option("group").map(groupID)
        let checkout = try sourceCheckout()
        for option in ["property", "read-database"] where args.option(option) != nil && args.option("database") == nil {
            throw CommandFailure.usage("install --\(option) needs --database: together they make the system configuration")
        }
        var placed = Placement(prefix: prefix)

        try placed.file(prefix + "/bin/frontdesk", from: Installation.executable, mode: group == nil ? 0o755 : 0o2755, group: group)
        let themes = try FileManager.default.contentsOfDirectory(atPath: checkout + "/Themes").filter { $0.hasSuffix(".theme") }.sorted()
        for theme in themes {
            try placed.file(prefix + "/share/frontdesk/themes/" + theme, from: checkout + "/Themes/" + theme, mode: 0o644)
        }
        try placed.file(prefix + "/share/man/man1/frontdesk.1", from: checkout + "/frontdesk.1", mode: 0o644)
        try placed.file(prefix + "/share/bash-completion/completions/frontdesk", text: Completion.bash + "\n", mode: 0o644)
        if let database = args.option("database") {
            let property = try args.option("property").map(Settings.propertyCode)
            let text = "# frontdesk's system configuration: the hotel's database, and the hotel it is.\n"
                + "database = \(database)\n" + (args.option("read-database").map { "read-database = \($0)\n" } ?? "")
                + (property.map { "property = \($0)\n" } ?? "")
            // What frontdesk would refuse to read, install refuses to write.
            do { _ = try SystemConfiguration.parse(text, file: "--database") } catch let failure as CommandFailure {
                throw CommandFailure.usage(failure.message)
            }
            // Readable by the data's group alone when there is one: a chain's URL may hold a password.
            try placed.file(Installation.configurationFile(prefix: prefix), text: text, mode: group == nil ? 0o644 : 0o640, group: group)
            if let group, !database.contains("://"), !database.hasPrefix("service=") {
                try makeDataDirectory((database as NSString).deletingLastPathComponent, group: group)
            }
        }
        try placed.writeManifest()
        Output.print("Installed \(placed.files.count) files under \(prefix)"
                     + (group.map { _ in "; \(prefix)/bin/frontdesk is setgid \(args.option("group")!) (mode 2755)" } ?? "") + ".")
        Output.print("Remove them with: \(prefix)/bin/frontdesk uninstall --prefix \(prefix)")
    }

    static func uninstall(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("uninstall takes no operands") }
        let prefix = try absolute(args.option("prefix") ?? "/usr/local")
        let manifest = Placement.manifest(prefix)
        guard let text = FileManager.default.contents(atPath: manifest).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw CommandFailure(code: .noInput, message: "nothing was installed under \(prefix) by frontdesk install (no \(manifest))")
        }
        try checkWrittenByInstall(manifest)
        var removed = 0
        let lines = text.split(separator: "\n").map(String.init)
        // Files first, then the folders install made, deepest first, each only if now empty; only
        // what lies inside the prefix, reached without following a link out of it.
        for line in lines where line.hasPrefix("file ") {
            let path = String(line.dropFirst(5))
            guard isInside(prefix, path) else { continue }
            if unlink(path) == 0 { removed += 1 }
        }
        unlink(manifest)
        for line in lines.reversed() where line.hasPrefix("dir ") {
            let path = String(line.dropFirst(4))
            if path == prefix || isInside(prefix, path) { rmdir(path) }
        }
        Output.print("Removed \(removed) files from \(prefix); the hotel's data is kept where it is.")
    }

    /// `path` names something under `prefix` once written plainly (no "..", no ".") and with the
    /// folders that hold it resolved: a link planted in the prefix does not lead uninstall outside.
    static func isInside(_ prefix: String, _ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard path.hasPrefix(prefix + "/"), !parts.contains(".."), !parts.contains(".") else { return false }
        let realPrefix = URL(fileURLWithPath: prefix).resolvingSymlinksInPath().path
        let realFolder = URL(fileURLWithPath: (path as NSString).deletingLastPathComponent).resolvingSymlinksInPath().path
        return realFolder == realPrefix || realFolder.hasPrefix(realPrefix + "/")
    }

    /// The list of what was installed is believed only if no one but its owner (root, or who
    /// installed) could have changed it.
    static func checkWrittenByInstall(_ manifest: String) throws {
        var info = stat()
        guard lstat(manifest, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              info.st_uid == 0 || info.st_uid == getuid(), info.st_mode & 0o022 == 0 else {
            throw CommandFailure(code: .notPermitted, message: "\(manifest) could have been changed by someone else, so uninstall "
                                 + "will not act on it: check it, then remove the files it lists by hand")
        }
    }

    /// The built checkout this binary came from: the one holding the manual page and the themes.
    static func sourceCheckout() throws -> String {
        var dir = URL(fileURLWithPath: Installation.executable).deletingLastPathComponent()
        for _ in 0..<6 {
            let fm = FileManager.default
            if fm.fileExists(atPath: dir.path + "/frontdesk.1") && fm.fileExists(atPath: dir.path + "/Themes") { return dir.path }
            dir = dir.deletingLastPathComponent()
        }
        throw CommandFailure(code: .noInput, message: "install copies what a built checkout holds (frontdesk.1, Themes/): "
                             + "run it as .build/release/frontdesk install from the checkout")
    }

    static func absolute(_ path: String) throws -> String {
        guard path.hasPrefix("/") else { throw CommandFailure.usage("--prefix takes an absolute path, such as /usr/local") }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    static func groupID(_ name: String) throws -> gid_t {
        guard let group = getgrnam(name) else {
            throw CommandFailure(code: .configuration, message: "there is no group '\(name)': make it first (groupadd --system \(name))")
        }
        return group.pointee.gr_gid
    }

    /// The folder the data lives in: the group's alone (2770), its new files the group's too.
    static func makeDataDirectory(_ path: String, group: gid_t) throws {
        guard !path.isEmpty, !FileManager.default.fileExists(atPath: path) else { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard chown(path, 0, group) == 0, chmod(path, 0o2770) == 0 else {
            throw CommandFailure(code: .notPermitted, message: "cannot give \(path) to the group: run install as root")
        }
        Output.print("Made the data directory \(path) (root, its group, mode 2770); it stays when frontdesk is uninstalled.")
    }
}

/// What an install has written so far, so the manifest lists exactly that.
struct Placement {
    let prefix: String
    private(set) var files: [String] = []
    private(set) var directories: [String] = []

    init(prefix: String) { self.prefix = prefix }

    static func manifest(_ prefix: String) -> String { prefix + "/share/frontdesk/installed" }

    mutating func file(_ path: String, from source: String, mode: mode_t, group: gid_t? = nil) throws {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw CommandFailure(code: .noInput, message: "cannot read \(source) to install it")
        }
        try file(path, data: data, mode: mode, group: group)
    }

    mutating func file(_ path: String, text: String, mode: mode_t, group: gid_t? = nil) throws {
        try file(path, data: Data(text.utf8), mode: mode, group: group)
    }

    /// Written beside its place and renamed into it, so a running frontdesk is never half-replaced;
    /// made new (never through a link), and owner, group and mode set on the open file, the group
    /// before the mode, as chown clears the setgid bit.
    private mutating func file(_ path: String, data: Data, mode: mode_t, group: gid_t?) throws {
        try makeParents(of: path)
        let partial = path + ".installing"
        unlink(partial)
        let fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CommandFailure(code: .notPermitted, message: "cannot write \(path): run install as root, or choose --prefix")
        }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let owned = group.map { fchown(fd, 0, $0) == 0 } ?? true
        let moded = fchmod(fd, mode) == 0
        close(fd)
        guard written == data.count, owned, moded else {
            unlink(partial)
            throw CommandFailure(code: .notPermitted, message: owned ? "cannot write \(path)"
                                 : "cannot give \(path) to its group: run install as root")
        }
        guard rename(partial, path) == 0 else {
            unlink(partial)
            throw CommandFailure(code: .notPermitted, message: "cannot put \(path) in place: \(String(cString: strerror(errno)))")
        }
        files.append(path)
    }

    private mutating func makeParents(of path: String) throws {
        var missing: [String] = []
        var dir = (path as NSString).deletingLastPathComponent
        while !FileManager.default.fileExists(atPath: dir) {
            missing.insert(dir, at: 0)
            dir = (dir as NSString).deletingLastPathComponent
        }
        for dir in missing {
            guard mkdir(dir, 0o755) == 0 || errno == EEXIST else {
                throw CommandFailure(code: .notPermitted, message: "cannot make \(dir): run install as root, or choose --prefix")
            }
            chmod(dir, 0o755)
            if dir.hasPrefix(prefix + "/") || dir == prefix { directories.append(dir) }
        }
    }

    /// The list of what is installed: this install's, after what an earlier install left, so an
    /// uninstall after a reinstall still removes everything.
    mutating func writeManifest() throws {
        let path = Placement.manifest(prefix)
        let earlier = (FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? "")
            .split(separator: "\n").map(String.init)
        var lines: [String] = []
        for line in earlier.filter({ $0.hasPrefix("dir ") }) + directories.map({ "dir " + $0 })
            + earlier.filter({ $0.hasPrefix("file ") }) + files.map({ "file " + $0 }) where !lines.contains(line) {
            lines.append(line)
        }
        try makeParents(of: path)
        guard FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8)) else {
            throw CommandFailure(code: .notPermitted, message: "cannot write \(path)")
        }
        chmod(path, 0o644)
    }
}
