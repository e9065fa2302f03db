/// What a command lists, written in any format from one description: the columns and each item's
/// cells for the table and CSV, the items themselves for JSON.
public struct Listing<Item: Encodable> {
    /// Column names in lower case words ("guest id"): the CSV header; the table shows them in capitals.
    public var columns: [String]
    public var items: [Item]
    public var cells: (Item) -> [String]
    /// What the table says when there is nothing to list (CSV and JSON stay well-formed and empty).
    public var empty: String?

    public init(columns: [String], items: [Item], empty: String? = nil, cells: @escaping (Item) -> [String]) {
        self.columns = columns
        self.items = items
        self.cells = cells
        self.empty = empty
    }

    public func text(_ format: OutputFormat) throws -> String {
        switch format {
        case .table:
            if items.isEmpty, let empty { return TerminalText.sanitize(empty) }
            return Table.text(columns.map { $0.uppercased() }, items.map(cells))
        case .csv: return CSV.document([columns] + items.map(cells))
        case .json: return try JSONText.encode(items)
        }
    }
}
