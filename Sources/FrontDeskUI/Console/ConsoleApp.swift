import Foundation
import FrontDeskCore

/// The console: a small coordinator of parts with one job each. The screen stack holds what is
/// open, the effect runner carries out what screens ask for, live refresh tells when to read again.
/// Global keys (F1–F4, F10, Esc then a digit) are handled here, once, for every screen.
public final class ConsoleApp: TerminalApp {
    let desk: Desk
    let keymap: Keymap
    let calendar: DeskCalendar
    private let runner: EffectRunner
    private var stack: ScreenStack
    private var live: LiveRefresh
    /// The chain's VIP levels and this hotel's departments, read again whenever something changes.
    private var vips: VIPCatalog
    private var departments: DepartmentCatalog
    private var message: StatusMessage?
    /// Said under every screen while the store cannot be reached, until it can again.
    private var offline: StatusMessage?
    /// A question the console itself asks before a global key takes effect: quitting, or leaving
    /// words typed and not saved.
    private var question: ConsoleQuestion?
    /// The size last drawn: while it is too small, keys do nothing but quit and help.
    private var size: ScreenSize?
    public private(set) var wantsToQuit = false
    /// Why the console closed by itself (the login was disabled elsewhere), for the shell to say.
    public private(set) var signedOut: String?

    public var member: StaffMember { desk.member }
    /// How many guests a search lists at most.
    public static let searchLimit = 50

    public init(desk: Desk, keymap: Keymap = .standard) {
        self.desk = desk
        self.keymap = keymap
        calendar = DeskCalendar(calendar: desk.calendar)
        runner = EffectRunner(desk: desk, recognition: (try? desk.recognitionSettings()) ?? RecognitionSettings())
        vips = (try? desk.vipCatalog()) ?? .standard
        departments = (try? desk.departmentCatalog()) ?? .standard
        stack = ScreenStack(root: SearchScreen())
        live = LiveRefresh(store: desk.store)
        // A sensitive note nobody agreed to keep does not outlive its day (a failure here only delays that).
        _ = try? desk.expireUnconsentedDrafts()
        run(stack.top.screen.refresh, for: stack.top.id)
    }

    // MARK: - Keys

    public func handle(_ key: Key) {
        message = nil
        if case .resize(let width, let height) = key {
            resized(to: ScreenSize(width: width, height: height))
            return
        }
        if let asked = question {
            question = nil
            if keymap.action(for: key, in: asked.context) == .accept { run(globalEffects(asked.action), for: stack.top.id, confirmed: true) }
            return
        }
        if case .escapeDigit(let digit) = key {
            // Esc cleared the search and a room number follows, or the digit stands for F1–F10.
            if stack.top.screen.typesEscapeThenDigit {
                handle(.escape)
                handle(.character(Character(String(digit))))
                return
            }
            return handle(.function(digit == 0 ? 10 : digit))
        }
        let top = stack.top
        let action = keymap.action(for: key, in: top.screen.keyContext)
        if let size, size.width < Chrome.minimumWidth || size.height < Chrome.minimumHeight {
            if action == .quit || action == .help { run(globalEffects(action!), for: top.id) }
            return
        }
        if let action, action.isGlobal {
            leave(for: action)
            return
        }
        run(stack.change(top.id) { $0.update(key, keymap: keymap) }, for: top.id)
    }

    /// A global key takes the desk where it says: half-written notes are kept as drafts, forms are
    /// left. Quitting, and leaving words typed that would be lost, are asked first.
    private func leave(for action: Action) {
        run(globalEffects(action), for: stack.top.id)
    }

    /// Whether the action would throw away words typed somewhere open (the pad keeps its own).
    private func losesTyping(_ action: Action) -> Bool {
        action != .help && stack.screens.contains { $0.hasUnsavedText }
    }

    public func tick() {
        for id in stack.ids {
            run(stack.change(id) { $0.receive(.tick(desk.now)) }, for: id)
        }
        switch live.read(desk.store) {
        case .unchanged: return
        case .unreachable:
            if offline == nil { message = nil } // what went wrong before matters less than this
            offline = StatusMessage(text: "Database unreachable, reconnecting… Typing is kept; save once it is back.",
                                    role: .error)
            return
        case .changed:
            if offline != nil {
                offline = nil
                message = StatusMessage(text: "Reconnected to the database: the screen shows what changed meanwhile.", role: .success)
            }
        }
        if let member = try? desk.refreshMember(), member.isDisabled {
            keepDrafts()
            keepComplaints()
            // Two short lines: the reason, then what became of the work (read after the screen is gone).
            signedOut = desk.setupHasEnded
                ? "signed out: setup has ended, as staff were added.\n'\(member.login)' is not one of them; any unfinished note is kept as a draft."
                : "signed out: '\(member.login)' was disabled.\nAny unfinished note is kept as a draft."
            wantsToQuit = true
            return
        }
        refreshAll()
    }

    /// The terminal went away or the process was told to stop: keep what can be kept, the
    /// complaint forms too.
    public func terminate() {
        keepDrafts()
        keepComplaints()
    }

    /// Complaint forms with words typed are kept for the same associate and guest.
    private func keepComplaints() {
        for case let (guestID, draft)? in stack.screens.map(\.unsavedComplaint) {
            try? desk.keepComplaintDraft(draft, for: guestID)
        }
    }

    // MARK: - Effects

