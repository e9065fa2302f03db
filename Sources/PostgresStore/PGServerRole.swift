/// Which server a connection talks to, and so how it behaves there: the chain's database itself,
/// or a read replica of it near the hotel.
enum PGServerRole {
    case primary
    case replica

    /// The primary tells of every commit; a standby cannot LISTEN.
    var listens: Bool { self == .primary }

    /// The primary is reconnected to on its own after a loss; a replica is set aside instead
    /// (`ReplicaConnection` says when to try it again) and its reads are made on the primary.
    var reconnects: Bool { self == .primary }

    /// A read is tried again after a conflict on the primary; on a replica once, then on the primary.
    var readAttempts: Int { self == .primary ? 30 : 1 }

    /// How long an answer is waited for: on the primary as long as it takes (a terminal's save
    /// must not be abandoned half-way); on a replica a little over its statement timeout, after
    /// which a replica that has not answered at all (stopped, or its machine gone quiet while the
    /// connection still looks open) is let go of and the read made on the primary.
    var answerWithin: Double? { self == .primary ? nil : 4 }

    /// libpq settings used unless the URL gives its own. A replica not answering is given up on
    /// quickly (libpq's shortest connect timeout is two seconds), and one that goes quiet in the
    /// middle of a read is noticed within seconds, not when the kernel gives up on the connection.
    var connectionDefaults: [(String, String)] {
        switch self {
        case .primary:
            return [("connect_timeout", "3"), ("application_name", "frontdesk")]
        case .replica:
            return [("connect_timeout", "2"), ("keepalives_idle", "5"), ("keepalives_interval", "2"), ("keepalives_count", "2"),
                    ("tcp_user_timeout", "5000"), ("application_name", "frontdesk replica reads")]
        }
    }

    /// What a session runs as it starts. On the primary it listens for commits, and commits
    /// synchronously even where the server's setting says otherwise: a save is on disk before the
    /// associate is told it is saved, and before other terminals are told of it (what a replica's
    /// reads go by). On a replica a statement taking over three seconds means an overloaded or
    /// stuck standby: it is cancelled and the read made on the primary.
    var sessionSetup: String {
        switch self {
        case .primary:
            return "LISTEN \(PGConnection.changeChannel); "
                + "SELECT set_config('synchronous_commit', 'on', false) WHERE current_setting('synchronous_commit') = 'off';"
        case .replica:
            return "SET statement_timeout = '3s';"
        }
    }
}
