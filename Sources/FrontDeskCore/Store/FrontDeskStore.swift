/// The one store every front end works with: the console, the command line, the benchmark and the
/// importer see the data only through this type. A store keeps what it is given, all or nothing,
/// signed by the actor, and checks that each write is a legal move from what it finds (a complaint's
/// lifecycle, a stay's status, a retired preference); who may do what is checked before, by `Desk`.
/// The SQLite and PostgreSQL stores implement it and pass the same contract tests.
public protocol FrontDeskStore: GuestStore, ComplaintStore, RecognitionStore, GuestMerging, VIPConfiguration,
    PropertySettingsStore, StaffDirectory, AuditTrail, StoreAdministration, BulkLoading {}
