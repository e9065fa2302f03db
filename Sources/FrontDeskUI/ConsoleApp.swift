import Foundation
import FrontDeskCore

/// The console: a stack of screens over the store. Screens decide, the console carries out
/// their effects (store reads and writes), and renders whatever is on top.
public final class ConsoleApp: TerminalApp {
    enum Screen: Equatable {
        case search(SearchScreen)
        case profile(ProfileScreen)
        case pad(PadScreen)
        case complaint(ComplaintForm)
        case queue(QueueScreen)
        case complaintDetail(ComplaintScreen)
        case help(HelpScreen)
        case arrivals(ArrivalsScreen)
    }

    let store: ConsoleStore
    private(set) var member: StaffMember
    let complaintSettings: ComplaintSettings
    /// When to reconfirm, how to rank guests, which question to ask: read once per session.
    let recognition: RecognitionSettings
    /// The chain's VIP levels, re-read whenever something changes.
    var vips: VIPCatalog
    /// Checks a supervisor's login and PIN typed at this terminal; nil where no PINs can be checked.
    let approver: ((_ login: String, _ pin: String) -> StaffMember?)?
    let actor: Actor
    let keymap: Keymap
    let clock: () -> Date
    let desk: DeskCalendar
    var stack: [Screen]
    var message: StatusMessage?
    var lastChangeToken: Int64?
    /// Value tiers read since the last change anywhere: the queue asks for them on every tick.
    var tiers: GuestTiers?
    public private(set) var wantsToQuit = false
    /// Why the console closed by itself (the login was disabled elsewhere), for the shell to say.
    public private(set) var signedOut: String?

    public init(store: ConsoleStore, member: StaffMember, actor: Actor, keymap: Keymap = .standard,
                complaintSettings: ComplaintSettings = ComplaintSettings(), calendar: Calendar = .current,
                approver: ((_ login: String, _ pin: String) -> StaffMember?)? = nil,
                clock: @escaping () -> Date = Date.init) {
        self.approver = approver
        self.store = store
        self.member = member
        self.complaintSettings = complaintSettings
        recognition = (try? store.recognitionSettings(property: actor.property)) ?? RecognitionSettings()
        vips = (try? store.vipCatalog()) ?? .standard
        self.actor = actor
        self.keymap = keymap
        self.clock = clock
        desk = DeskCalendar(calendar: calendar)
        stack = [.search(SearchScreen())]
        lastChangeToken = try? store.changeToken()
        refreshInHouse()
    }

    // MARK: - Keys

    public func handle(_ key: Key) {
        message = nil
        if case .resize = key { return }
        var effects: [Effect]
        switch stack.last! {
        case .search(var s): effects = s.update(key, keymap: keymap); replaceTop(.search(s))
        case .profile(var s): effects = s.update(key, keymap: keymap); replaceTop(.profile(s))
        case .pad(var s): effects = s.update(key, keymap: keymap); replaceTop(.pad(s))
        case .help(var s): effects = s.update(key, keymap: keymap); replaceTop(.help(s))
        case .complaint(var s): effects = s.update(key, keymap: keymap); replaceTop(.complaint(s))
        case .queue(var s): effects = s.update(key, keymap: keymap); replaceTop(.queue(s))
        case .complaintDetail(var s): effects = s.update(key, keymap: keymap); replaceTop(.complaintDetail(s))
        case .arrivals(var s): effects = s.update(key, keymap: keymap); replaceTop(.arrivals(s))
        }
        for effect in effects { perform(effect) }
    }

    public func tick() {
        refreshDuplicateHints()
        // Follow-ups fall due with the clock, not only when someone writes: keep an open queue's order true.
        if stack.contains(where: { if case .queue = $0 { return true } else { return false } }) { try? reloadComplaints() }
        guard let token = try? store.changeToken(), token != lastChangeToken else { return }
        lastChangeToken = token
        refreshMember()
        reloadAll()
    }

    public func terminate() {
        keepDraft()
    }

    // MARK: - Effects

