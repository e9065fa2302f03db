import FrontDeskCore

/// Recognition in the console: the arrivals list (F3), reviewed by a coordinator; flags set and
/// cleared on a profile; probable duplicates merged by a supervisor.
extension ConsoleApp {
    func openArrivals() throws {
        if case .arrivals = stack.last { return }
        var screen = ArrivalsScreen(day: desk.day(clock()))
        screen.show(try arrivals(on: screen.day), on: screen.day)
        stack.append(.arrivals(screen))
    }

    func showArrivals(_ day: Day) throws {
        guard case .arrivals(var screen) = stack.last else { return }
        screen.show(try arrivals(on: day), on: day)
        replaceTop(.arrivals(screen))
    }

    /// Only a coordinator or a supervisor marks an arrival reviewed; a refusal is audited.
    func reviewArrival(_ stayID: Int64) throws {
        try audited("review arrival", subject: "stay #\(stayID)") { try ArrivalReview.checkReviewer(member) }
        try store.reviewArrival(stayID: stayID, by: actor)
        try reloadArrivals()
        if case .arrivals(var screen) = stack.last {
            screen.selection = min(screen.selection + 1, max(0, screen.arrivals.count - 1))
            replaceTop(.arrivals(screen))
        }
        message = StatusMessage(text: "Reviewed. A change to this guest's preferences will show it as modified.", role: .success)
    }

    /// Flags are set and cleared from the profile; "do not rent" only by a supervisor. A refusal is audited.
    func flag(_ guestID: Int64, _ kind: GuestFlagKind, reason: String, clearing: Bool) throws {
        try audited(clearing ? "flags clear" : "flags set", subject: "guest #\(guestID)") {
            try GuestFlag.check(kind, reason: reason, by: member, clearing: clearing)
        }
        if clearing {
            try store.clearFlag(kind, guestID: guestID, reason: reason, by: actor)
        } else {
            try store.setFlag(kind, guestID: guestID, reason: reason, by: actor)
        }
        try reloadProfile()
        // Whoever set it has read it.
        if case .profile(var p) = stack.last { p.acknowledged = true; replaceTop(.profile(p)) }
        message = StatusMessage(text: clearing ? "Flag cleared; the reason is kept." : "Flagged \(kind.label.lowercased()).", role: .success)
    }

    /// A supervisor merges a probable duplicate into the profile on screen; a refusal is audited.
    func merge(survivor: Int64, absorbed: Int64) throws {
        try audited("guests merge", subject: "guest #\(absorbed)") { try MergePermission.check(member) }
        let summary = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: actor)
        try reloadProfile()
        if case .profile(var p) = stack.last { p.duplicatesStale = true; replaceTop(.profile(p)) }
        refreshDuplicateHints()
        message = StatusMessage(text: "Merged #\(absorbed) into this profile: \(summary).", role: .success)
    }

    /// The duplicate hint is looked for after the profile is on screen, on the next tick: among a
    /// million guests a common name has many namesakes, and the associate should not wait for them.
    func refreshDuplicateHints() {
        for i in stack.indices {
            guard case .profile(var p) = stack[i], p.duplicatesCheckedFor != p.profile.guest.id || p.duplicatesStale else { continue }
            p.duplicates = (try? DuplicateHint.load(for: p.profile.guest.id, from: store)) ?? []
            p.duplicatesCheckedFor = p.profile.guest.id
            p.duplicatesStale = false
            stack[i] = .profile(p)
        }
    }

    func reloadArrivals() throws {
        for i in stack.indices {
            guard case .arrivals(var screen) = stack[i] else { continue }
            screen.show(try arrivals(on: screen.day), on: screen.day)
            stack[i] = .arrivals(screen)
        }
    }

    private func arrivals(on day: Day) throws -> [Arrival] {
        try ArrivalsBriefing.load(from: store, property: actor.property, day: day, viewer: member.role, today: desk.day(clock()))
    }
}
