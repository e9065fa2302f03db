import Foundation

/// What `frontdesk export` can give out: each kind's columns (a guest's as `import guests` reads
/// them back) and its rows, a page at a time.
public enum ExportKind: String, CaseIterable, Sendable {
    case guests, preferences, stays, complaints, traces

    public var columns: [String] {
        switch self {
        case .guests: ["frontdesk-id", "external-id", "title", "given", "family", "language", "vip", "loyalty", "email", "phone",
                       "company", "reading", "birth-date"]
        case .preferences: ["frontdesk-id", "guest", "external-id", "category", "detail", "level", "scope", "source", "only-property",
                            "department", "critical", "status", "recorded-at", "recorded-by", "recorded-property"]
        case .stays: ["frontdesk-id", "guest", "external-id", "property", "room", "arrival", "departure", "status", "revenue-minor"]
        case .complaints: ["frontdesk-id", "guest", "property", "category", "severity", "status", "owner", "summary", "immediate-action",
                           "created-at", "created-by", "follow-up-due"]
        case .traces: ["frontdesk-id", "guest", "property", "department", "room", "text", "due", "done-at", "done-by", "complaint"]
        }
    }
}

/// Which rows: a property's, between two days (of arrival, recording, logging or being due),
/// of one category or one department. Nil is no filter.
public struct ExportFilter: Sendable {
    public var property: String?
    public var from: Day?
    public var to: Day?
    public var category: String?
    public var department: String?

    public init(property: String? = nil, from: Day? = nil, to: Day? = nil, category: String? = nil, department: String? = nil) {
        self.property = property
        self.from = from
        self.to = to
        self.category = category
        self.department = department
    }

    func holds(_ date: Date, calendar: Calendar) -> Bool { holds(Day(date, calendar: calendar)) }

    func holds(_ day: Day) -> Bool { (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true) }
}

extension Desk {
    /// Hands every row of `kind` that `filter` keeps to `row`, as text in `kind.columns` order.
    /// Supervisors and administrators export; sensitive preferences are left out unless asked
    /// for by someone who may see them, and that is on the audit trail.
    public func export(_ kind: ExportKind, filter: ExportFilter, sensitive: SensitiveFacts, row: ([String]) throws -> Void) throws {
        try audited("export \(kind.rawValue)", subject: kind.rawValue) {
            try Permissions.checkRole(member, .supervisor, "export")
            if let asked = filter.property, member.role != .administrator, asked != member.homeProperty {
                throw FrontDeskError.notPermitted("a supervisor exports their own hotel's data (\(member.homeProperty)), not \(asked)'s")
            }
        }
        // Whose rows: an administrator's choice (every hotel without one), a supervisor's own hotel.
        var filter = filter
        if member.role != .administrator { filter.property = member.homeProperty }
        let iso = ISO8601DateFormatter()
        func time(_ date: Date?) -> String { date.map(iso.string) ?? "" }
        switch kind {
        case .guests:
            let vips = try vipCatalog()
            try eachGuestPage { guests in
                for g in guests {
                    try row([String(g.id), g.externalID ?? "", g.title, g.givenName, g.familyName, g.language,
                             g.vip == .none ? "" : vips.code(of: g.vip), g.loyaltyNumber ?? "", g.email ?? "", g.phone ?? "",
                             g.company ?? "", g.nameReading ?? "", g.birthDate?.description ?? ""])
                }
            }
        case .preferences:
            let role = try viewer(sensitive, subject: "preferences export")
            try eachGuestPage { guests in
                let profiles = try store.profiles(guestIDs: guests.map(\.id))
                for g in guests {
                    let shown = Sensitivity.visible(profiles[g.id]?.preferences ?? [], to: role).shown
                    for p in shown where filter.holds(p.recorded.at, calendar: calendar)
                        && (filter.category.map { $0 == p.category.rawValue } ?? true)
                        && (filter.department.map { $0 == p.department.code } ?? true)
                        && (filter.property.map { p.onlyProperty == nil || p.onlyProperty == $0 } ?? true) {
                        try row([String(p.id), String(g.id), g.externalID ?? "", p.category.rawValue, p.detail, p.level.rawValue,
                                 p.scope.rawValue, p.source.rawValue, p.onlyProperty ?? "", p.department.code, p.isCritical ? "yes" : "no",
                                 p.isActive ? "current" : "retired", time(p.recorded.at), p.recorded.login, p.recorded.property])
                    }
                }
            }
        case .stays:
            try eachGuestPage { guests in
                let stays = try store.stays(guestIDs: guests.map(\.id))
                for g in guests {
                    for s in stays[g.id] ?? [] where filter.holds(s.arrival) && (filter.property.map { $0 == s.property } ?? true) {
                        try row([String(s.id), String(g.id), g.externalID ?? "", s.property, s.room, s.arrival.description,
                                 s.departure.description, s.status.rawValue, String(s.revenueMinor)])
                    }
                }
            }
        case .complaints:
            for c in try store.complaints(property: filter.property, statuses: nil, owner: nil)
            where filter.holds(c.created.at, calendar: calendar) && (filter.category.map { $0 == c.category.rawValue } ?? true) {
                try row([String(c.id), String(c.guestID), c.property, c.category.rawValue, c.severity.rawValue, c.status.rawValue,
                         c.owner, c.summary, c.immediateAction, time(c.created.at), c.created.login, time(c.followUpDue)])
            }
        case .traces:
            let query = TraceQuery(property: filter.property, department: filter.department.map(Department.init(code:)))
            for t in try store.traces(query) where filter.holds(t.due, calendar: calendar) {
                try row([String(t.id), String(t.guestID), t.property, t.department.code, t.room, t.text, time(t.due),
                         time(t.done?.at), t.done?.login ?? "", t.complaintID.map(String.init) ?? ""])
            }
        }
    }

    /// Every guest in use (not merged away, not retired), a thousand at a time, in id order.
    private func eachGuestPage(_ body: ([Guest]) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            let page = try store.guestPage(after: after, limit: 1000)
            guard let last = page.last else { return }
            try body(page)
            after = last.id
        }
    }
}