    private func perform(_ effect: Effect) {
        do {
            switch effect {
            case .runSearch(let text): try runSearch(text)
            case .openGuest(let id): try openGuest(id)
            case .createWalkIn(let text):
                let id = try store.addGuest(NewGuest.fromSearchText(text).validated(), by: actor)
                try openGuest(id)
                message = StatusMessage(text: "New guest profile created. Press p to record what they told you.", role: .success)
            case .openPad(let guestID, let category): try openPad(guestID, category: category)
            case .askedQuestion(let guestID, let category):
                try store.recordQuestionAsked(guestID: guestID, category: category, by: actor)
            case .openArrivals: try openArrivals()
            case .showArrivals(let day): try showArrivals(day)
            case .reviewArrival(let stayID): try reviewArrival(stayID)
            case .flag(let guestID, let kind, let reason, let clearing): try flag(guestID, kind, reason: reason, clearing: clearing)
            case .mergeGuests(let survivor, let absorbed): try merge(survivor: survivor, absorbed: absorbed)
            case .savePreference(let p, let allowDuplicate): try save(p, allowDuplicate: allowDuplicate)
            case .confirmPreference(let id):
                try store.confirmPreference(id: id, by: actor)
                if case .pad = stack.last {
                    try finishPad(saying: "Confirmed: the guest said it again.")
                } else {
                    try reloadProfile()
                    message = StatusMessage(text: "Confirmed with the guest today.", role: .success)
                }
            case .retirePreference(let id, let reason):
                try store.retirePreference(id: id, reason: reason, by: actor)
                try reloadProfile()
                message = StatusMessage(text: reason == ProfileScreen.noLongerHolds
                                            ? "Retired: no longer holds, says the guest. A slip? Record it again with p."
                                            : "Retired. It stays in the guest's history with your reason.", role: .success)
            case .discardDraft(let guestID):
                try store.discardDraft(login: actor.login, guestID: guestID)
                if case .profile(var p) = stack.last, p.profile.guest.id == guestID {
                    // A draft a merge kept apart comes next, if there is one.
                    p.draft = (try? store.draft(login: actor.login, guestID: guestID)) ?? nil
                    replaceTop(.profile(p))
                }
            case .openComplaintForm(let guestID):
                guard case .profile(let p) = stack.last else { return }
                stack.append(.complaint(ComplaintForm(guestID: guestID, guestName: vips.named(p.profile.guest),
                                                      currency: complaintSettings.limit.currency)))
            case .logComplaint(let form): try logComplaint(form, approvedBy: nil)
            case .logComplaintApproved(let form, let login, let pin):
                // A wrong login or PIN names neither: the supervisor simply tries again.
                guard let supervisor = approver?(login, pin) else {
                    try? store.recordRefusal(action: "approve compensation", subject: "guest #\(form.guestID)",
                                             reason: "wrong PIN or not an active supervisor: '\(login)'", by: actor)
                    throw FrontDeskError.notPermitted("that supervisor login and PIN do not match")
                }
                try logComplaint(form, approvedBy: supervisor)
            case .openQueue:
                if case .queue = stack.last { return }
                keepDraft()
                stack.append(.queue(QueueScreen(scope: member.role >= .supervisor ? .property : .mine)))
                try reloadComplaints()
            case .reloadQueue: try reloadComplaints()
            case .openComplaint(let id): try openComplaint(id)
            case .complaintEntry(let ids, let kind, let text, let newOwner):
                try addEntries(ids, kind: kind, text: text, newOwner: newOwner)
            case .close:
                if stack.count > 1 { stack.removeLast() }
                // Back on the search: what changed on the way (a complaint logged) shows in its marks.
                if stack.count == 1, case .search(var s) = stack[0] { markComplaints(&s); stack[0] = .search(s) }
            case .showHelp:
                if case .help = stack.last {} else { stack.append(.help(HelpScreen())) }
            case .goHome:
                keepDraft()
                stack.removeSubrange(1...)
                refreshInHouse()
            case .quit:
                keepDraft()
                wantsToQuit = true
            case .message(let text, let role):
                message = StatusMessage(text: text, role: role)
            }
        } catch {
            message = StatusMessage(text: ConsoleApp.describe(error, saving: effect.writes), role: .error)
        }
    }

    private func logComplaint(_ form: ComplaintForm, approvedBy supervisor: StaffMember?) throws {
        var complaint = try form.complaint()
        complaint.approval = supervisor.map { "\($0.displayName) (\($0.login))" }
        do {
            try audited("complaint logged", subject: "guest #\(form.guestID)") {
                try Permissions.check(.log, by: member, on: nil, compensation: complaint.compensation,
                                      compensationLimit: complaintSettings.limit, approver: supervisor)
            }
        } catch FrontDeskError.notPermitted(let reason) {
            // Over the limit, with a way to approve here: ask for the supervisor.
            if supervisor == nil, approver != nil, let offer = complaint.compensation,
               !complaintSettings.limit.allows(offer), case .complaint(var f) = stack.last {
                f.approval = ComplaintForm.Approval()
                replaceTop(.complaint(f))
            }
            throw FrontDeskError.notPermitted(reason)
        }
        let logged = try store.logComplaint(complaint, policy: complaintSettings.policy, by: actor)
        stack.removeLast()
        try? reloadProfile()
        message = StatusMessage(text: "Complaint logged; you own it. Follow up with the guest by \(desk.time(logged.followUpDue)).",
                                role: .success)
    }

