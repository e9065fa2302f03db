/// What the people who run the servers ask of a store: which schema it holds, whether it is sound,
/// bringing it up to date, and letting go of it.
public protocol StoreAdministration: AnyObject {
    /// Where the data is, as a person would name it: a file path, or a database URL without its password.
    var location: String { get }
    /// The schema version the data holds now.
    func schemaVersion() throws -> Int
    /// The schema version this build reads and writes.
    var currentSchemaVersion: Int { get }
    /// Problems found by the store's own consistency checks; empty when the data is sound.
    func integrityCheck() throws -> [String]
    /// What makes the data reachable by more people than it should be (a file other users can
    /// read); empty when nothing does. Said beside the integrity check, not instead of it.
    func accessWarnings() -> [String]
    /// Applies every migration that is due, each all or nothing; returns the version reached.
    @discardableResult
    func migrate() throws -> Int
    /// Binds a database role to a property, creating the role if it is new: a hotel's desk server
    /// then connects with it and the database lets it see and change only what is that hotel's.
    /// Only a chain's shared database has roles; a file refuses, saying so.
    func grantProperty(_ code: String, role: String, by actor: Actor) throws
    /// Copies every row into `destination` (same schema, either engine), or with `property` only what
    /// is that hotel's and the chain's: one transaction, ids moved past the destination's own, each
    /// table counted on both sides.
    func copy(to destination: FrontDeskStore, property: String?,
              progress: (CopyProgress) -> Void) throws -> [CopiedCount]
    /// Lets go of the data now (the last SQLite connection folds its log back into the file).
    /// Every later call fails.
    func close()
}

extension StoreAdministration {
    /// A store the operating system's file modes do not guard (a database server) has none.
    public func accessWarnings() -> [String] { [] }
}
