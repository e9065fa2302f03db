import Foundation
import FrontDeskCore
import FrontDeskOutput

/// A guest's profile: who they are, their stay, alerts first, then preferences by category.
/// Alerts and flags are put in front of the associate the moment the profile opens and stay
/// there until acknowledged with a key.
struct ProfileScreen: Screen {
    /// What the profile is doing: one state, so a key means one thing at a time.
    enum Mode {
        case browsing
        /// Alerts or flags wait to be read; then the desk goes back to what it was doing.
        case alerts(resume: Resumable?)
        /// Asking whether to merge this probable duplicate into the profile.
        case confirmingMerge(ProbableDuplicate)
        /// At check-in, the guest answered a preference to confirm: which is true, it no longer
        /// holds or it was never right, is theirs to say, not the desk's to assume.
        case retiringAtCheckIn(id: Int64)
        case retiring(id: Int64, reason: TextField)
        case flagging(GuestFlagKind, reason: TextField)
        /// A supervisor saying why this profile was made by mistake.
        case retiringProfile(reason: TextField)
    }

    /// What an alert arriving from another terminal interrupts and gives back once it is read:
    /// a prompt keeps what was typed. A merge question is never resumed, so the Enter that reads
    /// the alert can never be the one that merges.
    enum Resumable {
        case retiring(id: Int64, reason: TextField)
        case flagging(GuestFlagKind, reason: TextField)
        case retiringProfile(reason: TextField)
    }

    private(set) var file: GuestFile
    var profile: GuestProfile { file.profile }
    var today: Day
    /// The hotel this desk is at, and who is looking: what applies here, and what they may see.
    let property: String
    let settings: RecognitionSettings
    let departments: DepartmentCatalog
    /// Who is at this desk: a note they just saved is the one selected when the profile comes back.
    let login: String
    private(set) var mode = Mode.browsing
    /// Index into `selectable`.
    private(set) var selection = 0
    /// Other profiles that are probably this guest, for the hint and a merge.
    private(set) var duplicates: [ProbableDuplicate] = []
    /// Looked for on the next quiet moment, not while the profile opens: a common name has many namesakes.
    private var duplicatesWanted = true
    /// The alerts and flags the associate has read; one not among them asks to be read.
    private var readAlerts: Set<Int64> = []
    private var readFlags: Set<GuestFlagKind> = []
    private(set) var sections = ProfileSections()
    /// The list laid out at the terminal's width, and how far it is scrolled.
    private(set) var rows: ProfileRows
    private(set) var scroll = Scroll()
    private var size = ScreenSize()
    /// The reasons kept when the guest, asked to confirm a preference, says it is not true.
    static let noLongerHolds = "asked to confirm it, the guest said it no longer holds"
    static let recordedInError = "asked to confirm it, the guest said it was never so: recorded in error"

    init(file: GuestFile, today: Day, property: String, settings: RecognitionSettings, departments: DepartmentCatalog = .standard,
         login: String = "") {
        self.file = file
        self.departments = departments
        self.login = login
        self.today = today
        self.property = property
        self.settings = settings
        sections = ProfileSections(profile: file.profile, property: property, today: today, settings: settings)
        rows = ProfileRows(file: file, sections: sections, duplicates: [], width: size.width)
        if !sections.alerts.isEmpty || !file.profile.flags.isEmpty { mode = .alerts(resume: nil) }
    }

    var title: String { "Guest profile" }
    var refresh: [Effect] { [.loadGuest(profile.guest.id)] }

    /// Preferences in the order shown: alerts, to confirm, active ones by category, then history.
    var selectable: [Preference] { sections.all }

    var selected: Preference? {
        selectable.indices.contains(selection) ? selectable[selection] : nil
    }

    var keyContext: KeyContext {
        switch mode {
        case .browsing: return .profile
        case .alerts: return .alerts
        case .confirmingMerge: return .question
        case .retiringAtCheckIn: return .retireWhy
        case .retiring, .retiringProfile: return .reason
        case .flagging: return .flag
        }
    }

    var draft: Draft? { file.draft }

    /// A reason typed and not saved (a retirement, a flag), even under an alert that interrupted it.
    var hasUnsavedText: Bool {
        switch mode {
        case .retiring(_, let reason), .flagging(_, let reason), .retiringProfile(let reason): return !reason.text.trimmingSpaces.isEmpty
        case .alerts(let resume?):
            switch resume {
            case .retiring(_, let reason), .flagging(_, let reason), .retiringProfile(let reason): return !reason.text.trimmingSpaces.isEmpty
            }
        default: return false
        }
    }

