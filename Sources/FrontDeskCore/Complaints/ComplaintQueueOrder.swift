import Foundation

/// The supervisor queue's order: whoever is waiting longest past their promised
/// call comes first; then the worst harm; then the most valuable guest (VIP level, then
/// value tier); then the oldest complaint. The id settles ties, so the list never jumps between redraws.
public enum ComplaintQueueOrder {
    public typealias Item = (complaint: Complaint, vip: VIPLevel, tier: ValueTier)

    public static func sorted(_ items: [Item], now: Date) -> [Item] {
        items.sorted { precedes($0, $1, now: now) }
    }

    public static func precedes(_ a: Item, _ b: Item, now: Date) -> Bool {
        let lateA = FollowUpPolicy.overdueBy(a.complaint, now: now)
        let lateB = FollowUpPolicy.overdueBy(b.complaint, now: now)
        switch (lateA, lateB) {
        case (.some, nil): return true
        case (nil, .some): return false
        case let (.some(x), .some(y)) where x != y: return x > y
        default: break
        }
        if a.complaint.severity != b.complaint.severity { return a.complaint.severity > b.complaint.severity }
        if a.vip != b.vip { return a.vip > b.vip }
        if a.tier != b.tier { return a.tier < b.tier }
        if a.complaint.created.at != b.complaint.created.at { return a.complaint.created.at < b.complaint.created.at }
        return a.complaint.id < b.complaint.id
    }
}
