import Foundation

/// The supervisor queue as the console and `complaints list` show it: complaints with their
/// guest's name, VIP level and value tier, read in a fixed number of store calls however long
/// the queue, and sorted by `ComplaintQueueOrder`.
public struct ComplaintQueue: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var complaint: Complaint
        public var guestName: String
        public var vip: VIPLevel
        public var tier: ValueTier
        /// The guest's room at the complaint's hotel now, when they are staying or arriving.
        public var room: String?

        public init(complaint: Complaint, guestName: String, vip: VIPLevel, tier: ValueTier, room: String? = nil) {
            self.complaint = complaint
            self.guestName = guestName
            self.vip = vip
            self.tier = tier
            self.room = room
        }
    }

    /// In queue order as of `sortedAt`.
    public private(set) var items: [Item]
    /// The time the order was judged by: what is overdue then comes first.
    public private(set) var sortedAt: Date

    public init(items: [Item], now: Date) {
        self.items = items
        sortedAt = now
        sort(now: now)
    }

    /// Follow-ups fall due with the clock: the order is kept true without reading anything again.
    public mutating func sort(now: Date) {
        sortedAt = now
        items.sort { ComplaintQueueOrder.precedes(($0.complaint, $0.vip, $0.tier), ($1.complaint, $1.vip, $1.tier), now: now) }
    }

    /// - Parameter property: nil for every property (an administrator's chain view).
    public static func load(from store: GuestStore & ComplaintStore & RecognitionStore, property: String?,
                            statuses: Set<ComplaintStatus>?, owner: String?, today: Day, now: Date) throws -> ComplaintQueue {
        let complaints = try store.complaints(property: property, statuses: statuses, owner: owner)
        let guestIDs = Array(Set(complaints.map(\.guestID)))
        let guests = try store.guests(ids: guestIDs)
        let tiers = try ValueTier.of(guestIDs: guestIDs, properties: Set(complaints.map(\.property)), store: store, today: today)
        let stays = try store.stays(guestIDs: guestIDs)
        return ComplaintQueue(items: complaints.map { c in
            Item(complaint: c, guestName: guests[c.guestID]?.displayName ?? "guest \(c.guestID)",
                 vip: guests[c.guestID]?.vip ?? .none, tier: tiers[c.property]?[c.guestID] ?? .regular,
                 room: stays[c.guestID]?.current(at: c.property, on: today)?.room)
        }, now: now)
    }
}

extension ValueTier {
    /// Tiers of many guests by the rules of each property, read in one pass: stays and complaints
    /// of all the guests at once.
    public static func of(guestIDs: [Int64], properties: Set<String>, store: GuestStore & ComplaintStore & RecognitionStore,
                          today: Day) throws -> [String: [Int64: ValueTier]] {
        guard !guestIDs.isEmpty else { return [:] }
        let stays = try store.stays(guestIDs: guestIDs)
        let complaints = try store.complaints(guestIDs: guestIDs)
        var tiers: [String: [Int64: ValueTier]] = [:]
        for property in properties {
            let settings = try store.recognitionSettings(property: property)
            for id in guestIDs {
                tiers[property, default: [:]][id] = of(stays: stays[id] ?? [], complaints: complaints[id] ?? [], today: today,
                                                       settings: settings)
            }
        }
        return tiers
    }
}