    private func openComplaint(_ id: Int64) throws {
        guard let complaint = try store.complaint(id: id) else { throw FrontDeskError.notFound("complaint \(id) is no longer on file") }
        let name = try store.guest(id: complaint.guestID).map(vips.named) ?? "guest \(complaint.guestID)"
        stack.append(.complaintDetail(ComplaintScreen(complaint: complaint, entries: try store.entries(complaintID: id), guestName: name)))
    }

    /// One entry on each complaint, checked against the signed-in member's role first.
    /// A bulk action goes as far as it may and says what was refused.
    private func addEntries(_ ids: [Int64], kind: ComplaintEntryKind, text: String, newOwner: String?) throws {
        // A complaint goes only to someone who can sign in to work it (or anyone while there are no staff).
        var newOwnerMember: StaffMember?
        if let newOwner, !(try store.allStaff().isEmpty) {
            guard let owner = try store.staffMember(login: newOwner), !owner.isDisabled else {
                throw FrontDeskError.invalid("'\(newOwner)' is not an active member of staff")
            }
            newOwnerMember = owner
        }
        var done = 0
        var refusals: [String] = []
        for id in ids {
            do {
                try audited("complaint \(kind.code)", subject: "complaint #\(id)") {
                    _ = try store.addEntry(complaintID: id, kind: kind, text: text, newOwner: newOwner, compensation: nil,
                                           policy: complaintSettings.policy, by: actor) { current in
                        // Checked on the complaint as it stands inside the write lock.
                        if let owner = newOwnerMember, owner.role != .administrator, owner.homeProperty != current.property {
                            throw FrontDeskError.invalid("\(owner.login) works at \(owner.homeProperty), not \(current.property)")
                        }
                        try Permissions.check(kind.action, by: member, on: current, compensationLimit: complaintSettings.limit)
                    }
                }
                done += 1
            } catch let error as FrontDeskError {
                refusals.append(ids.count == 1 ? error.description : "#\(id): \(error.description)")
            }
        }
        try reloadComplaints()
        try? reloadProfile()
        if let first = refusals.first {
            let more = refusals.count > 1 ? " (and \(refusals.count - 1) more)" : ""
            let prefix = done > 0 ? "\(done) done; " : ""
            message = StatusMessage(text: "Not saved: " + prefix + first + more, role: .error)
        } else {
            message = StatusMessage(text: done == 1 ? "\(kind.label): recorded." : "\(kind.label): \(done) complaints.", role: .success)
        }
        if case .queue(var q) = stack.last { q.marked = []; replaceTop(.queue(q)) }
    }

    /// A permission check of the core whose refusal is kept in the audit trail before it is shown.
    func audited(_ action: String, subject: String, _ check: () throws -> Void) throws {
        do {
            try check()
        } catch FrontDeskError.notPermitted(let reason) {
            try? store.recordRefusal(action: action, subject: subject, reason: reason, by: actor)
            throw FrontDeskError.notPermitted(reason)
        }
    }

    /// Re-reads the queue and any open complaint; the queue counts down with the clock.
    private func reloadComplaints() throws {
        let tiers = try guestTiers()
        for i in stack.indices {
            switch stack[i] {
            case .queue(var q):
                let statuses: Set<ComplaintStatus>
                switch q.filter {
                case .active, .overdue: statuses = [.open, .escalated]
                case .resolved: statuses = [.resolved]
                case .closed: statuses = [.closed]
                }
                var items: [ComplaintQueueOrder.Item] = []
                var names: [Int64: String] = [:]
                for c in try store.complaints(property: actor.property, statuses: statuses, owner: q.scope == .mine ? member.login : nil) {
                    guard q.admits(c) else { continue }
                    let guest = try store.guest(id: c.guestID)
                    names[c.guestID] = guest?.displayName ?? "guest \(c.guestID)"
                    items.append((c, guest?.vip ?? .none, try tiers.tier(of: c.guestID, at: c.property)))
                }
                if q.filter == .overdue { items = items.filter { FollowUpPolicy.isOverdue($0.complaint, now: clock()) } }
                q.show(ComplaintQueueOrder.sorted(items, now: clock()).map {
    QueueRow(complaint: $0.complaint, guestName: names[$0.complaint.guestID] ?? "", vip: $0.vip, tier: $0.tier)
                })
                stack[i] = .queue(q)
            case .complaintDetail(var d):
                guard let fresh = try store.complaint(id: d.complaint.id) else { continue }
                d.complaint = fresh
                d.entries = try store.entries(complaintID: fresh.id)
                stack[i] = .complaintDetail(d)
            default:
                continue
            }
        }
    }

