import Foundation
import Testing

/// A guest's name or a complaint is whatever someone typed or imported: opened in a spreadsheet,
/// a CSV cell that begins with =, +, -, @, a tab or a carriage return must never run as a formula.
@Suite struct SpreadsheetSafetyEndToEndTests {
    @Test func arrivalsAndComplaintsCSVNeverCarryAFormula() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let guest = try hotel.addGuest(["--given", "=HYPERLINK(\"http://evil.example\",\"Ana\")", "--family", "+Lima"])
        try hotel.expectOK(hotel.run(["stays", "add", String(guest), "--room", "-2+3", "--arrival", Hotel.day(), "--departure", Hotel.day(2)] + db))
        try hotel.expectOK(hotel.run(["prefs", "add", String(guest), "--detail", "@SUM(1+1) pillows", "--category", "bedding"] + db))
        try hotel.expectOK(hotel.run(["complaints", "log", String(guest), "--category", "noise", "--severity", "low",
                                      "--summary", "-1+1 cmd|' /C calc'!A0"] + db))

        let arrivals = try hotel.run(["arrivals", "--format", "csv"] + db)
        try hotel.expectOK(arrivals)
        let complaints = try hotel.run(["complaints", "list", "--format", "csv"] + db)
        try hotel.expectOK(complaints)
        for csv in [arrivals.output, complaints.output] {
            for cell in Self.cells(csv) {
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(where: cell.hasPrefix), "a cell a spreadsheet would run: \(cell)")
            }
        }
        #expect(arrivals.output.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Ana\"\") +Lima\"") && arrivals.output.contains(",'-2+3,"))
        #expect(arrivals.output.contains("@SUM(1+1) pillows"), "inside a cell, text stays as it was typed")
        #expect(complaints.output.contains(",'-1+1 cmd|' /C calc'!A0\r\n"))
    }

    /// Cells of an RFC 4180 document, unquoted.
    static func cells(_ csv: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false
        var chars = Array(csv)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false } } else { cell.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," || c == "\r\n" || c == "\n" { cells.append(cell); cell = ""
            } else { cell.append(c) }
        }
        return cells
    }
}
