extension GuestSearchResult {
    /// The list's row for a guest a search for `query` found (empty for the in-house list).
    public init(_ c: SearchCandidate, query: SearchQuery) {
        self.init(guestID: c.guestID,
                  displayName: PersonName.display(given: c.givenName, family: c.familyName, language: c.language),
                  vip: c.vip, room: c.room, loyaltyNumber: c.loyaltyNumber, hasAlert: c.hasAlert,
                  alertsAreSensitive: c.alertsAreSensitive)
        // A name in another script: its recorded reading, else the Latin letters kept with it.
        nameReading = c.latinName.map { latin in c.nameReading.nonBlank ?? latin }
        matched = SearchMatch.field(for: query, in: c)
        var facts: [SearchDetail] = []
        if let born = c.birthDate { facts.append(.birthDate(born)) }
        if let company = c.company?.trimmingSpaces, !company.isEmpty { facts.append(.company(company)) }
        // The phone before the e-mail: as telling, and shorter on a line sent over SSH.
        if let phone = c.phone.flatMap(Masking.phone) { facts.append(.phone(phone)) }
        if let email = c.email.flatMap(Masking.email) { facts.append(.email(email)) }
        if let stay = c.lastStay { facts.append(.lastStay(stay.day, property: stay.property)) }
        identifying = facts
    }
}
