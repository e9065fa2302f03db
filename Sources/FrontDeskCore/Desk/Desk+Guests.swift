import Foundation

/// Which sensitive facts (health, religion, sobriety) a read returns.
public enum SensitiveFacts: Sendable, Equatable {
    /// What the member's role may see: the console.
    case asRoleAllows
    /// None: exports and listings, unless asked for.
    case leftOut
    /// All of them, for a role that may see them; anyone else is refused (and audited).
    case included
}

/// What the profile screen shows about one guest, read at once.
public struct GuestFile: Sendable, Equatable {
    /// As the member may see it: sensitive preferences they may not see are left out and counted.
    public var profile: GuestProfile
    public var complaints: [Complaint]
    public var tier: ValueTier
    /// This member's unfinished pad for the guest, if any.
    public var draft: Draft?
    /// Whether this member may merge profiles: the key is offered only to them.
    public var mayMerge: Bool
    /// What departments of this hotel still have to do for the guest.
    public var openTraces: [Trace] = []
    /// Whether this member may retire the profile as made by mistake: the key is offered only to them.
    public var mayRetire = false
    /// This member's unfinished complaint form about the guest, if the console had to close on it.
    public var complaintDraft: ComplaintDraft? = nil
}

/// Another profile that is probably the same guest, and why.
public struct ProbableDuplicate: Sendable, Equatable {
    public var guest: Guest
    public var reasons: [String]
    public var score: Int
}

extension Desk {
    // MARK: Finding guests

    /// Search as you type; the alert mark as this member may see it, guests of one name told apart.
    public func search(_ text: String, limit: Int) throws -> GuestSearchOutcome {
        var outcome = try store.searchGuests(text, limit: limit)
        outcome.results = Namesakes.mark(outcome.results.map { $0.visible(to: viewerRole) })
        return outcome
    }

    /// Guests in house here, for the empty search box.
    public func inHouse(limit: Int) throws -> [GuestSearchResult] {
        Namesakes.mark(try store.inHouseGuests(property: property, limit: limit).map { $0.visible(to: viewerRole) })
    }

    /// The role reads are filtered for: a disabled member sees as little as an associate.
    var viewerRole: Role { member.isDisabled ? .associate : member.role }

    /// The listed guests who have an open complaint: marked so nobody is greeted as if all were well.
    public func withOpenComplaints(_ guestIDs: [Int64]) throws -> Set<Int64> {
        Set(try store.openComplaintCounts(guestIDs: guestIDs).keys)
    }

    public func guest(_ id: Int64) throws -> Guest {
        guard let guest = try store.guest(id: id) else { throw FrontDeskError.notFound("no guest with id \(id)") }
        return guest
    }

    // MARK: Profiles

    /// One guest's profile with the sensitive facts `sensitive` asks for.
    public func profile(_ guestID: Int64, sensitive: SensitiveFacts = .asRoleAllows) throws -> GuestProfile {
        guard let profile = try store.profile(guestID: guestID) else { throw FrontDeskError.notFound("no guest with id \(guestID)") }
        return profile.visible(to: try viewer(sensitive, subject: "guest #\(profile.guest.id)"))
    }

    /// Everything the profile screen shows, as this member may see it.
    public func guestFile(_ guestID: Int64) throws -> GuestFile {
        let profile = try self.profile(guestID)
        let complaints = try store.complaints(guestID: profile.guest.id)
        let tier = ValueTier.of(stays: profile.stays, complaints: complaints, today: today, settings: try recognitionSettings())
        return GuestFile(profile: profile, complaints: complaints, tier: tier,
                         draft: try draft(for: profile.guest.id), mayMerge: mayMerge,
                         openTraces: try openTraces(ofGuest: profile.guest.id), mayRetire: mayRetireProfiles,
                         complaintDraft: try store.complaintDraft(login: actor.login, guestID: profile.guest.id))
    }

    /// The role a read is filtered for. Asking for sensitive facts without the right is refused and audited.
    func viewer(_ sensitive: SensitiveFacts, subject: String) throws -> Role {
        switch sensitive {
        case .asRoleAllows: return viewerRole
        case .leftOut: return .associate
        case .included:
            let role = try audited("export sensitive", subject: subject) {
                try Permissions.checkSensitive(member, "what was asked for")
                return member.role
            }
            // Given out only once it is on the trail: a read that cannot be recorded is not made.
            try store.recordSensitiveRead(action: "export sensitive", subject: subject, by: actor)
            return role
        }
    }

    // MARK: Guests

    public func addGuest(_ guest: NewGuest) throws -> Int64 {
        try requireActive("add guests", subject: "guest")
        return try store.addGuest(try guest.validated(today: today), by: actor)
    }

