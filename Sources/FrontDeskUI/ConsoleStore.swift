import FrontDeskCore

/// Everything the console reads and writes: guests, complaints, and the audit trail its
/// refusals go to.
public typealias ConsoleStore = GuestStore & ComplaintStore & AuditTrail
