import Foundation

/// What an import did: counted, and each row that matched a guest already on file by the
/// duplicate rules (no external id to go by) named, for someone to look at.
public struct ImportReport: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var matched: [ImportMatch] = []
    /// Lines whose PMS profile belongs to a guest erased on request: not brought back.
    public var erased: [Int] = []
    /// Lines added with nothing to know the guest by next time (no profile number, e-mail or
    /// phone): the same file imported again adds them again.
    public var unidentified: [Int] = []
    /// Rows imported but for a part the desk's own record outranks, each said why.
    public var notApplied: [ImportNote] = []

    public init() {}
    public var rows: Int { added + updated + unchanged + matched.count + erased.count }
}

/// What an import left as it was on one line of the file, and why.
public struct ImportNote: Sendable, Equatable {
    public var line: Int
    public var why: String
}

/// A row without an external id that is probably a guest already on file: kept as it was.
public struct ImportMatch: Sendable, Equatable {
    public var line: Int
    public var guestID: Int64
    public var why: String
}

extension Desk {
    /// Imports are an administrator's: asked before the file is read (a dry run too, which would
    /// otherwise tell anyone which profile numbers are on file).
    public func checkMayImport(_ what: String) throws {
        try audited("import \(what)", subject: what) { try Permissions.checkAdministrator(member, "import \(what)") }
    }

    /// Brings a property-management system's guests in, all or nothing, in one transaction. A row
    /// with an external id updates the guest imported with it (each change kept in the profile's
    /// history) or adds one; a row without matches guests on file by e-mail or phone, as the
    /// walk-in check does, and adds only when none does. An update changes only `fields` (the
    /// profile's fields the file has columns for, as `GuestFields` names them): what the desk
    /// added that the PMS does not export stays. `rows` hands every row to its argument, in file
    /// order, each checked already.
    public func importGuests(fields: Set<String>,
                             _ rows: ((_ line: Int, _ guest: NewGuest) throws -> Void) throws -> Void) throws -> ImportReport {
        try audited("import guests", subject: "guests") { try Permissions.checkAdministrator(member, "import guests") }
        var report = ImportReport()
        let stamp = now
        try store.bulkLoad { sink in
            try rows { line, guest in
                if let external = guest.externalID {
                    let known = try store.guestID(externalID: external)
                    if let id = known, try store.isErased(guestID: id) {
                        report.erased.append(line)
                    } else if let id = known, let current = try store.guest(id: id), let other = current.externalID, other != external {
                        // Merged at the desk into a profile the PMS keeps under another number: the two
                        // rows would overwrite the profile in turn, each import undoing the other.
                        report.unchanged += 1
                        report.notApplied.append(ImportNote(line: line, why: "PMS profile \(external) was merged into guest #\(id) "
                                                            + "(PMS profile \(other)): left out; merge the two in the PMS too"))
                    } else if let id = known, let current = try store.guest(id: id) {
                        var updated = NewGuest(current)
                        for field in GuestFields.editable where fields.contains(field.name) { field.write(&updated, field.read(guest)) }
                        if try sink.updateGuest(id: id, to: updated, actor: actor).isEmpty { report.unchanged += 1 } else { report.updated += 1 }
                    } else {
                        _ = try sink.addGuest(guest, createdAt: stamp, actor: actor)
                        report.added += 1
                    }
                } else if let known = try guestsSharingContact(guest).first {
                    let how = guest.email.map { known.email?.lowercased() == $0.lowercased() } == true ? "same e-mail" : "same phone"
                    report.matched.append(ImportMatch(line: line, guestID: known.id, why: how))
                } else {
                    _ = try sink.addGuest(guest, createdAt: stamp, actor: actor)
                    report.added += 1
                    if guest.email == nil && guest.phone == nil { report.unidentified.append(line) }
                }
            }
        }
        return report
    }
}

