import FrontDeskCore

/// Everything the console reads and writes: guests, complaints, the staff it hands complaints
/// to, and the audit trail its refusals go to.
public typealias ConsoleStore = GuestStore & ComplaintStore & StaffDirectory & AuditTrail
