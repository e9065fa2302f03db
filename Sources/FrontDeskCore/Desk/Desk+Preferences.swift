import Foundation

/// What to do when what is being recorded is already on the guest's profile.
public enum IfAlreadyOnFile: Sendable, Equatable {
    /// Record nothing and say which preference says it (the pad asks the associate).
    case ask
    /// Confirm the preference on file instead (the command line, an import).
    case confirm
    /// Record it anyway: the associate said it is news.
    case recordAgain
}

/// What saving a preference did.
public enum PreferenceOutcome: Sendable, Equatable {
    case recorded(id: Int64)
    /// It was already on file: that preference was confirmed instead of recorded twice.
    case confirmed(id: Int64)
    /// It is already on file; nothing was written (`IfAlreadyOnFile.ask`).
    case alreadyOnFile(Preference)
}

extension Desk {
    /// Records what the guest said. Saying again what a preference on file already says confirms it
    /// (or asks first), so an observation seen again stops being "seen 1×" and nothing is kept twice.
    public func recordPreference(_ new: NewPreference, ifAlreadyOnFile: IfAlreadyOnFile) throws -> PreferenceOutcome {
        try requireActive("record preferences", subject: "guest #\(new.guestID)")
        let valid = try new.validated()
        try requireDepartment(valid.department ?? valid.category.department)
        if ifAlreadyOnFile != .recordAgain {
            let onFile = try profile(valid.guestID).current
            if let existing = PreferenceMatching.existing(matching: valid, in: onFile) {
                guard ifAlreadyOnFile == .confirm else { return .alreadyOnFile(existing) }
                try confirmPreference(existing.id)
                return .confirmed(id: existing.id)
            }
        }
        return .recorded(id: try store.recordPreference(valid, by: actor))
    }

    /// The guest says it still holds. A sensitive one is changed only by a role that may see it.
    public func confirmPreference(_ id: Int64) throws {
        _ = try changeablePreference(id, doing: "confirm")
        try store.confirmPreference(id: id, by: actor)
    }

    /// It no longer holds; the reason stays in the guest's history.
    public func retirePreference(_ id: Int64, reason: String) throws {
        if reason.trimmingSpaces.isEmpty {
            throw FrontDeskError.invalid("say why it no longer applies; the reason stays in the guest's history")
        }
        try TextLimit.check(reason.trimmingSpaces, "reason", max: TextLimit.reason)
        _ = try changeablePreference(id, doing: "retire")
        try store.retirePreference(id: id, reason: reason.trimmingSpaces, by: actor)
    }

    private func changeablePreference(_ id: Int64, doing verb: String) throws -> Preference {
        try requireActive("\(verb) preferences", subject: "preference #\(id)")
        guard let preference = try store.preference(id: id) else { throw FrontDeskError.notFound("no preference with id \(id)") }
        if preference.isSensitive {
            try audited("\(verb) preference", subject: "preference #\(id)") {
                try Permissions.checkSensitive(member, "preference \(id)")
            }
        }
        return preference
    }

    /// The associate asked the guest today's one question.
    public func recordQuestionAsked(_ category: PreferenceCategory, of guestID: Int64) throws {
        try requireActive("ask the one question", subject: "guest #\(guestID)")
        try store.recordQuestionAsked(guestID: guestID, category: category, by: actor)
    }

    // MARK: Drafts

    /// Keeps a half-written pad for the same associate to finish next time; an empty one is not kept.
    public func keepDraft(_ preference: NewPreference) throws {
        guard !preference.detail.trimmingSpaces.isEmpty else { return }
        try store.saveDraft(Draft(login: actor.login, guestID: preference.guestID, preference: preference, savedAt: now))
    }

    /// Keeps this associate's half-written complaint form about the guest.
    public func keepComplaintDraft(_ draft: ComplaintDraft, for guestID: Int64) throws {
        try store.saveComplaintDraft(draft, login: actor.login, guestID: guestID, savedAt: now)
    }

    public func complaintDraft(for guestID: Int64) throws -> ComplaintDraft? {
        try store.complaintDraft(login: actor.login, guestID: guestID)
    }

    public func discardComplaintDraft(for guestID: Int64) throws {
        try store.discardComplaintDraft(login: actor.login, guestID: guestID)
    }

    /// This associate's unfinished note about the guest; a sensitive one the guest never agreed to
    /// keep is dropped once a day old, not offered.
    public func draft(for guestID: Int64) throws -> Draft? {
        while let draft = try store.draft(login: actor.login, guestID: guestID) {
            guard draft.hasExpired(at: now) else { return draft }
            try store.discardDraft(login: actor.login, guestID: guestID)
        }
        return nil
    }

    /// Drops this associate's draft for the guest; returns the one that takes its place (a merge
    /// may have kept two apart), if any.
    @discardableResult
    public func discardDraft(for guestID: Int64) throws -> Draft? {
        try store.discardDraft(login: actor.login, guestID: guestID)
        return try draft(for: guestID)
    }

    /// Drops every associate's sensitive notes kept without consent for more than a day, wherever
    /// they are: run as a console starts, so none outlives its day for want of being reopened.
    @discardableResult
    public func expireUnconsentedDrafts() throws -> Int {
        try store.discardDrafts(savedBefore: now.addingTimeInterval(-Draft.unconsentedLifetime)) { $0.hasExpired(at: now) }
    }
}
