import FrontDeskCore

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
        let store = try StoreOpening.open(settings)
        _ = try SignIn.staff(settings, directory: store)
        let levels = try store.vipCatalog().levels
        switch try settings.format {
        case .json: try Output.printJSON(levels)
        case .table: Output.print(Output.table(["RANK", "CODE", "NAME", "COLOUR"], levels.map { [String($0.rank), $0.code, $0.name, $0.role] }))
        }
    }

    static func set(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["code", "name", "role"], command: "vip set")
        guard operands.count == 1, let rank = Int(operands[0]) else {
            throw CommandFailure.usage("vip set needs the rank it configures (1 for the first level above a regular guest)")
        }
        let store = try StoreOpening.open(settings)
        let current = try store.vipCatalog().definition(of: VIPLevel(rank: rank))
        guard let code = args.option("code") ?? current?.code, let name = args.option("name") ?? current?.name else {
            throw CommandFailure.usage("a new VIP rank needs --code and --name")
        }
        let actor = try StaffCommand.administrator(settings, store: store, bootstrapping: false, doing: "configure VIP levels")
        try store.setVIPLevel(VIPLevelDefinition(rank: rank, code: code, name: name, role: args.option("role") ?? current?.role ?? "vip"),
                              by: actor)
        Output.print("VIP rank \(rank) is now \(name).")
    }
}
