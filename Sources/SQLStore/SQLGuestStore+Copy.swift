import Foundation
import FrontDeskCore

/// `frontdesk db copy`: every row of one database into another of the same schema, whichever the
/// engines — a hotel's file into the chain's database, or one property of the chain out into a
/// file. Read from one snapshot, written in one transaction (all or nothing), in pages of rows so
/// memory stays flat; ids are moved past the destination's own, consistently, so every reference,
/// merge and forwarded id still resolves; each table's rows are counted on both sides at the end.
extension SQLGuestStore {
    public func copy(to destination: FrontDeskStore, property: String?,
                     progress: (CopyProgress) -> Void) throws -> [CopiedCount] {
        guard let target = destination as? SQLGuestStore else {
            throw FrontDeskError.invalid("\(destination.location) is not a database frontdesk can copy into")
        }
        guard target.location != location else {
            throw FrontDeskError.invalid("\(location) is both the source and the destination: name two databases")
        }
        let (from, to) = (try (self as? StoreAdministration)?.schemaVersion(), try destination.schemaVersion())
        guard from == to else {
            throw FrontDeskError.invalid("\(location) has schema \(from ?? 0) and \(destination.location) \(to): "
                                         + "run 'frontdesk db migrate' on the older one first")
        }
        return try db.read {
            let plan = try CopiedTable.all.map { table in (table, try db.int("SELECT count(*) FROM \(table.name) \(rowsWhere(table, property))",
                                                                              values(table, property))) }
            var done = CopyProgress(total: plan.reduce(0) { $0 + Int($1.1) })
            return try target.write {
                var offsets: [String: Int64] = [:]
                for (table, _) in plan where table.hasOwnID {
                    offsets[table.name] = try target.db.int("SELECT coalesce(max(id), 0) FROM \(table.name)")
                }
                var counts: [CopiedCount] = []
                for (table, rows) in plan {
                    done.table = table.name
                    let before = try target.db.int("SELECT count(*) FROM \(table.name)")
                    try copyRows(of: table, property: property, into: target, offsets: offsets) { n in
                        done.rows += n
                        progress(done)
                    }
                    let added = try target.db.int("SELECT count(*) FROM \(table.name)") - before
                    if table.hasOwnID { try target.db.continueIDs(of: table.name) }
                    counts.append(CopiedCount(table: table.name, read: Int(rows), added: Int(added)))
                    if added != rows && !table.keepsDestinationRow {
                        throw FrontDeskError.badData("\(table.name): \(rows) rows read from \(location) but \(added) added to "
                                                     + "\(destination.location); nothing was copied")
                    }
                }
                return counts
            }
        }
    }

    private func rowsWhere(_ table: CopiedTable, _ property: String?, after: Bool = false) -> String {
        var conditions: [String] = []
        if let except = table.except { conditions.append("NOT (\(except))") }
        if property != nil, let only = table.ofProperty { conditions.append("(\(only))") }
        if after {
            let keys = table.key.joined(separator: ", ")
            conditions.append(table.key.count == 1 ? "\(keys) > ?" : "(\(keys)) > (\(table.key.map { _ in "?" }.joined(separator: ", ")))")
        }
        return conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    private func values(_ table: CopiedTable, _ property: String?) -> [SQLValue] {
        guard let property, let only = table.ofProperty else { return [] }
        // "?1" is one parameter however often it appears; each plain "?" is one more.
        return only.contains("?1") ? [.text(property)] : Array(repeating: .text(property), count: only.filter { $0 == "?" }.count)
    }

    /// A table's rows, page by page along its key, each page one statement on the destination.
    private func copyRows(of table: CopiedTable, property: String?, into target: SQLGuestStore, offsets: [String: Int64],
                          copied: (Int) -> Void) throws {
        let columns = table.columns.map(\.name).joined(separator: ", ")
        let keyIndexes = table.key.map { key in table.columns.firstIndex { $0.name == key }! }
        let page = 500
        var last: [SQLValue]?
        while true {
            let filter = rowsWhere(table, property, after: last != nil)
            let rows: [[SQLValue]] = try db.query("""
                SELECT \(columns) FROM \(table.name) \(filter) ORDER BY \(table.key.joined(separator: ", ")) LIMIT \(page)
                """, values(table, property) + (last ?? [])) { row in
                table.columns.enumerated().map { i, column in
                    let c = Int32(i)
                    if row.isNull(c) { return .null }
                    switch column.kind {
                    case .int: return .int(row.int(c))
                    case .real: return .real(row.double(c))
                    case .text: return .text(row.text(c))
                    }
                }
            }
            guard let lastRow = rows.last else { return }
            last = keyIndexes.map { lastRow[$0] }
            let home = table.columns.firstIndex { $0.name == "home_property" }
            let moved = rows.map { row in
                row.enumerated().map { i, value -> SQLValue in
                    // One hotel taken out of a chain takes its own staff's PINs, nobody else's.
                    if let property, let home, table.columns[i].name == "pin_hash", case .text(let theirs) = row[home], theirs != property {
                        return .null
                    }
                    // A pad's draft names its guest and stay inside its text too.
                    if table.name == "drafts", table.columns[i].name == "payload", case .text(let payload) = value {
                        return .text(Self.draft(payload, guestsAfter: offsets["guests"] ?? 0, staysAfter: offsets["stays"] ?? 0))
                    }
                    guard let owner = table.ids[table.columns[i].name], case .int(let id) = value else { return value }
                    return .int(id + (offsets[owner] ?? 0))
                }
            }
            try insert(moved, into: table, on: target)
            copied(rows.count)
            if rows.count < page { return }
        }
    }

    /// A draft's text with its guest and stay ids moved as the rows' are; text that is not a draft's is kept as it is.
    static func draft(_ payload: String, guestsAfter: Int64, staysAfter: Int64) -> String {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(payload.utf8))) as? [String: Any] else { return payload }
        if let guest = object["guestID"] as? NSNumber { object["guestID"] = guest.int64Value + guestsAfter }
        if let stay = object["stayID"] as? NSNumber { object["stayID"] = stay.int64Value + staysAfter }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return payload }
        return String(decoding: data, as: UTF8.self)
    }

    private func insert(_ rows: [[SQLValue]], into table: CopiedTable, on target: SQLGuestStore) throws {
        let placeholders = "(" + table.columns.map { _ in "?" }.joined(separator: ", ") + ")"
        let keep = table.keepsDestinationRow ? " ON CONFLICT DO NOTHING" : ""
        for chunk in stride(from: 0, to: rows.count, by: 100).map({ rows[$0..<min($0 + 100, rows.count)] }) {
            try target.db.run("""
                INSERT INTO \(table.name) (\(table.columns.map(\.name).joined(separator: ", ")))
                VALUES \(Array(repeating: placeholders, count: chunk.count).joined(separator: ", "))\(keep)
                """, chunk.flatMap { $0 })
        }
        // The substring index of an engine that keeps one beside the guest row.
        if table.name == "guests", let text = table.columns.firstIndex(where: { $0.name == "search_text" }) {
            for row in rows {
                guard case .int(let id) = row[0], case .text(let search) = row[text] else { continue }
                try target.db.indexSearchText(guestID: id, old: nil, new: search)
            }
        }
    }
}
