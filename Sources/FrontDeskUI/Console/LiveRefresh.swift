import FrontDeskCore

/// Whether anything changed in the store since the screens last read it: asked on every quiet
/// moment, before anything is read again.
struct LiveRefresh {
    private var seen: Int64?

    init(store: GuestStore) {
        seen = try? store.changeToken()
    }

    enum Reading: Equatable {
        case unchanged
        /// Once per change by anyone (this terminal's own writes included), and after a reconnection.
        case changed
        /// The store cannot be asked: its server went away.
        case unreachable
    }

    mutating func read(_ store: GuestStore) -> Reading {
        guard let token = try? store.changeToken() else { return .unreachable }
        guard token != seen else { return .unchanged }
        seen = token
        return .changed
    }

    /// Taken before this terminal reads everything again itself, and handed to `caughtUp(to:)`
    /// after: a change counted later (another terminal's, committed while the screens were being
    /// read) is read again at the next quiet moment, not taken as seen.
    func tokenNow(_ store: GuestStore) -> Int64? {
        try? store.changeToken()
    }

    /// After this terminal read everything again itself: its own write needs no second reading.
    mutating func caughtUp(to token: Int64?) {
        seen = token ?? seen
    }
}