    // MARK: - Keys

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        switch mode {
        case .browsing: return browse(key, keymap: keymap)
        case .alerts(let resume):
            switch keymap.action(for: key, in: .alerts) {
            case .accept?:
                readAll()
                mode = resume.map(Mode.init) ?? .browsing
            case .back?: return [.close]
            default: break
            }
            return []
        case .retiringAtCheckIn(let id):
            switch keymap.action(for: key, in: .retireWhy) {
            case .noLongerHolds?: return [.retirePreference(id: id, reason: ProfileScreen.noLongerHolds)]
            case .recordedInError?: return [.retirePreference(id: id, reason: ProfileScreen.recordedInError)]
            case .cancel?:
                mode = .browsing
                return [.status("Nothing retired.", .muted)]
            default: return [.status("n: it no longer holds · e: recorded in error · Esc: keep it.", .muted)]
            }
        case .confirmingMerge(let other):
            mode = .browsing
            switch keymap.action(for: key, in: .question) {
            case .accept?: return [.merge(absorbed: other.guest.id, into: profile.guest.id)]
            default: return [.status("Nothing merged.", .muted)]
            }
        case .retiring(let id, var reason):
            switch keymap.action(for: key, in: .reason) {
            case .accept?:
                guard !reason.text.trimmingSpaces.isEmpty else {
                    return [.status("Say why it no longer applies; the reason stays in the guest's history.", .error)]
                }
                // The prompt stays, with its words, until the retirement is saved.
                return [.retirePreference(id: id, reason: reason.text.trimmingSpaces)]
            case .cancel?:
                mode = .browsing
                return [.status("Nothing retired.", .muted)]
            default:
                if reason.handle(key) { mode = .retiring(id: id, reason: reason) }
            }
            return []
        case .retiringProfile(var reason):
            switch keymap.action(for: key, in: .reason) {
            case .accept?:
                guard !reason.text.trimmingSpaces.isEmpty else {
                    return [.status(profile.retirement == nil ? "Say why this profile was a mistake; the reason stays with it."
                                                              : "Say why the profile is back in use; the reason stays with it.", .error)]
                }
                return [profile.retirement == nil ? .retireGuest(id: profile.guest.id, reason: reason.text.trimmingSpaces)
                                                  : .reinstateGuest(id: profile.guest.id, reason: reason.text.trimmingSpaces)]
            case .cancel?:
                mode = .browsing
                return [.status("The profile stays as it is.", .muted)]
            default:
                if reason.handle(key) { mode = .retiringProfile(reason: reason) }
            }
            return []
        case .flagging(let kind, var reason):
            switch keymap.action(for: key, in: .flag) {
            case .nextChoice?:
                let all = GuestFlagKind.allCases
                mode = .flagging(all[(all.firstIndex(of: kind)! + 1) % all.count], reason: reason)
            case .accept?:
                guard !reason.text.trimmingSpaces.isEmpty else {
                    return [.status("Say why: the reason is kept with the flag.", .error)]
                }
                return [.flag(kind, guestID: profile.guest.id, reason: reason.text.trimmingSpaces,
                              clearing: profile.flags.contains { $0.kind == kind })]
            case .cancel?:
                mode = .browsing
                return [.status("No flag changed.", .muted)]
            default:
                if reason.handle(key) { mode = .flagging(kind, reason: reason) }
            }
            return []
        }
    }

    /// A retired profile takes nothing new: the keys that would record something are not offered.
    static let recordingActions: Set<Action> = [.openPad, .logComplaint, .addTrace, .flagGuest, .askQuestion, .confirmPreference,
                                                .retirePreference, .editGuest, .mergeDuplicate]

    var hiddenActions: Set<Action> { profile.retirement != nil && mode.isBrowsing ? ProfileScreen.recordingActions : [] }

    private mutating func browse(_ key: Key, keymap: Keymap) -> [Effect] {
        let action = keymap.action(for: key, in: .profile)
        if profile.retirement != nil, let action, ProfileScreen.recordingActions.contains(action) {
            return [.status("This profile is retired: record it on the guest's own profile. Shift-X reinstates it (supervisors).", .muted)]
        }
        switch action {
        case .openPad?: return [.push(pad(asking: nil))]
        case .logComplaint?: return [.openComplaintForm(profile.guest)]
        case .editGuest?:
            return [.push(GuestForm(editing: profile.guest))]
        case .retireGuest?:
            guard file.mayRetire else {
                return [.status(profile.retirement == nil ? "Retiring a profile made by mistake is for a supervisor: tell one."
                                                          : "Reinstating a retired profile is for a supervisor: tell one.", .muted)]
            }
            mode = .retiringProfile(reason: TextField(maxLength: 200))
        case .addTrace?:
            let room = profile.stays.current(at: property, on: today)?.room
            return [.push(TraceForm(guest: profile.guest, room: room, departments: departments))]
        case .askQuestion?:
            guard let category = sections.question else { return [.status("Nothing left to ask: every question has an answer.", .muted)] }
            // One pad note per guest waits at a time: the unfinished one first.
            guard draft == nil else { return [.status("An unfinished pad note is waiting: press p to finish it first.", .muted)] }
            return [.askedQuestion(guestID: profile.guest.id, category: category), .push(pad(asking: category))]
        case .confirmPreference?:
            guard let p = selected else { return [.status("There is no preference to confirm.", .muted)] }
            guard profile.appliesNow(p) else { return [.status("That preference no longer applies: record it again with p.", .muted)] }
            return [.confirmPreference(id: p.id)]
        case .mergeDuplicate?:
            guard let other = duplicates.first else { return [.status("No other profile looks like this guest.", .muted)] }
            guard file.mayMerge else { return [.status("Merging profiles is for a supervisor: tell one.", .muted)] }
            mode = .confirmingMerge(other)
        case .flagGuest?:
            mode = .flagging(.previousComplaint, reason: TextField(maxLength: 200))
        case .retirePreference?:
            guard let p = selected else { return [.status("There is no preference to retire.", .muted)] }
            guard p.isActive else { return [.status("That preference is already retired.", .muted)] }
            // Asked to confirm it, the guest has just answered: one key says which answer.
            if sections.reconfirm.contains(where: { $0.id == p.id }) {
                mode = .retiringAtCheckIn(id: p.id)
                return []
            }
            mode = .retiring(id: p.id, reason: TextField(maxLength: 200))
        case .moveUp?: step(by: -1)
        case .moveDown?: step(by: 1)
        case .pageUp?: page(by: -1)
        case .pageDown?: page(by: 1)
        case .first?:
            scroll.toTop()
            selection = 0
        case .last?:
            scroll.toEnd(count: rows.rows.count, height: listHeight)
            selection = max(0, selectable.count - 1)
        case .back?: return [.close]
        case .some, nil: break
        }
        return []
    }

    private var listHeight: Int { ProfileScreen.listHeight(size.height) }

    /// ↑/↓ move through the preferences; past the first or the last they scroll on, so what is
    /// above (flags, complaints) and below (the stays) can be read too.
    private mutating func step(by n: Int) {
        let target = selection + n
        guard selectable.indices.contains(target) else {
            scroll.move(by: n, count: rows.rows.count, height: listHeight)
            return
        }
        selection = target
        reveal()
    }

    /// A page at a time; the selection follows onto a preference in view, when there is one.
    private mutating func page(by direction: Int) {
        scroll.move(by: direction * max(1, listHeight - 1), count: rows.rows.count, height: listHeight)
        let window = scroll.top..<(scroll.top + listHeight)
        guard rows.spans.indices.contains(selection), !rows.spans[selection].overlaps(window) else { return }
        let inView = rows.spans.indices.filter { rows.spans[$0].overlaps(window) }
        if let chosen = direction > 0 ? inView.first : inView.last { selection = chosen }
    }

    /// Scrolls as little as needed for the selected preference to be seen whole.
    private mutating func reveal() {
        guard rows.spans.indices.contains(selection) else { return }
        scroll.reveal(rows.spans[selection], count: rows.rows.count, height: listHeight)
    }

    /// Lays the list out again after the profile, its duplicates or the width changed.
    private mutating func layOut() {
        rows = ProfileRows(file: file, sections: sections, duplicates: duplicates, width: size.width)
        scroll.move(by: 0, count: rows.rows.count, height: listHeight)
        reveal()
    }

    /// The pad on this guest: on a kept draft, or on the one question's category.
    private func pad(asking category: PreferenceCategory?) -> PadScreen {
        let stay = profile.stays.current(at: property, on: today)
        return PadScreen(guest: profile.guest, stayID: stay?.id, property: property, existing: profile.current,
                         draft: category == nil ? draft?.preference : nil, category: category, departments: departments)
    }

    // MARK: - Messages

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .guestFile(let fresh):
            return replace(fresh)
        case .duplicates(let found):
            duplicates = found
            layOut()
        case .resized(let new):
            size = new
            layOut()
        case .tick:
            guard duplicatesWanted else { return [] }
            duplicatesWanted = false
            return [.findDuplicates(of: profile.guest.id)]
        case .done(let done):
            return finished(done)
        default:
            return report(message)
        }
        return []
    }

    /// A write this profile asked for was saved: the prompt that asked closes and says so.
    private mutating func finished(_ done: Done) -> [Effect] {
        switch done {
        case .confirmed:
            return [.status("Confirmed with the guest today.", .success)]
        case .retired(let reason):
            switch mode {
            case .retiring, .retiringAtCheckIn: mode = .browsing
            default: break
            }
            return [.status(reason == ProfileScreen.noLongerHolds ? "Retired: no longer holds, says the guest. A slip? Record it again with p."
                            : reason == ProfileScreen.recordedInError ? "Retired as recorded in error. It stays in history, marked so."
                            : "Retired. It stays in the guest's history with your reason.", .success)]
        case .flagged(let kind, let clearing):
            mode = .browsing
            // Whoever set it has read it.
            readFlags.insert(kind)
            return [.status(clearing ? "Flag cleared; the reason is kept." : "Flagged \(kind.label.lowercased()).", .success)]
        case .guestRetired:
            mode = .browsing
            return [.status("Profile retired: no search finds it; its id still opens it, with its history.", .success)]
        case .guestReinstated:
            mode = .browsing
            return [.status("Profile reinstated: search finds it again.", .success)]
        case .merged(let summary):
            duplicatesWanted = true
            return [.status("Merged #\(summary.absorbedID) into this profile: \(summary).", .success)]
        default:
            return []
        }
    }

    /// A fresh read of the guest; the selection stays on the same preference. A new alert or flag
    /// asks to be read again, interrupting whatever was going on.
    private mutating func replace(_ fresh: GuestFile) -> [Effect] {
        var effects: [Effect] = []
        // A note this desk just saved is selected, so the next key acts on it; otherwise the
        // selection stays on the same preference.
        let known = Set(file.profile.preferences.map(\.id))
        let justSaved = fresh.profile.preferences.filter { !known.contains($0.id) && $0.recorded.login == login }.map(\.id).max()
        let selectedID = justSaved ?? selected?.id
        file = fresh
        sections = ProfileSections(profile: fresh.profile, property: property, today: today, settings: settings)
        duplicatesWanted = true
        if let selectedID, let i = selectable.firstIndex(where: { $0.id == selectedID }) {
            selection = i
        } else {
            selection = min(selection, max(0, selectable.count - 1))
        }
        layOut()
        switch mode {
        case .retiring(let id, _), .retiringAtCheckIn(let id):
            if !selectable.contains(where: { $0.id == id && $0.isActive }) {
                mode = .browsing
                effects.append(.status("That preference was retired at another terminal meanwhile.", .muted))
            }
        default: break
        }
        let unread = sections.alerts.contains { !readAlerts.contains($0.id) } || profile.flags.contains { !readFlags.contains($0.kind) }
        guard unread else { return effects }
        switch mode {
        case .browsing: mode = .alerts(resume: nil)
        case .alerts: break  // still unread: what it interrupted stays to come back to
        case .retiring(let id, let reason): mode = .alerts(resume: .retiring(id: id, reason: reason))
        case .flagging(let kind, let reason): mode = .alerts(resume: .flagging(kind, reason: reason))
        case .retiringProfile(let reason): mode = .alerts(resume: .retiringProfile(reason: reason))
        case .confirmingMerge:
            mode = .alerts(resume: nil)
            effects.append(.status("Something new about this guest came in: nothing merged. Read it, then M again.", .alert))
        case .retiringAtCheckIn:
            // Like a merge, a one-key question is never resumed under the Enter that reads the alert.
            mode = .alerts(resume: nil)
            effects.append(.status("Something new about this guest came in: nothing retired. Read it, then r again.", .alert))
        }
        return effects
    }

    private mutating func readAll() {
        readAlerts.formUnion(sections.alerts.map(\.id))
        readFlags.formUnion(profile.flags.map(\.kind))
    }
}

extension ProfileScreen.Mode {
    var isBrowsing: Bool { if case .browsing = self { return true } else { return false } }

    init(_ resumed: ProfileScreen.Resumable) {
        switch resumed {
        case .retiring(let id, let reason): self = .retiring(id: id, reason: reason)
        case .flagging(let kind, let reason): self = .flagging(kind, reason: reason)
        case .retiringProfile(let reason): self = .retiringProfile(reason: reason)
        }
    }
}
