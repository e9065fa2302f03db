import FrontDeskCore

/// Another profile that is probably the guest on screen: who, and why it looks like them.
struct DuplicateHint: Equatable {
    var guestID: Int64
    var name: String
    var reasons: String

    /// The other profile of each match, named; a match whose other profile is gone is left out.
    static func load(for guestID: Int64, from store: ConsoleStore) throws -> [DuplicateHint] {
        let vips = try store.vipCatalog()
        return try store.duplicates(of: guestID).compactMap { match in
            let other = match.olderID == guestID ? match.newerID : match.olderID
            guard let guest = try store.guest(id: other), guest.id != guestID else { return nil }
            return DuplicateHint(guestID: other, name: vips.named(guest), reasons: match.reasons.joined(separator: ", "))
        }
    }
}
