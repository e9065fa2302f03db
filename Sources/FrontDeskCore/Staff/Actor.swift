import Foundation

/// Who is at the keyboard, at which property and terminal: stamped on every write.
public struct Actor: Sendable, Equatable {
    public var login: String
    public var property: String
    public var terminal: String

    public init(login: String, property: String, terminal: String = "") {
        self.login = login
        self.property = property
        self.terminal = terminal
    }

    public func signature(at date: Date) -> Signature {
        Signature(login: login, at: date, property: property, terminal: terminal)
    }
}
