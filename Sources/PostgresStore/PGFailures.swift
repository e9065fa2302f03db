/// Failures the connection acts on itself, before anything reaches a person as a FrontDeskError.

/// The connection dropped or the server restarted: the store reconnects and the screen says so.
struct PGConnectionLost: Error, CustomStringConvertible {
    let location: String
    let why: String
    var description: String { "lost the connection to \(location) (\(why))" }
}

/// Another transaction's write conflicted with this one: trying again is right.
struct PGSerializationFailure: Error {
    let why: String
}
