import FrontDeskCore
import FrontDeskOutput

/// `frontdesk vip list` and `frontdesk vip set RANK --code C --name N [--role R]`: the chain's
/// VIP levels. Administrators change them; every change is kept.
enum VIPCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        switch words.first {
        case "list": try list(args, settings: settings)
        case "set": try set(Array(words.dropFirst()), args, settings: settings)
        case let other?: throw CommandFailure.usage("unknown vip command '\(other)' (list, set)")
        case nil: throw CommandFailure.usage("vip needs a command: list or set")
        }
    }

    static func list(_ args: Arguments, settings: Settings) throws {
        try args.allowOnly([], command: "vip list")
        let format = try settings.format(OutputFormat.allCases)
        let levels = try Session.desk(settings).vipCatalog().levels
        try Output.print(Listing(columns: ["rank", "code", "name", "colour"], items: levels) {
            [String($0.rank), $0.code, $0.name, $0.role]
        }, as: format)
    }

    static func set(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["code", "name", "role"], command: "vip set")
        guard operands.count == 1, let rank = Int(operands[0]) else {
            throw CommandFailure.usage("vip set needs the rank it configures (1 for the first level above a regular guest)")
        }
        let desk = try Session.desk(settings)
        let current = try desk.vipCatalog().definition(of: VIPLevel(rank: rank))
        guard let code = args.option("code") ?? current?.code, let name = args.option("name") ?? current?.name else {
            throw CommandFailure.usage("a new VIP rank needs --code and --name")
        }
        try desk.setVIPLevel(VIPLevelDefinition(rank: rank, code: code, name: name, role: args.option("role") ?? current?.role ?? "vip"))
        Output.print("VIP rank \(rank) is now \(name).")
    }
}