    /// Carries out a screen's effects in order; what the runner answers goes back to that screen,
    /// whose own answers are carried out in turn.
    private func run(_ effects: [Effect], for id: Int, confirmed: Bool = false) {
        for effect in effects {
            if !confirmed, let asked = ConsoleQuestion(asking: effect, losesTyping: losesTyping) {
                question = asked
                return
            }
            switch effect {
            case .status(let text, let role): message = StatusMessage(text: text, role: role)
            case .close: stack.close(id)
            case .push(let screen): open(screen)
            case .showHelp: if !(stack.top.screen is HelpScreen) { open(HelpScreen(at: stack.top.screen.keyContext, keymap: keymap)) }
            case .goHome:
                guard leaveForms() else { return }
                stack.popToRoot()
                refresh(stack.top.id)
            case .openQueue:
                guard leaveForms() else { return }
                if !returnTo(QueueScreen.self) { open(QueueScreen(view: QueueView(scope: desk.usualQueueScope()),
                                                                    maySupervise: Permissions.roleAllows(.escalate, desk.member))) }
            case .openArrivals:
                guard leaveForms() else { return }
                if !returnTo(ArrivalsScreen.self) { open(ArrivalsScreen(day: desk.today, departments: departments)) }
            case .openTraces:
                guard leaveForms() else { return }
                if !returnTo(TracesScreen.self) { open(TracesScreen(day: desk.today, departments: departments)) }
            case .openReport:
                guard leaveForms() else { return }
                if !returnTo(ReportScreen.self) { open(ReportScreen(to: desk.today)) }
            case .quit:
                guard keepDrafts() else { return }
                wantsToQuit = true
            default:
                var wrote = false
                for step in runner.run(effect) {
                    switch step {
                    case .push(let screen): open(screen)
                    case .deliver(let message):
                        if case .done = message { wrote = effect.writes }
                        run(stack.change(id) { $0.receive(message) }, for: id)
                    }
                }
                if wrote { refreshAll() }
            }
        }
    }

    private func open(_ screen: any Screen) {
        let id = stack.push(screen)
        if let size { run(stack.change(id) { $0.receive(.resized(size)) }, for: id) }
        refresh(id)
    }

    /// Every open screen hears the new size, so a page is as long as the terminal shows.
    private func resized(to new: ScreenSize) {
        guard new != size else { return }
        size = new
        for id in stack.ids { run(stack.change(id) { $0.receive(.resized(new)) }, for: id) }
    }

    private func refresh(_ id: Int) {
        guard let screen = stack.screen(id) else { return }
        run(screen.refresh, for: id)
    }

    /// Every open screen reads its data again: after a write here, or a change anywhere.
    private func refreshAll() {
        let token = live.tokenNow(desk.store)
        vips = (try? desk.vipCatalog()) ?? vips
        departments = (try? desk.departmentCatalog()) ?? departments
        for id in stack.ids { refresh(id) }
        live.caughtUp(to: token)
    }

    /// Leaving for another view: half-written notes are kept as drafts (and the profiles under them
    /// say so), and forms and help close. False, with the reason on the message line, when a note
    /// could not be kept: then nothing is left.
    private func leaveForms() -> Bool {
        let drafts = stack.screens.compactMap(\.unsavedDraft)
        guard keepDrafts() else { return false }
        while stack.entries.count > 1, !stack.top.screen.staysWhenLeft { stack.close(stack.top.id) }
        if !drafts.isEmpty { refreshAll() }
        return true
    }

    /// Keeps every half-written pad so the associate can finish it next time. False when one could
    /// not be kept; the message line says why, and the note stays on screen.
    @discardableResult
    private func keepDrafts() -> Bool {
        for screen in stack.screens {
            guard let draft = screen.unsavedDraft else { continue }
            do {
                try desk.keepDraft(draft)
            } catch {
                let why = runner.describe(error)
                message = StatusMessage(text: "Not kept as a draft: \(why). The note is still on the pad: save it, or discard it with Esc, then leave.",
                                        role: .error)
                return false
            }
        }
        return true
    }

    /// A view already open lower down is gone back to rather than opened twice; false when there is none.
    private func returnTo<S: Screen>(_ kind: S.Type) -> Bool {
        guard let entry = stack.entries.last(where: { $0.screen is S }) else { return false }
        while stack.top.id != entry.id { stack.close(stack.top.id) }
        refresh(entry.id)
        return true
    }

    // MARK: - Rendering

    public func render(width: Int, height: Int) -> Canvas {
        resized(to: ScreenSize(width: width, height: height))
        var canvas = Canvas(width: width, height: height)
        guard width >= Chrome.minimumWidth, height >= Chrome.minimumHeight else {
            Chrome.tooSmall(into: &canvas, asking: question.map { $0.action == .quit ? "Quit? y: quit · n: stay" : "y: leave · n: stay" })
            return canvas
        }
        let now = desk.now
        let screen = stack.top.screen
        screen.render(into: &canvas, context: RenderContext(now: now, calendar: calendar, vips: vips, departments: departments,
                                                            property: desk.property, keymap: keymap))
        Chrome.title("frontdesk · " + screen.title,
                     right: "\(desk.property) · \(desk.actor.login) · \(calendar.day(now).short) \(calendar.time(now))", into: &canvas)
        if let question {
            canvas.clear(row: height - 3, role: .banner)
            canvas.put(" " + question.text, row: height - 3, column: 0, role: .banner, limit: width - 1)
        }
        Chrome.message(message ?? offline, into: &canvas)
        Chrome.footer(question == nil ? keymap.footer(for: screen.keyContext, excluding: screen.hiddenActions)
                                      : keymap.footer(for: question!.context), into: &canvas)
        return canvas
    }
}
