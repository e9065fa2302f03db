import FrontDeskOutput
import FrontDeskCore

/// Where a binding applies.
public enum KeyContext: String, Sendable, CaseIterable {
    case everywhere = "Everywhere"
    case search = "Guest search"
    case profile = "Guest profile"
    case alerts = "Alerts when a profile opens"
    case arrivals = "Arrivals"
    case pad = "Preference pad and complaint form"
    case help = "Help"
    case question = "Questions"
    case alreadyOnFile = "Recording what is already on file"
    case sameGuest = "A new guest who may be on file already"
    case discard = "Before throwing away what was typed"
    case confirm = "Before what cannot be undone"
    case retireWhy = "Retiring a preference the guest was asked to confirm"
    case reason = "Typing a reason"
    case flag = "Flagging a guest"
    case queue = "Complaint queue"
    case complaint = "A complaint"
    case traces = "Traces (F5)"
    case report = "Complaint report (F6)"
    case approval = "Supervisor approval"
    case typing = "Any text field"
}

/// Everything a key can do.
public enum Action: Sendable, Hashable {
    case help, guests, quit, queue, arrivals, traces, report
    case moveUp, moveDown, pageUp, pageDown, first, last
    case openGuest, walkIn, clearSearch, useSuggestion
    case back, openPad, retirePreference, logComplaint, confirmPreference, askQuestion
    case review, previousDay, nextDay, flagGuest, mergeDuplicate, addTrace, markDone, editGuest, retireGuest
    case save, nextField, previousField, nextChoice, previousChoice, cancel
    case accept, decline, noLongerHolds, recordedInError
    case mark, escalate, reassign, cycleFilter, toggleScope, cycleCategory, cycleSeverity, filterOwner, addEntry(ComplaintEntryKind)
    case cursorLeft, cursorRight, lineStart, lineEnd, deleteBackward, deleteForward, deleteWord, clearField
}

/// One binding: its keys, where it applies, what it does, and the words help shows.
public struct Binding: Sendable {
    public let keys: [Key]
    public let context: KeyContext
    public let action: Action
    public let help: String
    /// The word the footer shows, for the few bindings the footer has room for.
    public let footer: String?
}

/// The one declaration of every key. Help and footers are generated from it, so they never drift.
public struct Keymap: Sendable {
    public let bindings: [Binding]

