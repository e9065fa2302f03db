/// One row of the search-as-you-type list.
public struct GuestSearchResult: Sendable, Equatable, Codable {
    public var guestID: Int64
    public var displayName: String
    public var vip: VIPLevel
    /// The room, when the guest is in house.
    public var room: String?
    public var loyaltyNumber: String?
    /// The guest has alerts (`GuestProfile.alerts`): the "!" in the list.
    public var hasAlert: Bool
    /// Every alert is a sensitive fact: the mark is left out for those who may not see them (`Desk.search`).
    public var alertsAreSensitive: Bool
    /// A name in another script in Latin letters (`LatinReading`), shown beside it.
    public var nameReading: String? = nil
    /// Why the guest is listed when it was not by name: the room, number or address that matched.
    public var matched: SearchDetail? = nil
    /// What may tell this guest from another of the same name, most telling first, contact details masked.
    public var identifying: [SearchDetail] = []
    /// The ones that differ among the listed guests of this name (`Namesakes.mark`): shown beside it.
    public var distinctions: [SearchDetail] = []

    public init(guestID: Int64, displayName: String, vip: VIPLevel, room: String?,
                loyaltyNumber: String?, hasAlert: Bool, alertsAreSensitive: Bool = false) {
        self.guestID = guestID
        self.displayName = displayName
        self.vip = vip
        self.room = room
        self.loyaltyNumber = loyaltyNumber
        self.hasAlert = hasAlert
        self.alertsAreSensitive = alertsAreSensitive
    }

    /// The row as a role may see it: a mark that stands only for sensitive facts is not shown to
    /// those who may not see them, as the profile would not show them either.
    public func visible(to role: Role) -> GuestSearchResult {
        guard hasAlert, alertsAreSensitive, !Permissions.maySeeSensitive(role) else { return self }
        var copy = self
        copy.hasAlert = false
        copy.alertsAreSensitive = false
        return copy
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