    private func runSearch(_ text: String) throws {
        guard case .search(var s) = stack.last else { return }
        if text.trimmingSpaces.isEmpty {
            s.show(GuestSearchOutcome(results: []))
            s.show(inHouse: try store.inHouseGuests(property: actor.property, limit: 200))
            markComplaints(&s)
        } else {
            s.show(try store.searchGuests(text, limit: SearchScreen.limit))
            markComplaints(&s)
        }
        replaceTop(.search(s))
    }

    private func openGuest(_ id: Int64) throws {
        guard let profile = try store.profile(guestID: id) else {
            throw FrontDeskError.notFound("guest \(id) is no longer on file")
        }
        let draft = try store.draft(login: actor.login, guestID: profile.guest.id)
        var screen = ProfileScreen(profile: profile, today: desk.day(clock()), desk: desk, property: actor.property,
                                   role: member.role, settings: recognition, draft: draft)
        screen.complaints = try store.complaints(guestID: profile.guest.id)
        screen.tier = try guestTiers().tier(of: profile.guest.id, at: actor.property)
        stack.append(.profile(screen))
    }

    private func openPad(_ guestID: Int64, category: PreferenceCategory?) throws {
        guard case .profile(let p) = stack.last else { return }
        let stay = p.profile.stays.filter { $0.property == actor.property }.current(on: desk.day(clock()))
        stack.append(.pad(PadScreen(guestID: guestID, guestName: vips.named(p.profile.guest), stayID: stay?.id,
                                    property: actor.property, draft: category == nil ? p.draft?.preference : nil,
                                    category: category)))
    }

    private func save(_ new: NewPreference, allowDuplicate: Bool) throws {
        let valid = try new.validated()
        if !allowDuplicate, case .profile(let p)? = stack.dropLast().last,
           let existing = PreferenceMatching.existing(matching: valid, in: p.profile.visible(to: member.role).profile.current),
           case .pad(var pad) = stack.last {
            pad.question = .duplicate(existing)
            replaceTop(.pad(pad))
            return
        }
        _ = try store.recordPreference(valid, by: actor)
        try finishPad(saying: valid.isSensitive ? "Kept as sensitive \(valid.category.label.lowercased()): coordinators and supervisors see it."
                                                : "Saved to \(valid.category.label): \(valid.detail)")
    }

    /// Closes the pad, forgets its draft and shows the profile with what was just saved.
    /// The save has committed: tidying up after it must not make it look failed.
    private func finishPad(saying text: String) throws {
        guard case .pad(let pad) = stack.last else { return }
        stack.removeLast()
        if pad.resumesDraft { try? store.discardDraft(login: actor.login, guestID: pad.guestID) }
        try? reloadProfile()
        if case .profile(var p) = stack.last {
            p.draft = (try? store.draft(login: actor.login, guestID: p.profile.guest.id)) ?? nil
            replaceTop(.profile(p))
        }
        message = StatusMessage(text: text, role: .success)
    }

    /// Keeps a half-written pad so the associate can finish it next time.
    private func keepDraft() {
        for case .pad(let pad) in stack where !pad.detail.text.trimmingSpaces.isEmpty {
            try? store.saveDraft(Draft(login: actor.login, guestID: pad.guestID, preference: pad.preference, savedAt: clock()))
        }
    }

    // MARK: - Live refresh

    /// A role changed or a login disabled on another terminal applies to this session at once:
    /// a disabled member's console keeps any draft and closes.
    private func refreshMember() {
        guard let fresh = try? store.staffMember(login: member.login) else { return }
        member = fresh
        if fresh.isDisabled {
            keepDraft()
            signedOut = "'\(fresh.login)' was disabled: signed out (any unfinished note is kept as a draft)"
            wantsToQuit = true
        }
    }