extension Desk {
    /// A stay as a PMS file gives it: a status or revenue the file has no column for is nil.
    public struct StayRow: Sendable {
        public var line: Int
        public var guestID: Int64
        public var room: String
        public var arrival: Day
        public var departure: Day
        public var status: StayStatus?
        public var revenueMinor: Int64?

        public init(line: Int, guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus?, revenueMinor: Int64?) {
            (self.line, self.guestID, self.room, self.arrival, self.departure) = (line, guestID, room, arrival, departure)
            (self.status, self.revenueMinor) = (status, revenueMinor)
        }
    }

    /// Brings a PMS's stays in, all or nothing, at this hotel. `rows` hands every row to its
    /// argument with the guest it names already found (`guestForImport`). A stay already on file
    /// for that guest, here, from the same arrival, takes the file's room, departure, revenue and
    /// status: a later export brings a room move, a longer stay, a check-out or a cancellation. Its
    /// status only moves on (`StayStatus.movesOnByImport`); a file that would move it back is noted.
    public func importStays(_ rows: ((StayRow) throws -> Void) throws -> Void) throws -> ImportReport {
        try audited("import stays", subject: "stays") { try Permissions.checkAdministrator(member, "import stays") }
        var report = ImportReport()
        try store.bulkLoad { sink in
            try rows { row in
                let known = try store.stays(guestIDs: [row.guestID])[row.guestID] ?? []
                if let stay = known.first(where: { $0.property == property && $0.arrival == row.arrival }) {
                    var status = row.status
                    if let next = status, next != stay.status, !stay.status.movesOnByImport(to: next) {
                        report.notApplied.append(ImportNote(line: row.line, why: "stay #\(stay.id) is \(stay.status.label.lowercased()) "
                                                            + "here; the file's '\(next.label.lowercased())' was not applied"))
                        status = nil
                    }
                    let changed = try sink.updateStay(id: stay.id, room: row.room, departure: row.departure, status: status,
                                                      revenueMinor: row.revenueMinor, actor: actor)
                    if changed { report.updated += 1 } else { report.unchanged += 1 }
                } else {
                    _ = try sink.addStay(guestID: row.guestID, room: row.room, arrival: row.arrival, departure: row.departure,
                                         status: row.status ?? .reserved, revenueMinor: row.revenueMinor ?? 0, createdAt: nil,
                                         actor: actor)
                    report.added += 1
                }
            }
        }
        return report
    }

    /// The guest a stay or preference row names: by PMS profile number, else by frontdesk's id;
    /// nil for none, or for a guest erased on request, to whom nothing is added.
    public func guestForImport(externalID: String?, guestID: Int64?) throws -> Int64? {
        let found: Int64?
        if let externalID { found = try store.guestID(externalID: externalID) } else {
            found = try guestID.flatMap { try store.guest(id: $0) != nil ? $0 : nil }
        }
        guard let found, try !store.isErased(guestID: found) else { return nil }
        return found
    }
}

extension Desk {
    /// Brings a PMS's guest preferences in, all or nothing; `rows` hands each with its guest
    /// found. One already on file for the guest (same category, same words) is left as it is.
    public func importPreferences(_ rows: ((_ preference: NewPreference) throws -> Void) throws -> Void) throws -> ImportReport {
        try audited("import preferences", subject: "preferences") { try Permissions.checkAdministrator(member, "import preferences") }
        var report = ImportReport()
        let stamp = now
        try store.bulkLoad { sink in
            try rows { preference in
                let onFile = try store.profile(guestID: preference.guestID)?.preferences ?? []
                if onFile.contains(where: { $0.isActive && $0.category == preference.category
                                            && $0.detail.lowercased() == preference.detail.lowercased() }) {
                    report.unchanged += 1
                } else {
                    _ = try sink.addPreference(preference, recordedAt: stamp, actor: actor)
                    report.added += 1
                }
            }
        }
        return report
    }
}