    public static let standard = Keymap(bindings: [
        Binding(keys: [.function(1)], context: .everywhere, action: .help, help: "Help: every key (Esc 1 without function keys)", footer: "Help"),
        Binding(keys: [.function(2)], context: .everywhere, action: .guests, help: "Guest search (Esc 2)", footer: nil),
        Binding(keys: [.function(3)], context: .everywhere, action: .arrivals, help: "Arrivals: who arrives today and what to prepare (Esc 3)", footer: nil),
        Binding(keys: [.function(4)], context: .everywhere, action: .queue, help: "Complaint queue (Esc 4)", footer: nil),
        Binding(keys: [.function(5)], context: .everywhere, action: .traces, help: "Traces: each department's to-dos (Esc 5)", footer: nil),
        Binding(keys: [.function(6)], context: .everywhere, action: .report, help: "Complaint report: trends at a glance, for supervisors (Esc 6)", footer: nil),
        Binding(keys: [.up, .control("p")], context: .report, action: .moveUp, help: "Scroll up", footer: nil),
        Binding(keys: [.down, .control("n")], context: .report, action: .moveDown, help: "Scroll down", footer: nil),
        Binding(keys: [.pageUp], context: .report, action: .pageUp, help: "A page up", footer: nil),
        Binding(keys: [.pageDown], context: .report, action: .pageDown, help: "A page down", footer: "More"),
        Binding(keys: [.left], context: .report, action: .previousDay, help: "The four weeks before", footer: "Earlier"),
        Binding(keys: [.right], context: .report, action: .nextDay, help: "The four weeks after", footer: "Later"),
        Binding(keys: [.escape], context: .report, action: .back, help: "Back", footer: "Back"),
        Binding(keys: [.function(10)], context: .everywhere, action: .quit, help: "Quit frontdesk (Esc 0)", footer: "Quit"),

        Binding(keys: [.enter], context: .search, action: .openGuest, help: "Open the selected guest", footer: "Open"),
        Binding(keys: [.up, .control("p")], context: .search, action: .moveUp, help: "Previous guest", footer: nil),
        Binding(keys: [.down, .control("n")], context: .search, action: .moveDown, help: "Next guest", footer: "Next"),
        Binding(keys: [.pageUp], context: .search, action: .pageUp, help: "Page up", footer: nil),
        Binding(keys: [.pageDown], context: .search, action: .pageDown, help: "Page down", footer: nil),
        Binding(keys: [.control("o")], context: .search, action: .walkIn, help: "New guest from what was typed (walk-in)", footer: "New guest"),
        Binding(keys: [.escape], context: .search, action: .clearSearch, help: "Clear the search", footer: nil),
        Binding(keys: [.tab], context: .search, action: .useSuggestion, help: "Search for the first close spelling offered", footer: "Did you mean"),

        Binding(keys: [.character("p")], context: .profile, action: .openPad, help: "Preference pad: record what the guest told you", footer: "Pad"),
        Binding(keys: [.character("c")], context: .profile, action: .logComplaint, help: "Log a complaint the guest just made: you own it", footer: "Complaint"),
        Binding(keys: [.character("r")], context: .profile, action: .retirePreference, help: "Retire the selected preference (asks why; at check-in, which the guest said)", footer: "Retire"),
        Binding(keys: [.character("y")], context: .profile, action: .confirmPreference, help: "The guest confirms the selected preference is still true", footer: "Confirm"),
        Binding(keys: [.character("f")], context: .profile, action: .flagGuest, help: "Flag the guest (previous complaint, problematic, do not rent) or clear a flag", footer: nil),
        Binding(keys: [.character("M")], context: .profile, action: .mergeDuplicate, help: "Merge the probable duplicate into this profile (Shift-M, supervisors)", footer: nil),
        Binding(keys: [.character("e")], context: .profile, action: .editGuest, help: "Edit the guest's details: name, e-mail, phone... (each change is kept)", footer: "Edit"),
        Binding(keys: [.character("X")], context: .profile, action: .retireGuest, help: "Retire a profile made by mistake: out of search, kept on file; on a retired one, reinstate it (Shift-X, supervisors)", footer: nil),
        Binding(keys: [.character("t")], context: .profile, action: .addTrace, help: "Trace: a to-do about the guest for a department", footer: nil),
        Binding(keys: [.character("a")], context: .profile, action: .askQuestion, help: "Record the answer to today's question (opens the pad)", footer: "Ask"),
        Binding(keys: [.up, .control("p")], context: .profile, action: .moveUp, help: "Previous preference (before the first, what is above)", footer: nil),
        Binding(keys: [.down, .control("n")], context: .profile, action: .moveDown, help: "Next preference (after the last, the stays below)", footer: nil),
        Binding(keys: [.pageUp], context: .profile, action: .pageUp, help: "Page up", footer: nil),
        Binding(keys: [.pageDown], context: .profile, action: .pageDown, help: "Page down", footer: nil),
        Binding(keys: [.home], context: .profile, action: .first, help: "The top of the profile", footer: nil),
        Binding(keys: [.end], context: .profile, action: .last, help: "The end of the profile: the stays", footer: nil),
        Binding(keys: [.escape], context: .profile, action: .back, help: "Back to the search", footer: "Back"),

        Binding(keys: [.enter, .character(" ")], context: .alerts, action: .accept, help: "I have read the alerts", footer: "Read"),
        Binding(keys: [.escape], context: .alerts, action: .back, help: "Back to the search", footer: "Back"),

        Binding(keys: [.enter], context: .arrivals, action: .openGuest, help: "Open the selected guest's profile", footer: "Open"),
        Binding(keys: [.up, .control("p")], context: .arrivals, action: .moveUp, help: "Previous arrival", footer: nil),
        Binding(keys: [.down, .control("n")], context: .arrivals, action: .moveDown, help: "Next arrival", footer: nil),
        Binding(keys: [.pageUp], context: .arrivals, action: .pageUp, help: "A page of arrivals up", footer: nil),
        Binding(keys: [.pageDown], context: .arrivals, action: .pageDown, help: "A page of arrivals down", footer: nil),
        Binding(keys: [.home], context: .arrivals, action: .first, help: "The first arrival", footer: nil),
        Binding(keys: [.end], context: .arrivals, action: .last, help: "The last arrival", footer: nil),
        Binding(keys: [.character("v")], context: .arrivals, action: .review, help: "Mark the selected arrival reviewed (coordinators)", footer: "Reviewed"),
        Binding(keys: [.character("d")], context: .arrivals, action: .cycleFilter, help: "One department: only the arrivals it prepares for; again for the next, then all", footer: "Department"),
        Binding(keys: [.character("t")], context: .arrivals, action: .addTrace, help: "Trace: a to-do for a department about the selected arrival", footer: nil),
        Binding(keys: [.left, .character("[")], context: .arrivals, action: .previousDay, help: "The day before", footer: nil),
        Binding(keys: [.right, .character("]")], context: .arrivals, action: .nextDay, help: "The day after", footer: "Next day"),
        Binding(keys: [.escape], context: .arrivals, action: .back, help: "Back", footer: "Back"),

        Binding(keys: [.control("s")], context: .pad, action: .save, help: "Save, from any field", footer: "Save"),
        Binding(keys: [.tab], context: .pad, action: .nextField, help: "Next field", footer: "Next field"),
        Binding(keys: [.backTab], context: .pad, action: .previousField, help: "Previous field", footer: nil),
        Binding(keys: [.right, .character(" ")], context: .pad, action: .nextChoice, help: "Next choice (in a choice field)", footer: nil),
        Binding(keys: [.left], context: .pad, action: .previousChoice, help: "Previous choice (in a choice field)", footer: nil),
        Binding(keys: [.escape], context: .pad, action: .cancel, help: "Cancel (asks first if something was typed)", footer: "Cancel"),

        Binding(keys: [.enter, .character("y")], context: .question, action: .accept, help: "Yes", footer: "Yes"),
        Binding(keys: [.character("n")], context: .question, action: .decline, help: "No", footer: "No"),
        Binding(keys: [.escape], context: .question, action: .cancel, help: "Back without doing anything", footer: "Back"),

        Binding(keys: [.enter, .character("y")], context: .alreadyOnFile, action: .accept, help: "Confirm the preference on file again (counted)", footer: "Confirm it again"),
        Binding(keys: [.character("n")], context: .alreadyOnFile, action: .decline, help: "Record a new one anyway", footer: "Record a new one"),
        Binding(keys: [.escape], context: .alreadyOnFile, action: .cancel, help: "Back to the pad", footer: "Back to the pad"),

        Binding(keys: [.enter, .character("y")], context: .sameGuest, action: .accept, help: "Open the guest on file", footer: "Open that profile"),
        Binding(keys: [.character("n")], context: .sameGuest, action: .decline, help: "Make a new guest anyway", footer: "Make a new one"),
        Binding(keys: [.escape], context: .sameGuest, action: .cancel, help: "Back to the form", footer: "Back to the form"),

        Binding(keys: [.character("y")], context: .confirm, action: .accept, help: "Yes (only y; Enter never does)", footer: "Yes"),
        Binding(keys: [.character("n"), .escape, .enter], context: .confirm, action: .decline, help: "No", footer: "No"),

        Binding(keys: [.character("y")], context: .discard, action: .accept, help: "Yes: throw it away (only y; Enter never does)", footer: "Yes, throw away"),
        Binding(keys: [.character("n"), .escape, .enter], context: .discard, action: .decline, help: "No: keep it and go on", footer: "No, keep it"),

        Binding(keys: [.tab], context: .flag, action: .nextChoice, help: "The next flag", footer: "Next flag"),
        Binding(keys: [.enter], context: .flag, action: .accept, help: "Set the flag (or clear it, when it is set) with the reason typed", footer: "Save"),
        Binding(keys: [.escape], context: .flag, action: .cancel, help: "Back without changing any flag", footer: "Back"),

        Binding(keys: [.character("n")], context: .retireWhy, action: .noLongerHolds, help: "The guest says it no longer holds", footer: "No longer holds"),
        Binding(keys: [.character("e")], context: .retireWhy, action: .recordedInError, help: "The guest says it was never so: recorded in error", footer: "Recorded in error"),
        Binding(keys: [.escape], context: .retireWhy, action: .cancel, help: "Back: keep the preference", footer: "Keep it"),

        Binding(keys: [.enter], context: .reason, action: .accept, help: "Save the reason", footer: "Save"),
        Binding(keys: [.escape], context: .reason, action: .cancel, help: "Back without retiring anything", footer: "Back"),

        Binding(keys: [.enter], context: .queue, action: .openGuest, help: "Open the selected complaint", footer: "Open"),
        Binding(keys: [.up, .control("p")], context: .queue, action: .moveUp, help: "Previous complaint", footer: nil),
        Binding(keys: [.down, .control("n")], context: .queue, action: .moveDown, help: "Next complaint", footer: nil),
        Binding(keys: [.pageUp], context: .queue, action: .pageUp, help: "A page up", footer: nil),
        Binding(keys: [.pageDown], context: .queue, action: .pageDown, help: "A page down", footer: nil),
        Binding(keys: [.home], context: .queue, action: .first, help: "The first complaint", footer: nil),
        Binding(keys: [.end], context: .queue, action: .last, help: "The last complaint", footer: nil),
        Binding(keys: [.character(" ")], context: .queue, action: .mark, help: "Mark or unmark for a bulk action", footer: "Mark"),
        Binding(keys: [.character("e")], context: .queue, action: .escalate, help: "Escalate the marked (or selected) complaints", footer: "Escalate"),
        Binding(keys: [.character("o")], context: .queue, action: .reassign, help: "Reassign the marked (or selected) complaints to another owner", footer: "Reassign"),
        Binding(keys: [.character("s")], context: .queue, action: .cycleFilter, help: "Show open, overdue, resolved or closed complaints", footer: "Show"),
        Binding(keys: [.character("m")], context: .queue, action: .toggleScope, help: "Mine only, or the whole property (supervisors)", footer: nil),
        Binding(keys: [.character("c")], context: .queue, action: .cycleCategory, help: "Only one category (again for the next; all after the last)", footer: nil),
        Binding(keys: [.character("v")], context: .queue, action: .cycleSeverity, help: "Only one severity (again for the next; all after the last)", footer: nil),
        Binding(keys: [.character("w")], context: .queue, action: .filterOwner, help: "Only the complaints one person owns", footer: nil),
        Binding(keys: [.escape], context: .queue, action: .back, help: "Back", footer: "Back"),

        Binding(keys: [.character("p")], context: .complaint, action: .addEntry(.pacified), help: "Pacified: what was done to calm the guest at once", footer: nil),
        Binding(keys: [.character("a")], context: .complaint, action: .addEntry(.actionTaken), help: "Action taken", footer: "Action"),
        Binding(keys: [.character("n")], context: .complaint, action: .addEntry(.note), help: "Add a note (a correction is a new note)", footer: nil),
        Binding(keys: [.character("f")], context: .complaint, action: .addEntry(.followedUp(satisfied: true)), help: "Followed up: the guest is satisfied", footer: "Satisfied"),
        Binding(keys: [.character("u")], context: .complaint, action: .addEntry(.followedUp(satisfied: false)), help: "Followed up: the guest is not satisfied (the clock restarts)", footer: "Unsatisfied"),
        Binding(keys: [.character("r")], context: .complaint, action: .addEntry(.resolved), help: "Resolved", footer: "Resolve"),
        Binding(keys: [.character("t")], context: .complaint, action: .addTrace, help: "Route to a department as a trace (the TV remote to maintenance); its owner keeps the follow-up", footer: "Route"),
        Binding(keys: [.character("e")], context: .complaint, action: .escalate, help: "Escalate (supervisors)", footer: "Escalate"),
        Binding(keys: [.character("o")], context: .complaint, action: .reassign, help: "Reassign to another owner (supervisors)", footer: "Reassign"),
        Binding(keys: [.character("x")], context: .complaint, action: .addEntry(.closed), help: "Close a resolved complaint (supervisors)", footer: "Close"),
        Binding(keys: [.character("R")], context: .complaint, action: .addEntry(.reopened), help: "Reopen (Shift-R)", footer: "Reopen"),
        Binding(keys: [.pageUp], context: .complaint, action: .pageUp, help: "Earlier in the timeline", footer: nil),
        Binding(keys: [.pageDown], context: .complaint, action: .pageDown, help: "Later in the timeline", footer: nil),
        Binding(keys: [.escape], context: .complaint, action: .back, help: "Back", footer: "Back"),

        Binding(keys: [.enter], context: .traces, action: .openGuest, help: "Open the guest, or the complaint the trace routes", footer: "Open"),
        Binding(keys: [.up, .control("p")], context: .traces, action: .moveUp, help: "Previous trace", footer: nil),
        Binding(keys: [.down, .control("n")], context: .traces, action: .moveDown, help: "Next trace", footer: nil),
        Binding(keys: [.pageUp], context: .traces, action: .pageUp, help: "A page up", footer: nil),
        Binding(keys: [.pageDown], context: .traces, action: .pageDown, help: "A page down", footer: nil),
        Binding(keys: [.home], context: .traces, action: .first, help: "The first trace", footer: nil),
        Binding(keys: [.end], context: .traces, action: .last, help: "The last trace", footer: nil),
        Binding(keys: [.character("x")], context: .traces, action: .markDone, help: "Mark the selected trace done, signed by you (asks first)", footer: "Done"),
        Binding(keys: [.character("d")], context: .traces, action: .cycleFilter, help: "One department's traces; again for the next, then all", footer: "Department"),
        Binding(keys: [.left, .character("[")], context: .traces, action: .previousDay, help: "The day before", footer: nil),
        Binding(keys: [.right, .character("]")], context: .traces, action: .nextDay, help: "The day after", footer: "Next day"),
        Binding(keys: [.escape], context: .traces, action: .back, help: "Back", footer: "Back"),

        Binding(keys: [.enter], context: .approval, action: .accept, help: "Approve with the supervisor's login and PIN", footer: "Approve"),
        Binding(keys: [.tab, .backTab], context: .approval, action: .nextField, help: "Between login and PIN", footer: "Next field"),
        Binding(keys: [.escape], context: .approval, action: .cancel, help: "Back to the form without approval", footer: "Back"),

        Binding(keys: [.left], context: .typing, action: .cursorLeft, help: "Cursor left", footer: nil),
        Binding(keys: [.right], context: .typing, action: .cursorRight, help: "Cursor right", footer: nil),
        Binding(keys: [.home, .control("a")], context: .typing, action: .lineStart, help: "To the start of the field", footer: nil),
        Binding(keys: [.end, .control("e")], context: .typing, action: .lineEnd, help: "To the end of the field", footer: nil),
        Binding(keys: [.backspace], context: .typing, action: .deleteBackward, help: "Delete the character before the cursor", footer: nil),
        Binding(keys: [.delete], context: .typing, action: .deleteForward, help: "Delete the character under the cursor", footer: nil),
        Binding(keys: [.control("w")], context: .typing, action: .deleteWord, help: "Delete the word before the cursor", footer: nil),
        Binding(keys: [.control("u")], context: .typing, action: .clearField, help: "Clear the field", footer: nil),

        Binding(keys: [.up, .control("p")], context: .help, action: .moveUp, help: "Scroll up a line", footer: nil),
        Binding(keys: [.down, .control("n")], context: .help, action: .moveDown, help: "Scroll down a line", footer: nil),
        Binding(keys: [.pageDown, .character(" ")], context: .help, action: .pageDown, help: "Next page", footer: "Next page"),
        Binding(keys: [.pageUp], context: .help, action: .pageUp, help: "Previous page", footer: "Previous"),
        Binding(keys: [.home], context: .help, action: .first, help: "The start", footer: nil),
        Binding(keys: [.end], context: .help, action: .last, help: "The end", footer: nil),
        Binding(keys: [.escape, .function(1)], context: .help, action: .back, help: "Close help", footer: "Close"),
    ])

