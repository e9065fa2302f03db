import FrontDeskCore

/// Whether anything changed in the store since the screens last read it: asked on every quiet
/// moment, before anything is read again.
struct LiveRefresh {
    private var seen: Int64?

    init(store: GuestStore) {
        seen = try? store.changeToken()
    }

    /// True once per change by anyone (this terminal's own writes included).
    mutating func changed(_ store: GuestStore) -> Bool {
        guard let token = try? store.changeToken(), token != seen else { return false }
        seen = token
        return true
    }

    /// After this terminal read everything again itself: its own write needs no second reading.
    mutating func caughtUp(_ store: GuestStore) {
        seen = (try? store.changeToken()) ?? seen
    }
}
