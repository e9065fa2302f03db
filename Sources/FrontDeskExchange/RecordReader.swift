/// One row of an import file: its values by column name, where it starts, and what was already
/// wrong with it as text (before any field is checked for meaning).
public struct SourceRecord: Sendable {
    public var line: Int
    public var values: [String: String]
    public var problems: [ExchangeError]

    public init(line: Int, values: [String: String], problems: [ExchangeError] = []) {
        self.line = line
        self.values = values
        self.problems = problems
    }
}

/// A file's rows one at a time: CSV or JSON Lines.
public protocol RecordReader: AnyObject {
    /// The column names, as the file gives them.
    var header: [String] { get }
    func next() throws -> SourceRecord?
}

/// What is wrong with one row of a file, named as a person finds it: the line, the column and why.
public struct ExchangeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: String?
    public var reason: String

    public init(line: Int, column: String?, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "line \(line)" + (column.map { ", \($0)" } ?? "") + ": \(reason)" }
}
