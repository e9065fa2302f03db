import FrontDeskCore
/// Which column of a file holds which field: by the header's names (as a PMS or a spreadsheet
/// spells them: "LastName", "Surname", "last_name"), or as `--map family=LastName,...` says.
public struct ColumnMapping: Sendable, Equatable {
    /// Field → the file's column.
    public private(set) var columns: [String: String]
    /// The file's columns nothing reads.
    public private(set) var ignored: [String]
    /// A known export layout the header matched, for the report.
    public private(set) var layout: String?

    /// `fields`: each field and the names it goes by (compared without case, spaces, `_` or `-`).
    public init(header: [String], fields: [(name: String, aliases: [String])], overrides: [String: String] = [:]) throws {
        var columns: [String: String] = [:]
        let known = Set(fields.map(\.name))
        for (field, column) in overrides {
            guard known.contains(field) else {
                throw ExchangeError(line: 0, column: nil, reason: "--map names '\(field)', which is not a field here (fields: "
                                    + fields.map(\.name).joined(separator: ", ") + ")")
            }
            guard header.contains(column) else {
                throw ExchangeError(line: 1, column: column, reason: "--map \(field)=\(column): the header has no such column (it has: "
                                    + header.joined(separator: ", ") + ")")
            }
            columns[field] = column
        }
        // A column named as the field itself wins over one named by an alias ("external-id" over "id").
        for (field, _) in fields where columns[field] == nil {
            if let column = header.first(where: { Self.key($0) == Self.key(field) && !columns.values.contains($0) }) { columns[field] = column }
        }
        for (field, aliases) in fields where columns[field] == nil {
            let wanted = Set(([field] + aliases).map(Self.key))
            if let column = header.first(where: { wanted.contains(Self.key($0)) && !columns.values.contains($0) }) {
                columns[field] = column
            }
        }
        self.columns = columns
        ignored = header.filter { !columns.values.contains($0) }
        layout = KnownLayouts.name(of: header)
    }

    /// "Last_Name", "last name", "LASTNAME" are one name.
    static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// `family=LastName,given=FirstName`.
    public static func overrides(_ text: String?) throws -> [String: String] {
        guard let text, !text.isEmpty else { return [:] }
        var result: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ExchangeError(line: 0, column: nil, reason: "--map takes field=Column pairs, such as family=LastName,given=FirstName")
            }
            result[parts[0]] = parts[1]
        }
        return result
    }
}

import Foundation

/// Export layouts of property-management systems, told by the columns they always have.
enum KnownLayouts {
    static let all: [(name: String, columns: [String])] = [
        ("an OPERA-style profile export (NAME_ID, LAST, FIRST)", ["nameid", "last", "first"]),
        ("a Mews-style customer export (Id, LastName, FirstName)", ["id", "lastname", "firstname"]),
        ("a Cloudbeds-style guest export (Guest ID, First Name, Last Name)", ["guestid", "firstname", "lastname"]),
    ]

    static func name(of header: [String]) -> String? {
        let keys = Set(header.map(ColumnMapping.key))
        return all.first { layout in layout.columns.allSatisfy(keys.contains) }?.name
    }
}
