import Foundation
import FrontDeskCore

/// The desk server's own settings, written by whoever installed it: which database and which
/// property, so associates' sessions need no options. A file of `name = value` lines; `#` starts
/// a comment. For a caller outside the data's group it is the only word on where the data is.
struct SystemConfiguration: Equatable {
    var file: String
    var database: String?
    /// A streaming replica of the chain database near this hotel, for search and profiles.
    var readDatabase: String?
    var property: String?

    static let names = ["database", "read-database", "property"]

    /// The first configuration file there is (`Installation.configurationFiles`), or nil.
    static func find(requireTrusted: Bool) throws -> SystemConfiguration? {
        guard let file = Installation.configurationFiles.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return nil
        }
        if requireTrusted { try checkTrusted(file) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(code: .configuration, message: "cannot read \(file): ask whoever runs this server to check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure(code: .configuration, message: "\(file) is not UTF-8 text")
        }
        return try parse(text, file: file)
    }

    static func parse(_ text: String, file: String) throws -> SystemConfiguration {
        var config = SystemConfiguration(file: file)
        for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = withoutComment(String(raw)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            func refuse(_ why: String) -> CommandFailure {
                CommandFailure(code: .configuration, message: "\(file), line \(number + 1): \(why)")
            }
            guard let equals = line.firstIndex(of: "=") else { throw refuse("write it as name = value, such as 'property = LIS'") }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { throw refuse("\(name) has no value") }
            switch name {
            case "database":
                guard value.hasPrefix("/") || StoreLocation(value) != .file(value) else {
                    throw refuse("database takes an absolute path (/var/lib/frontdesk/hotel.sqlite) or a postgres:// URL, not '\(value)'")
                }
                config.database = value
            case "read-database":
                guard case .postgres = StoreLocation(value) else {
                    throw refuse("read-database takes the postgres:// URL (or service=NAME) of a read replica, not '\(value)'")
                }
                config.readDatabase = value
            case "property": config.property = value
            default: throw refuse("unknown setting '\(name)' (settings: \(names.joined(separator: ", ")))")
            }
        }
        if config.readDatabase != nil {
            switch config.database.map(StoreLocation.init) {
            case .postgres?: break
            case .file?:
                throw CommandFailure(code: .configuration, message: "\(file): read-database is a replica of a chain database on PostgreSQL, "
                                     + "and database names a hotel's own file: leave read-database out")
            case nil:
                throw CommandFailure(code: .configuration, message: "\(file): read-database is a replica of the chain database "
                                     + "that database = names: add that line")
            }
        }
        return config
    }

    /// `#` starts a comment at the start of a line or after a space; inside a value (a password,
    /// a URL's fragment) it is part of it.
    static func withoutComment(_ line: String) -> String {
        var previous: Character = " "
        for index in line.indices {
            if line[index] == "#" && previous.isWhitespace { return String(line[..<index]) }
            previous = line[index]
        }
        return line
    }

    /// A program running with the data's group believes only a file that the caller could not
    /// have written: owned by root or by the executable's owner, writable by no other user and by
    /// no group but the data's own, in a folder that is the same.
    static func checkTrusted(_ file: String) throws {
        var owner = stat()
        _ = stat(Installation.executable, &owner)
        for path in [file, (file as NSString).deletingLastPathComponent] {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let trustedOwner = info.st_uid == 0 || info.st_uid == owner.st_uid
            let groupWrites = info.st_mode & 0o020 != 0 && info.st_gid != Privilege.dataGroup
            if !trustedOwner || info.st_mode & 0o002 != 0 || groupWrites || (info.st_mode & S_IFMT) == S_IFLNK {
                throw CommandFailure(code: .configuration, message: "\(path) could have been changed by anyone: it must belong to root "
                                     + "and be writable by no one else (chown root '\(path)'; chmod go-w '\(path)')")
            }
        }
    }
}
