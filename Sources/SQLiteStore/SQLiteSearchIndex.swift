import Foundation
import SQLStore

/// What SQLite does its own way: lists unpacked with `json_each`, substrings found through the
/// FTS5 trigram table `guest_search`, and a bulk load with the file's safety relaxed for its length.
extension SQLiteConnection {
    var idsOfList: String { "SELECT value FROM json_each(?)" }
    var textsOfList: String { "SELECT value FROM json_each(?)" }
    var refusalCountQuery: String { "SELECT count(*) FROM refusals WHERE action = ? AND subject = ? AND at >= ?" }
    // rtrim by every character but "$" leaves the hash up to its last "$".
    var pinSettingQuery: String { "SELECT rtrim(rtrim(pin_hash, replace(pin_hash, '$', '')), '$') FROM staff WHERE login = ?" }
    /// The file's write lock already makes check and count one step.
    var checkPINQuery: String? { nil }
    func daysLater(_ column: String) -> String { "date(\(column), ? || ' days')" }

    /// A hotel's file holds all it has.
    func seesOneProperty() throws -> Bool { false }

    /// SQLite's next rowid is always past the largest.
    func continueIDs(of table: String) throws {}

    /// The pages the erasure freed are zeroes already (secure_delete); the search index's merged
    /// anew; the log that held the old contents is folded into the file and truncated.
    func forgetErased(tables: [String]) throws {
        // The trigram index only marks an entry deleted until its segments are merged: merge
        // them now, so no segment still holds what the guest's entry held.
        try write { try run("INSERT INTO guest_search (guest_search) VALUES ('optimize')") }
        try run("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    func guestsContaining(_ key: String, limit: Int) throws -> [Int64] {
        try releaseHeldSearchText()
        // A quoted phrase: the key is matched literally, FTS5 query syntax in it means nothing.
        let phrase = "\"" + key.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return try query("SELECT rowid FROM guest_search WHERE guest_search MATCH ? ORDER BY rowid LIMIT ?",
                         [.text(phrase), .int(Int64(limit))]) { $0.int(0) }
    }

    func indexSearchText(guestID: Int64, old: String?, new: String) throws {
        // FTS5 writes out what it holds in memory at the start of every statement that needs a
        // statement journal (an INSERT … RETURNING into guests is one): entries added one guest at a
        // time become one tiny segment each, to be merged again and again. A bulk load therefore
        // holds new entries back and adds them thousands at a time.
        if heldSearchText != nil, old?.isEmpty ?? true {
            if !new.isEmpty { heldSearchText!.append((guestID, new)) }
            if heldSearchText!.count >= 20_000 { try releaseHeldSearchText() }
            return
        }
        try releaseHeldSearchText()
        // The trigram table keeps no text of its own: a row is removed by giving back exactly what it
        // indexed, which the guest row keeps (search_text).
        if let old, !old.isEmpty {
            try run("INSERT INTO guest_search (guest_search, rowid, text) VALUES ('delete', ?, ?)", [.int(guestID), .text(old)])
        }
        if !new.isEmpty {
            try run("INSERT INTO guest_search (rowid, text) VALUES (?, ?)", [.int(guestID), .text(new)])
        }
    }

    /// Adds the entries a bulk load held back, one after another: FTS5 gathers them in memory.
    private func releaseHeldSearchText() throws {
        guard let held = heldSearchText, !held.isEmpty else { return }
        heldSearchText = []
        for entry in held {
            try run("INSERT INTO guest_search (rowid, text) VALUES (?, ?)", [.int(entry.id), .text(entry.text)])
        }
    }

    /// `synchronous` is relaxed for the load (a crash loses the load, never the file) and restored to FULL.
    func bulkLoading(_ load: () throws -> Void) throws {
        let cacheSize = try int("PRAGMA cache_size")
        try run("PRAGMA synchronous = OFF")
        try run("PRAGMA cache_size = -262144") // 256 MiB: fewer pages spilled to the WAL mid-transaction
        defer {
            try? run("PRAGMA cache_size = \(cacheSize)")
            try? run("PRAGMA synchronous = FULL")
        }
        try write {
            heldSearchText = []
            defer { heldSearchText = nil }
            try load()
            try releaseHeldSearchText()
            // Merge the trigram index's many segments into one: substring search reads one b-tree, not dozens.
            try run("INSERT INTO guest_search (guest_search) VALUES ('optimize')")
        }
        // Fold the large WAL back into the file and shrink it. The load is already committed, so a
        // checkpoint held up by a reader is no failure: SQLite finishes it at a later commit or close.
        try? run("PRAGMA wal_checkpoint(TRUNCATE)")
    }
}
