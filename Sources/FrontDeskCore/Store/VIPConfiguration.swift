/// Where the VIP levels are configured: one list for the whole chain, changed by administrators.
public protocol VIPConfiguration: AnyObject {
    func vipCatalog() throws -> VIPCatalog
    /// Adds the rank or renames it; the change is kept in the audit trail.
    func setVIPLevel(_ level: VIPLevelDefinition, by actor: Actor) throws
}