    private func reloadAll() {
        tiers = nil
        vips = (try? store.vipCatalog()) ?? vips
        do {
            try reloadProfile()
            for i in stack.indices { if case .profile(var p) = stack[i] { p.duplicatesStale = true; stack[i] = .profile(p) } }
            try reloadComplaints()
            try reloadArrivals()
            if case .search(let s) = stack.first {
                let query = s.query.text
                if query.trimmingSpaces.isEmpty {
                    refreshInHouse()
                } else {
                    let selectedID = s.rows.indices.contains(s.selection) ? s.rows[s.selection].guestID : nil
                    var updated = s
                    updated.show(try store.searchGuests(query, limit: SearchScreen.limit))
                    markComplaints(&updated)
                    if let selectedID, let i = updated.rows.firstIndex(where: { $0.guestID == selectedID }) { updated.selection = i }
                    stack[0] = .search(updated)
                }
            }
        } catch {
            message = StatusMessage(text: ConsoleApp.describe(error, saving: false), role: .error)
        }
    }

    /// Re-reads every open profile (the one under a pad too).
    func reloadProfile() throws {
        for i in stack.indices {
            guard case .profile(var p) = stack[i] else { continue }
            guard let fresh = try store.profile(guestID: p.profile.guest.id) else { continue }
            p.role = member.role
            p.replace(fresh)
            p.complaints = try store.complaints(guestID: fresh.guest.id)
            stack[i] = .profile(p)
        }
    }

    private func refreshInHouse() {
        guard case .search(var s) = stack.first else { return }
        s.show(inHouse: (try? store.inHouseGuests(property: actor.property, limit: 200)) ?? [])
        markComplaints(&s)
        stack[0] = .search(s)
    }

    /// Marks the listed guests who have an open complaint.
    private func markComplaints(_ s: inout SearchScreen) {
        s.guestsWithComplaints = Set(((try? store.openComplaintCounts(guestIDs: s.rows.map(\.guestID))) ?? [:]).keys)
    }

    func guestTiers() throws -> GuestTiers {
        if let tiers, tiers.today == desk.day(clock()) { return tiers }
        let fresh = GuestTiers(store: store, today: desk.day(clock()))
        tiers = fresh
        return fresh
    }

    func replaceTop(_ screen: Screen) {
        stack[stack.count - 1] = screen
    }

    static func describe(_ error: Error, saving: Bool) -> String {
        let text = (error as? FrontDeskError)?.description ?? "\(error)"
        return saving ? "Not saved: \(text)" : text
    }

    // MARK: - Rendering

    public func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        guard width >= Chrome.minimumWidth, height >= Chrome.minimumHeight else {
            Chrome.tooSmall(into: &canvas)
            return canvas
        }
        let context: KeyContext
        let title: String
        var hidden: Set<Action> = []
        switch stack.last! {
        case .search(let s):
            title = "frontdesk · Guest search"
            context = .search
            hidden = s.foundNobody ? (s.outcome.suggestions.isEmpty ? [.useSuggestion] : []) : [.walkIn, .useSuggestion]
            s.render(into: &canvas, property: actor.property, vips: vips)
        case .profile(let p):
            title = "frontdesk · Guest profile"
            context = p.keyContext
            p.render(into: &canvas, now: clock(), vips: vips)
        case .pad(let pad):
            title = "frontdesk · Preference pad"
            context = pad.keyContext
            let existing: [Preference]
            // What is on file, as this associate may see it: never a sensitive fact they are not cleared for.
            if case .profile(let p)? = stack.dropLast().last { existing = p.profile.visible(to: member.role).profile.current } else { existing = [] }
            pad.render(into: &canvas, existing: existing, desk: desk)
        case .complaint(let form):
            title = "frontdesk · Complaint"
            context = form.keyContext
            let due = clock().addingTimeInterval(Double(complaintSettings.policy.minutes(for: form.severity.value) * 60))
            form.render(into: &canvas, due: desk.time(due), limit: complaintSettings.limit.display)
        case .queue(let q):
            title = "frontdesk · Complaint queue"
            context = q.keyContext
            q.render(into: &canvas, now: clock(), desk: desk, vips: vips)
        case .complaintDetail(let d):
            title = "frontdesk · Complaint"
            context = d.keyContext
            d.render(into: &canvas, now: clock(), desk: desk)
        case .arrivals(let a):
            title = "frontdesk · Arrivals"
            context = a.keyContext
            a.render(into: &canvas, property: actor.property, today: desk.day(clock()), vips: vips)
        case .help(let h):
            title = "frontdesk · Help"
            context = .help
            h.render(into: &canvas, keymap: keymap)
        }
        let now = clock()
        Chrome.title(title, right: "\(actor.property) · \(actor.login) · \(desk.day(now).short) \(desk.time(now))", into: &canvas)
        Chrome.message(message, into: &canvas)
        Chrome.footer(keymap.footer(for: context, excluding: hidden), into: &canvas)
        return canvas
    }
}
