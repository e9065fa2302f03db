import FrontDeskCore
import FrontDeskOutput

/// `frontdesk vip list` and `frontdesk vip set RANK --code C --name N [--role R]`: the chain's
/// VIP levels. Administrators change them; every change is kept.
enum VIPCommand {
    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("vip list takes no operands") }
        let format = try settings.format(OutputFormat.allCases)
        let levels = try Session.desk(settings).vipCatalog().levels
        try Output.print(Listing(columns: ["rank", "code", "name", "colour"], items: levels) {
            [String($0.rank), $0.code, $0.name, $0.role]
        }, as: format)
    }

    static func set(_ operands: [String], _ args: Arguments, settings: Settings) throws {
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
