import Foundation

/// How far a copy is: rows copied of all it will copy, and the table it is on.
public struct CopyProgress: Sendable {
    public var table = ""
    public var rows = 0
    public let total: Int

    public init(total: Int) { self.total = total }
}

/// One table of a finished copy: rows read from the source, rows the destination gained (fewer
/// only where the destination kept a row of its own: a staff login, a department it had).
public struct CopiedCount: Sendable, Equatable {
    public let table: String
    public let read: Int
    public let added: Int

    public init(table: String, read: Int, added: Int) {
        self.table = table
        self.read = read
        self.added = added
    }
}
