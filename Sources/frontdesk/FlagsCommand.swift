import FrontDeskCore

/// `frontdesk flags set|clear GUEST KIND --reason TEXT` and `flags list GUEST`: classifications
/// such as "do not rent", each with a reason and who set it. "Do not rent" needs a supervisor.
enum FlagsCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        let operands = Array(words.dropFirst())
        switch words.first {
        case "set": try change(operands, clearing: false, args, settings: settings)
        case "clear": try change(operands, clearing: true, args, settings: settings)
        case "list": try list(operands, args, settings: settings)
        case let other?: throw CommandFailure.usage("unknown flags command '\(other)' (set, clear, list)")
        case nil: throw CommandFailure.usage("flags needs a command: set, clear or list")
        }
    }

    static func change(_ operands: [String], clearing: Bool, _ args: Arguments, settings: Settings) throws {
        let command = clearing ? "flags clear" : "flags set"
        try args.allowOnly(["reason"], command: command)
        let kinds = GuestFlagKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard operands.count == 2, let guestID = Int64(operands[0]) else {
            throw CommandFailure.usage("\(command) needs a guest id and a flag (\(kinds))")
        }
        guard let kind = GuestFlagKind(text: operands[1]) else {
            throw CommandFailure.usage("the flag is one of \(kinds), not '\(operands[1])'")
        }
        guard let reason = args.option("reason") else { throw CommandFailure.usage("\(command) needs --reason TEXT: it is kept with the flag") }
        let store = try StoreOpening.open(settings)
        let (member, actor) = try SignIn.staff(settings, directory: store)
        try Refusal.check(store, actor, action: command, subject: "guest #\(guestID)") {
            try GuestFlag.check(kind, reason: reason, by: member, clearing: clearing)
        }
        if clearing {
            try store.clearFlag(kind, guestID: guestID, reason: reason, by: actor)
            Output.print("Guest \(guestID) is no longer flagged \"\(kind.label.lowercased())\".")
        } else {
            try store.setFlag(kind, guestID: guestID, reason: reason, by: actor)
            Output.print("Guest \(guestID) flagged \"\(kind.label.lowercased())\".")
        }
    }

    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly([], command: "flags list")
        let guestID = try GuestsCommand.guestID(operands, command: "flags list")
        let profile = try GuestsCommand.signedInProfile(guestID, settings: settings)
        switch try settings.format {
        case .json: try Output.printJSON(profile.flags)
        case .table:
            Output.print(Output.table(["FLAG", "REASON", "BY", "AT", "WHERE"], profile.flags.map {
                [$0.kind.rawValue, $0.reason, $0.set.login, ComplaintsListing.Row.isoFormatter.string(from: $0.set.at), $0.set.property]
            }))
        }
    }
}