    /// The action of a key in a context; screen bindings win over the ones that apply everywhere.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        if let b = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return b.action }
        return bindings.first(where: { $0.context == .everywhere && $0.keys.contains(key) })?.action
    }

    /// Footer hints for a context: its own first, then the ones that apply everywhere. The way back
    /// (Esc) and help are essential: a narrow footer drops other hints before them.
    public func footer(for context: KeyContext, excluding: Set<Action> = []) -> [FooterHint] {
        let own = bindings.filter { $0.context == context && $0.footer != nil && !excluding.contains($0.action) }
        // A question shows its own answers only: F10 or F1 there would not do what they say.
        let global = context.isQuestion ? [] : bindings.filter { g in
            g.context == .everywhere && g.footer != nil && !own.contains { $0.keys.contains(where: g.keys.contains) }
        }
        let essential: Set<Action> = [.back, .cancel, .help]
        return (own + global).map {
            FooterHint(keys: $0.keys.map(\.description).joined(separator: "/"), label: $0.footer!, essential: essential.contains($0.action))
        }
    }
}

extension KeyContext {
    /// Contexts that ask something and take only their own answers.
    var isQuestion: Bool { [.question, .confirm, .discard, .retireWhy, .alreadyOnFile, .sameGuest].contains(self) }
}

/// One hint of the footer: keys and what they do.
public struct FooterHint: Sendable, Equatable {
    public var keys: String
    public var label: String
    /// Kept when the footer is too narrow for every hint.
    public var essential = false

    var width: Int { TerminalText.width(of: keys) + TerminalText.width(of: label) + 3 }
}
