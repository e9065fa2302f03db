/// RFC 4180 CSV that is safe to open in a spreadsheet: CRLF between records, a field with a comma,
/// quote, CR or LF quoted with its quotes doubled; and a cell a spreadsheet would run as a formula
/// (one that begins with =, +, -, @, a tab or a carriage return) starts with an apostrophe instead,
/// as OWASP advises against CSV injection. Cells are made terminal-safe too: a CSV is often read with `cat` first.
public enum CSV {
    public static func document(_ records: [[String]]) -> String {
        records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    public static func field(_ text: String) -> String {
        // Before and after sanitising: a tab that leads becomes a space, and an invisible character
        // that hid a leading "=" is dropped, so both are looked at.
        let cell = neutralised(TerminalText.sanitize(neutralised(text), keepingLineBreaks: true))
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    static func neutralised(_ cell: String) -> String {
        guard let first = cell.first, formulaStarts.contains(first) else { return cell }
        // A plain number ("-3", "+351 912 345 678" is not one) stays a number.
        if Double(cell) != nil { return cell }
        return "'" + cell
    }
}
