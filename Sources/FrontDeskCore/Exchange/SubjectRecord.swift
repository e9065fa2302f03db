import Foundation

/// Everything kept about one guest, for the guest who asks to see it (a data subject's access
/// request): their profile, every preference (the sensitive ones too: they are the guest's own),
/// stays, flags, corrections, complaints with their timelines, traces, unfinished notes and
/// complaint forms, and
/// the audit trail's entries about all of it.
public struct SubjectRecord: Sendable, Encodable {
    public var guest: Guest
    /// Profiles merged into this one, with the details each was kept with and its corrections.
    public var mergedProfiles: [MergedProfile]
    public var preferences: [Preference]
    public var stays: [Stay]
    public var flags: [GuestFlag]
    public var changes: [GuestChange]
    public var complaints: [ComplaintRecord]
    public var traces: [Trace]
    public var drafts: [Draft]
    public var complaintDrafts: [ComplaintDraftRecord]
    public var audit: [AuditEntry]

    /// A complaint form left unfinished, and whose it is.
    public struct ComplaintDraftRecord: Sendable, Encodable {
        public var login: String
        public var draft: ComplaintDraft
    }

    public struct ComplaintRecord: Sendable, Encodable {
        public var complaint: Complaint
        public var entries: [ComplaintEntry]
    }
}

extension Desk {
    /// A guest's whole record, for the guest (supervisors and administrators): handing it over is
    /// on the audit trail, as sensitive facts go with it.
    public func subjectRecord(_ guestID: Int64) throws -> SubjectRecord {
        try audited("export subject", subject: "guest #\(guestID)") { try Permissions.checkRole(member, .supervisor, "export a guest's record") }
        guard let profile = try store.profile(guestID: guestID) else { throw FrontDeskError.notFound("no guest #\(guestID)") }
        let id = profile.guest.id
        let complaints = try store.complaints(guestID: id).map {
            SubjectRecord.ComplaintRecord(complaint: $0, entries: try store.entries(complaintID: $0.id))
        }
        let merged = try store.mergedProfiles(of: id)
        let subjects = ([id] + merged.map(\.guest.id)).map { "guest #\($0)" } + profile.stays.map { "stay #\($0.id)" }
            + complaints.map { "complaint #\($0.complaint.id)" }
        try store.recordSensitiveRead(action: "export subject", subject: "guest #\(id)", by: actor)
        return SubjectRecord(guest: profile.guest, mergedProfiles: merged, preferences: profile.preferences, stays: profile.stays, flags: profile.flags,
                             changes: profile.changes, complaints: complaints, traces: try store.traces(TraceQuery(guestID: id)),
                             drafts: try store.drafts(guestID: id),
                             complaintDrafts: try store.complaintDrafts(guestID: id).map { .init(login: $0.login, draft: $0.draft) },
                             audit: try store.auditTrail(subjects: subjects))
    }
}

extension Desk {
    /// A guest asked to be forgotten (supervisors and administrators): their personal data goes
    /// for good, the fact and the reason stay on the audit trail.
    @discardableResult
    public func eraseGuest(_ guestID: Int64, reason: String) throws -> Int {
        try audited("erase guest", subject: "guest #\(guestID)") { try Permissions.checkRole(member, .supervisor, "erase a guest") }
        try TextLimit.check(reason, "reason", max: TextLimit.reason)
        return try store.eraseGuests(ids: [guestID], reason: reason, by: actor)
    }

    /// Guests the hotel has not seen for `days` days (no stay ending since, made before then):
    /// erased in one transaction (administrators), or with `dryRun` only listed.
    public func purgeInactive(days: Int, dryRun: Bool) throws -> [Int64] {
        try audited("purge guests", subject: "guests") { try Permissions.checkAdministrator(member, "purge guests") }
        guard days >= 30 else { throw FrontDeskError.invalid("purge keeps at least 30 days: --inactive-days \(days) would erase guests in house") }
        let cutoff = today.adding(days: -days)
        let ids = try store.inactiveGuests(noStayEndingSince: cutoff, createdBefore: now.addingTimeInterval(-Double(days) * 86_400))
        if !dryRun && !ids.isEmpty { _ = try store.eraseGuests(ids: ids, reason: "purge: no stay in \(days) days", by: actor) }
        return ids
    }
}
