import Foundation
import FrontDeskCore
import FrontDeskOutput

/// A guest's rights over what is kept about them: `guests export-subject` hands over all of it,
/// `guests erase` removes it for good.
enum PrivacyCommand {
    static func exportSubject(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let id = try GuestsCommand.guestID(operands, command: "guests export-subject")
        let record = try Session.desk(settings).subjectRecord(id)
        Output.print(try JSONText.encode(record))
    }

    static func erase(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let id = try GuestsCommand.guestID(operands, command: "guests erase")
        guard let reason = args.option("reason"), !reason.trimmingSpaces.isEmpty else {
            throw CommandFailure.usage("guests erase needs --reason: the request it answers (kept on the audit trail, without the data)")
        }
        let profiles = try Session.desk(settings).eraseGuest(id, reason: reason)
        Output.print("Guest #\(id) erased" + (profiles > 1 ? " with the \(profiles - 1) profile(s) merged into it" : "")
                     + ": name, contacts and notes are gone; the erasure and its reason are on the audit trail.")
    }
}

extension PrivacyCommand {
    /// `frontdesk purge --inactive-days N [--dry-run]`: guests not seen for N days, erased.
    static func purge(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("purge takes no operands") }
        guard let days = try args.integer("inactive-days") else { throw CommandFailure.usage("purge needs --inactive-days N") }
        let dryRun = args.has("dry-run")
        let ids = try Session.desk(settings).purgeInactive(days: days, dryRun: dryRun)
        if dryRun {
            for id in ids { Output.print("guest #\(id)") }
            Output.note("\(ids.count) guest(s) with no stay in \(days) days would be erased (dry run: nothing was).")
        } else {
            Output.print("Erased \(ids.count) guest(s) with no stay in \(days) days; each erasure is on the audit trail.")
        }
    }
}
