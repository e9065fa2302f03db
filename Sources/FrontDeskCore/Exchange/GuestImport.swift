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

/// When a file says something happened: a day, or a moment as an export writes it.
public enum ImportedTime: Sendable, Equatable {
    case day(Day)
    case moment(Date)
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
                    let current = try known.flatMap { try store.guest(id: $0) }
                    if let id = known, try store.isErased(guestID: id) {
                        report.erased.append(line)
                    } else if let current, let other = try otherPMSProfile(of: current, besides: external) {
                        // Merged at the desk with a profile the PMS keeps under another number: the two
                        // rows would overwrite the profile in turn, each import undoing the other.
                        report.unchanged += 1
                        report.notApplied.append(ImportNote(line: line, why: "PMS profile \(external) was merged into guest #\(current.id) "
                                                            + "with PMS profile \(other): left out; merge the two in the PMS too"))
                    } else if let current {
                        var updated = NewGuest(current)
                        for field in GuestFields.editable where fields.contains(field.name) { field.write(&updated, field.read(guest)) }
                        if try sink.updateGuest(id: current.id, to: updated, actor: actor).isEmpty { report.unchanged += 1 } else { report.updated += 1 }
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
    /// The PMS profile number that speaks for a merged guest instead of `external`, if any: the
    /// survivor's own, else another merged into it. The survivor's own row is always its own.
    func otherPMSProfile(of guest: Guest, besides external: String) throws -> String? {
        if let own = guest.externalID { return own == external ? nil : own }
        return try store.mergedProfiles(of: guest.id).compactMap(\.guest.externalID).first { $0 != external }
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
    /// argument with the guest it names already found (`guestForImport`). A row is the stay on file
    /// for that guest, here, from the same arrival in the same room, or else the only one from that
    /// arrival no other row named (a room move): it takes the file's room, departure, revenue and
    /// status, so a later export brings a room move, a longer stay, a check-out or a cancellation.
    /// A stay only moves on (`StayStatus.movesOnByImport`): a row older than the desk's record of
    /// it is left out whole, and noted, as is a room move among several stays from one arrival.
    public func importStays(_ rows: ((StayRow) throws -> Void) throws -> Void) throws -> ImportReport {
        try audited("import stays", subject: "stays") { try Permissions.checkAdministrator(member, "import stays") }
        var report = ImportReport()
        var named = Set<Int64>()  // stays a row of this file has been, or added
        try store.bulkLoad { sink in
            try rows { row in
                let here = (try store.stays(guestIDs: [row.guestID])[row.guestID] ?? [])
                    .filter { $0.property == property && $0.arrival == row.arrival }
                let room = row.room.trimmingSpaces
                let unnamed = here.filter { !named.contains($0.id) }
                guard let stay = here.first(where: { $0.room == room }) ?? (unnamed.count == 1 ? unnamed.first : nil) else {
                    if unnamed.count > 1 {
                        report.unchanged += 1
                        report.notApplied.append(ImportNote(line: row.line, why: "the guest has \(unnamed.count) stays here from \(row.arrival), "
                                                            + "none in room \(room): which one moved cannot be told; left out"))
                        return
                    }
                    named.insert(try sink.addStay(guestID: row.guestID, room: row.room, arrival: row.arrival, departure: row.departure,
                                                  status: row.status ?? .reserved, revenueMinor: row.revenueMinor ?? 0,
                                                  createdAt: nil, actor: actor))
                    report.added += 1
                    return
                }
                named.insert(stay.id)
                if let next = row.status, next != stay.status, !stay.status.movesOnByImport(to: next) {
                    report.unchanged += 1
                    report.notApplied.append(ImportNote(line: row.line, why: "stay #\(stay.id) is \(stay.status.label.lowercased()) here, "
                                                        + "the file says \(next.label.lowercased()): older than the desk's record; left out"))
                    return
                }
                let changed = try sink.updateStay(id: stay.id, room: row.room, departure: row.departure, status: row.status,
                                                  revenueMinor: row.revenueMinor, actor: actor)
                if changed { report.updated += 1 } else { report.unchanged += 1 }
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
    /// found, and when the PMS noted it if the file says (else it is recorded now): the weeks of
    /// the recognition report count it when it was learnt, not when it was imported. One already
    /// on file for the guest (same category, same words) is left as it is.
    public func importPreferences(_ rows: ((_ preference: NewPreference, _ recorded: ImportedTime?) throws -> Void) throws -> Void)
        throws -> ImportReport {
        try audited("import preferences", subject: "preferences") { try Permissions.checkAdministrator(member, "import preferences") }
        var report = ImportReport()
        let stamp = now
        func moment(_ time: ImportedTime?) -> Date {
            switch time {
            case .moment(let date)?: return min(date, stamp)
            // A day alone: its noon at the hotel, so no time zone moves it to another day.
            case .day(let day)?:
                return min(stamp, calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? stamp)
            case nil: return stamp
            }
        }
        try store.bulkLoad { sink in
            try rows { preference, recorded in
                let onFile = try store.profile(guestID: preference.guestID)?.preferences ?? []
                if onFile.contains(where: { $0.isActive && $0.category == preference.category
                                            && $0.detail.lowercased() == preference.detail.lowercased() }) {
                    report.unchanged += 1
                } else {
                    _ = try sink.addPreference(preference, recordedAt: moment(recorded), actor: actor)
                    report.added += 1
                }
            }
        }
        return report
    }
}
