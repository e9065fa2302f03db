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

    /// After this terminal read everything again itself: its own write needs no second reading.
    mutating func caughtUp(_ store: GuestStore) {
        seen = (try? store.changeToken()) ?? seen
    }
}
