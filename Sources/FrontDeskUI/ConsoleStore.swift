import FrontDeskCore

/// Everything the console reads and writes: guests, complaints, recognition (arrivals, flags,
/// settings), the staff it hands complaints to, and the audit trail its refusals go to.
public typealias ConsoleStore = GuestStore & ComplaintStore & RecognitionStore & VIPConfiguration & GuestMerging
    & StaffDirectory & AuditTrail
