/// One row of the search-as-you-type list.
public struct GuestSearchResult: Sendable, Equatable, Codable {
    public var guestID: Int64
    public var displayName: String
    public var vip: VIPLevel
    /// The room, when the guest is in house.
    public var room: String?
    public var loyaltyNumber: String?
    public var hasAlert: Bool

    public init(guestID: Int64, displayName: String, vip: VIPLevel, room: String?,
                loyaltyNumber: String?, hasAlert: Bool) {
        self.guestID = guestID
        self.displayName = displayName
        self.vip = vip
        self.room = room
        self.loyaltyNumber = loyaltyNumber
        self.hasAlert = hasAlert
    }
}

/// What a search found, best first, or close spellings when it found nobody.
public struct GuestSearchOutcome: Sendable, Equatable {
    public var results: [GuestSearchResult]
    public var suggestions: [String]

    public init(results: [GuestSearchResult], suggestions: [String] = []) {
        self.results = results
        self.suggestions = suggestions
    }
}
