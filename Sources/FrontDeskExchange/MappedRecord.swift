import FrontDeskCore

/// One row read through a column mapping: each field's text by its name, and everything wrong
/// with the row, each problem at its line and column (or the field's name, when the file has no
/// such column).
final class MappedRecord {
    private let record: SourceRecord
    private let mapping: ColumnMapping
    private(set) var problems: [ExchangeError]

    init(_ record: SourceRecord, _ mapping: ColumnMapping) {
        self.record = record
        self.mapping = mapping
        problems = record.problems
    }

    /// The field's text without surrounding spaces; nil when the file has no such column or the cell is blank.
    func value(_ field: String) -> String? {
        mapping.columns[field].flatMap { record.values[$0] }?.trimmingSpaces.nonBlank
    }

    func refuse(_ field: String, _ reason: String) {
        problems.append(ExchangeError(line: record.line, column: mapping.columns[field] ?? field, reason: reason))
    }

    /// The row checked as a whole once its fields are right (the model's own `validated()`);
    /// nil, and why kept, when that refuses it.
    func checked<T>(_ check: () throws -> T) -> T? {
        guard problems.isEmpty else { return nil }
        do { return try check() } catch {
            problems.append(ExchangeError(line: record.line, column: nil, reason: "\(error)"))
            return nil
        }
    }

    /// What the row gives, or everything wrong with it.
    func result<T>(_ made: T?) -> Result<T, ImportProblems> {
        guard problems.isEmpty, let made else { return .failure(ImportProblems(problems)) }
        return .success(made)
    }
}
