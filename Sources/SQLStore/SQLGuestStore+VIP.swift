import Foundation
import FrontDeskCore

/// VIP levels as a history: the latest row of each rank is the level as configured now.
extension SQLGuestStore: VIPConfiguration {
    public func vipCatalog() throws -> VIPCatalog {
        VIPCatalog(levels: try db.query("""
            SELECT rank, code, name, role FROM vip_levels v
            WHERE id = (SELECT max(id) FROM vip_levels WHERE rank = v.rank)
            """) { VIPLevelDefinition(rank: Int($0.int(0)), code: $0.text(1), name: $0.text(2), role: $0.text(3)) })
    }

    public func setVIPLevel(_ level: VIPLevelDefinition, by actor: Actor) throws {
        let level = try level.validated()
        try write {
            if let other = try vipCatalog().levels.first(where: { $0.code == level.code && $0.rank != level.rank }) {
                throw FrontDeskError.invalid("the code '\(level.code)' already names rank \(other.rank) (\(other.name))")
            }
            try db.run("""
                INSERT INTO vip_levels (rank, code, name, role, login, at, property, terminal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.int(Int64(level.rank)), .text(level.code), .text(level.name), .text(level.role), .text(actor.login),
                      .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
        }
    }
}
