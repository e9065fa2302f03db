import FrontDeskCore

/// A refused action ends the command with exit 77, and is kept in the audit trail first:
/// what staff tried and were not allowed to do is part of the record too.
enum Refusal {
    static func refuse(_ trail: AuditTrail, _ actor: Actor, action: String, subject: String, _ message: String) -> CommandFailure {
        // The refusal stands even if the trail cannot take it (a read-only file, say).
        try? trail.recordRefusal(action: action, subject: subject, reason: message, by: actor)
        return CommandFailure(code: .notPermitted, message: message)
    }

    /// Runs a permission check of the core; its refusal is audited.
    static func check(_ trail: AuditTrail, _ actor: Actor, action: String, subject: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch FrontDeskError.notPermitted(let message) {
            throw refuse(trail, actor, action: action, subject: subject, message)
        }
    }
}
