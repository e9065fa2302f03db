import FrontDeskCore

/// One complaint as the queue shows it: the complaint and who the guest is.
struct QueueRow: Equatable {
    var complaint: Complaint
    var guestName: String
    var vip: VIPLevel
    var tier: ValueTier = .regular
}
