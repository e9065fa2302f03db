/// The one store every front end works with: the console, the command line and the benchmark see
/// the data only through this type. A store keeps what it is given, all or nothing,
/// signed by the actor, and checks that each write is a legal move from what it finds (a complaint's
/// lifecycle, a stay's status, a retired preference); who may do what is checked before, by `Desk`.
/// Every store implements it and passes the same contract tests (`Tests/StoreContract`).
public protocol FrontDeskStore: GuestStore, ComplaintStore, RecognitionStore, TraceStore, DepartmentConfiguration, GuestMerging,
    VIPConfiguration, PropertySettingsStore, StaffDirectory, AuditTrail, StoreAdministration, BulkLoading {}
