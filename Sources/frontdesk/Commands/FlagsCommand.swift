import FrontDeskCore
import FrontDeskOutput

/// `frontdesk flags set|clear GUEST KIND --reason TEXT` and `flags list GUEST`: classifications
/// such as "do not rent", each with a reason and who set it. "Do not rent" needs a supervisor.
enum FlagsCommand {
    static func change(_ operands: [String], clearing: Bool, _ args: Arguments, settings: Settings) throws {
        let command = clearing ? "flags clear" : "flags set"
        let kinds = GuestFlagKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard operands.count == 2, let guestID = Int64(operands[0]) else {
            throw CommandFailure.usage("\(command) needs a guest id and a flag (\(kinds))")
        }
        guard let kind = GuestFlagKind(text: operands[1]) else {
            throw CommandFailure.usage("the flag is one of \(kinds), not '\(operands[1])'")
        }
        guard let reason = args.option("reason") else { throw CommandFailure.usage("\(command) needs --reason TEXT: it is kept with the flag") }
        let desk = try Session.desk(settings)
        if clearing {
            try desk.clearFlag(kind, on: guestID, reason: reason)
            Output.print("Guest \(guestID) is no longer flagged \"\(kind.label.lowercased())\".")
        } else {
            try desk.setFlag(kind, on: guestID, reason: reason)
            Output.print("Guest \(guestID) flagged \"\(kind.label.lowercased())\".")
        }
    }

    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        let guestID = try GuestsCommand.guestID(operands, command: "flags list")
        let format = try settings.format(OutputFormat.allCases)
        let profile = try Session.desk(settings).profile(guestID, sensitive: .leftOut)
        try Output.print(Listing(columns: ["flag", "reason", "by", "at", "where"], items: profile.flags) {
            [$0.kind.rawValue, $0.reason, $0.set.login, ISOTime.string($0.set.at), $0.set.property]
        }, as: format)
    }
}
