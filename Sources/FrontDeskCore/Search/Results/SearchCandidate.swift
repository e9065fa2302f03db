/// What a store read of one guest it found: the row of the list is made from it by the core's
/// rules (`GuestSearchResult.init(_:query:)`), so every store shows the same.
public struct SearchCandidate: Sendable, Equatable {
    public var guestID: Int64
    public var givenName: String, familyName: String, language: String
    public var nameReading: String?
    /// `LatinReading.of` the name, as the store kept it when the guest was written (nil: a Latin name).
    public var latinName: String?
    /// `SearchFolding.fold` of the name as shown, as the store kept it (nil: not kept).
    public var foldedName: String?
    public var vip: VIPLevel
    public var loyaltyNumber: String?, email: String?, phone: String?, company: String?
    public var birthDate: Day?
    /// The room, when the guest is in house.
    public var room: String?
    /// The latest stay begun (in house or departed): its arrival and hotel.
    public var lastStay: (day: Day, property: String)?
    public var hasAlert: Bool, alertsAreSensitive: Bool

    public init(guestID: Int64, givenName: String, familyName: String, language: String = "", nameReading: String? = nil,
                latinName: String? = nil, foldedName: String? = nil, vip: VIPLevel = .none, loyaltyNumber: String? = nil, email: String? = nil, phone: String? = nil,
                company: String? = nil, birthDate: Day? = nil, room: String? = nil, lastStay: (day: Day, property: String)? = nil,
                hasAlert: Bool = false, alertsAreSensitive: Bool = false) {
        self.guestID = guestID
        self.givenName = givenName; self.familyName = familyName; self.language = language
        self.nameReading = nameReading; self.latinName = latinName; self.foldedName = foldedName; self.vip = vip
        self.loyaltyNumber = loyaltyNumber; self.email = email; self.phone = phone; self.company = company
        self.birthDate = birthDate; self.room = room; self.lastStay = lastStay
        self.hasAlert = hasAlert; self.alertsAreSensitive = alertsAreSensitive
    }

    public static func == (a: SearchCandidate, b: SearchCandidate) -> Bool {
        a.guestID == b.guestID && a.givenName == b.givenName && a.familyName == b.familyName && a.language == b.language
            && a.nameReading == b.nameReading && a.latinName == b.latinName && a.foldedName == b.foldedName && a.vip == b.vip && a.loyaltyNumber == b.loyaltyNumber && a.email == b.email
            && a.phone == b.phone && a.company == b.company && a.birthDate == b.birthDate && a.room == b.room
            && a.lastStay?.day == b.lastStay?.day && a.lastStay?.property == b.lastStay?.property
            && a.hasAlert == b.hasAlert && a.alertsAreSensitive == b.alertsAreSensitive
    }
}
