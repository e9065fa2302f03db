import CSQLite
import Foundation
import FrontDeskCore
import SQLStore

/// The embedded store: one SQLite file shared by every terminal process of one hotel.
/// One instance is one connection; use it from one thread at a time (each process or
/// thread opens its own).
public final class SQLiteGuestStore: SQLGuestStore, FrontDeskStore {
    /// The schema this build reads and writes; a newer file is refused rather than misread.
    public static let schemaVersion = Migrations.all.count
    public static let applicationID = Migrations.applicationID

    let connection: SQLiteConnection

    public var path: String { connection.path }
    public var currentSchemaVersion: Int { Self.schemaVersion }
    /// True when the file was opened (or could only be opened) for reading.
    public var isReadOnly: Bool { connection.isReadOnly }

    /// Opens (and with `create`, creates) the database at `path`, applying pending migrations.
    /// - Parameters:
    ///   - readOnly: open for reading only; every write then fails with `.notPermitted`.
    ///   - busyTimeoutMilliseconds: how long to wait for another process's write lock before `.unavailable`.
    public init(path: String, create: Bool, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 5000,
                now: @escaping @Sendable () -> Date = Date.init) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue {
            throw FrontDeskError.badData("\(path) is a directory, not a frontdesk database")
        }
        if !exists && (!create || readOnly) {
            throw FrontDeskError.notFound("no database at \(path)")
        }
        if !exists {
            // Creating directories is the caller's decision; say which one is missing instead of "cannot open".
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty && !FileManager.default.fileExists(atPath: parent) {
                throw FrontDeskError.notFound("cannot create \(path): the directory \(parent) does not exist")
            }
            // Guests' health, religion and sobriety facts, and PIN hashes: readable by its owner alone,
            // whatever the umask, or by the group that owns a shared data directory (setgid, 2770).
            // SQLite gives its -wal and -shm files the database file's mode.
            let mode = Self.newFileMode(in: parent.isEmpty ? "." : parent)
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
            if fd >= 0 {
                fchmod(fd, mode)
                Glibc.close(fd)
            }
        }
        // Without SQLITE_OPEN_CREATE a missing file is an error, never a new empty database.
        // READWRITE falls back to reading only when the OS write-protects the file.
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
        let db: SQLiteConnection
        do {
            db = try SQLiteConnection(path: path, flags: flags, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        } catch FrontDeskError.notPermitted(let reason) where exists && !readOnly && access(path, R_OK) == 0 {
            // Readable but not writable for us: open it for reading; writes then say why they fail.
            do {
                db = try SQLiteConnection(path: path, flags: SQLITE_OPEN_READONLY, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
            } catch {
                throw FrontDeskError.notPermitted(reason)
            }
        }
        connection = db
        super.init(db: db, now: now)
        // An empty file the user named is not a hotel: say so rather than quietly start one.
        if exists && !create && (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 0 {
            throw FrontDeskError.badData("\(path) is an empty file, not a frontdesk database (create one with 'frontdesk db init --db PATH')")
        }
        // Before any migration: one rebuilds the search index with them.
        if let handle = connection.handle { try SearchFunctions.register(on: handle) }
        try prepareSchema()
    }

    /// 0660 in a directory whose files take its group (the setgid bit: a desk server's data kept
    /// for its `frontdesk` group), 0600 anywhere else.
    static func newFileMode(in directory: String) -> mode_t {
        var info = stat()
        return stat(directory, &info) == 0 && info.st_mode & S_ISGID != 0 ? 0o660 : 0o600
    }

    private func prepareSchema() throws {
        let db = connection
        // The first read of the header: a file that is not SQLite fails here with SQLITE_NOTADB.
        // One snapshot: another terminal may be creating the same file and commit in between.
        let (applicationID, version, objects) = try db.read {
            (Int32(truncatingIfNeeded: try db.int("PRAGMA application_id")),
             Int(try db.int("PRAGMA user_version")),
             try db.int("SELECT count(*) FROM sqlite_schema"))
        }
        if applicationID != Migrations.applicationID && (applicationID != 0 || objects > 0) {
            let owner = applicationID == 0 ? "it holds another program's tables"
                : "its application_id is \(applicationID), frontdesk's is \(Migrations.applicationID)"
            throw FrontDeskError.badData("\(path) is not a frontdesk database (\(owner))")
        }
        if version > Self.schemaVersion {
            throw FrontDeskError.badData(
                "\(path) has schema version \(version), newer than the \(Self.schemaVersion) this frontdesk knows: upgrade frontdesk")
        }
        if !db.isReadOnly {
            try db.useWriteAheadLog()
            try db.run("PRAGMA synchronous = FULL")
            // A file shared with a group (a desk server's): its -wal and -shm stay once made, so they
            // keep the owner they were made with rather than being made again by whichever
            // associate's session opens the file next (and so theirs to read); emptied as the
            // last connection closes.
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & 0o060 != 0 {
                db.keepWriteAheadLogFiles()
                try db.run("PRAGMA journal_size_limit = 4194304")
            }
        }
        // Sorts and temporary tables stay in memory: no file of guests' data appears in /tmp.
        try db.run("PRAGMA temp_store = MEMORY")
        // What is deleted is overwritten, so an erased guest's name is nowhere in the file.
        try db.run("PRAGMA secure_delete = ON")
        try db.run("PRAGMA foreign_keys = ON")
        // Search reads index pages straight from the OS page cache, shared by every terminal process.
        try db.run("PRAGMA mmap_size = 1073741824")
        if version < Self.schemaVersion {
            if db.isReadOnly {
                throw FrontDeskError.notPermitted(
                    "\(path) is read-only and needs upgrading from schema \(version) to \(Self.schemaVersion)")
            }
            try Migrations.apply(to: db)
        }
    }

    /// Closes the file now rather than when the store is released: the last connection to close
    /// folds the WAL back into the file, so it can be moved or copied alone. Later calls fail.
    public func close() {
        connection.close()
    }

    public func grantProperty(_ code: String, role: String, by actor: Actor) throws {
        throw FrontDeskError.invalid(
            "\(path) is one hotel's own file and has no database roles: grant-property is for a chain's PostgreSQL database")
    }

    /// Problems `PRAGMA integrity_check` and `PRAGMA foreign_key_check` find; empty when the file is sound.
    public func integrityCheck() throws -> [String] {
        var problems = try db.query("PRAGMA integrity_check") { $0.text(0) }.filter { $0 != "ok" }
        problems += try db.query("PRAGMA foreign_key_check") { row in
            "\(row.text(0)) row \(row.int(1)) refers to a missing row of \(row.text(2))"
        }
        // The trigram index checks itself: a row removed with other text than it was indexed by shows here.
        do {
            try db.run("INSERT INTO guest_search (guest_search) VALUES ('integrity-check')")
        } catch let error as FrontDeskError {
            problems.append("the search index is damaged (\(error.description)): 'frontdesk db check' after a restore, or rebuild it")
        }
        return problems
    }

    /// The database file, its -wal and -shm beside it, and its directory, when other users of the
    /// machine may reach them.
    public func accessWarnings() -> [String] {
        let directory = (path as NSString).deletingLastPathComponent
        return [path, path + "-wal", path + "-shm", directory.isEmpty ? "." : directory].compactMap { file in
            var info = stat()
            guard stat(file, &info) == 0, info.st_mode & 0o007 != 0 else { return nil }
            let mode = String(info.st_mode & 0o7777, radix: 8)
            let what = (info.st_mode & S_IFMT) == S_IFDIR ? "the data directory \(file) can be entered" : "\(file) can be read"
            return "\(what) by every user of this machine (mode \(mode)): chmod o= '\(file)'"
        }
    }

    /// The schema version recorded in the file (`PRAGMA user_version`).
    public func schemaVersion() throws -> Int {
        Int(try db.int("PRAGMA user_version"))
    }

    /// Opening applies what is due already; this catches up with a migration another terminal
    /// of a newer build has not made yet, each in its own transaction.
    @discardableResult
    public func migrate() throws -> Int {
        if try schemaVersion() < Self.schemaVersion { try Migrations.apply(to: connection) }
        return try schemaVersion()
    }
}