    /// Guests already on file with this e-mail address or phone number: a walk-in who is known
    /// already is opened rather than made twice.
    public func guestsSharingContact(_ guest: NewGuest) throws -> [Guest] {
        var ids: [Int64] = []
        if let email = guest.email.nonBlank {
            ids += try store.searchGuests(email, limit: 10).results.map(\.guestID)
        }
        if let phone = guest.phone.nonBlank, SearchFolding.digits(phone).count >= 6 {
            ids += try store.searchGuests(SearchFolding.digits(phone), limit: 10).results.map(\.guestID)
        }
        let found = try store.guests(ids: Array(Set(ids)))
        return Set(ids).compactMap { found[$0] }.filter { other in
            (guest.email.nonBlank.map { $0.lowercased() == other.email?.lowercased() } ?? false)
                || (guest.phone.nonBlank.map { SearchFolding.digits($0) == other.phone.map(SearchFolding.digits) } ?? false)
        }.sorted { $0.id < $1.id }
    }

    /// Corrects a profile's details: what differs from `base` (the profile as the editor saw it) is
    /// written, and each changed field kept in its history with who and when. Returns what changed.
    public func editGuest(_ guestID: Int64, from base: NewGuest, to edited: NewGuest) throws -> [GuestChange] {
        try requireActive("edit guests", subject: "guest #\(guestID)")
        return try store.updateGuest(id: guestID, from: base, to: try edited.validated(today: today), by: actor)
    }

    /// Whether this member may retire a profile made by mistake.
    public var mayRetireProfiles: Bool { (try? Permissions.checkRetireProfile(by: member)) != nil }

    /// A supervisor retires a profile made by mistake: it leaves search, keeps its history, and
    /// its id still opens it.
    public func retireGuest(_ guestID: Int64, reason: String) throws {
        try audited("retire guest", subject: "guest #\(guestID)") { try Permissions.checkRetireProfile(by: member) }
        try TextLimit.check(reason, "reason", max: TextLimit.reason)
        try store.retireGuest(id: guestID, reason: reason, by: actor)
    }

    /// A supervisor puts a retired profile back in use.
    public func reinstateGuest(_ guestID: Int64, reason: String) throws {
        try audited("reinstate guest", subject: "guest #\(guestID)") { try Permissions.checkRetireProfile(by: member) }
        try TextLimit.check(reason, "reason", max: TextLimit.reason)
        try store.reinstateGuest(id: guestID, reason: reason, by: actor)
    }

    // MARK: Flags

    /// Flags are set and cleared with a reason; "do not rent" only by a supervisor.
    public func setFlag(_ kind: GuestFlagKind, on guestID: Int64, reason: String) throws {
        try audited("flags set", subject: "guest #\(guestID)") {
            try Permissions.checkFlag(kind, reason: reason, by: member, clearing: false)
        }
        try store.setFlag(kind, guestID: guestID, reason: reason.trimmingSpaces, by: actor)
    }

    public func clearFlag(_ kind: GuestFlagKind, on guestID: Int64, reason: String) throws {
        try audited("flags clear", subject: "guest #\(guestID)") {
            try Permissions.checkFlag(kind, reason: reason, by: member, clearing: true)
        }
        try store.clearFlag(kind, guestID: guestID, reason: reason.trimmingSpaces, by: actor)
    }

    // MARK: Duplicates

    /// Other profiles that are probably this guest, best first; one whose profile is gone is left out.
    public func probableDuplicates(of guestID: Int64) throws -> [ProbableDuplicate] {
        let matches = try store.duplicates(of: guestID)
        let others = matches.map { $0.olderID == guestID ? $0.newerID : $0.olderID }
        let guests = try store.guests(ids: others)
        return zip(matches, others).compactMap { match, other in
            guard let guest = guests[other], guest.id != guestID else { return nil }
            return ProbableDuplicate(guest: guest, reasons: match.reasons, score: match.score)
        }
    }

    /// Probable duplicates across the database, best first, with both guests.
    public func duplicateCandidates(limit: Int) throws -> [(match: DuplicateMatch, older: Guest?, newer: Guest?)] {
        let matches = try store.duplicateCandidates(limit: limit)
        let guests = try store.guests(ids: Array(Set(matches.flatMap { [$0.olderID, $0.newerID] })))
        return matches.map { ($0, guests[$0.olderID], guests[$0.newerID]) }
    }

    /// Whether this member may merge profiles: the key is offered only to them.
    public var mayMerge: Bool { (try? Permissions.checkMerge(by: member)) != nil }

    /// A supervisor merges two profiles of one person; everything moves to the survivor.
    public func merge(_ absorbed: Int64, into survivor: Int64) throws -> MergeSummary {
        try audited("merge guests", subject: "guest #\(absorbed)") { try Permissions.checkMerge(by: member) }
        return try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: actor)
    }
}
