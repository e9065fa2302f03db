import Testing
@testable import FrontDeskOutput

@Suite struct CSVTests {
    @Test func quotesWhatRFC4180Requires() {
        let doc = CSV.document([["id", "summary"], ["1", "Cold, \"very\" cold"], ["2", "two\nlines"]])
        #expect(doc == "id,summary\r\n1,\"Cold, \"\"very\"\" cold\"\r\n2,\"two\nlines\"\r\n")
    }

    /// OWASP's CSV-injection rule: a spreadsheet never runs a cell as a formula.
    @Test func neutralisesCellsASpreadsheetWouldRun() {
        #expect(CSV.field("=HYPERLINK(\"http://evil\",\"x\")") == "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")
        #expect(CSV.field("+1 555 0134") == "'+1 555 0134")
        #expect(CSV.field("-2+3") == "'-2+3")
        #expect(CSV.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSV.field("\tcmd") == "' cmd")
        #expect(CSV.field("\r=1") == "\"'\n=1\"")
        #expect(CSV.field("-3") == "-3", "a plain number stays a number")
        #expect(CSV.field("\u{200B}=1+1") == "'=1+1", "an invisible character does not hide a formula")
        #expect(CSV.field("\u{1}@x") == "'@x")
        #expect(CSV.field("Ana Lima") == "Ana Lima")
    }

    @Test func keepsTheTerminalSafe() {
        #expect(CSV.field("Evil\u{1B}[2J\u{9B}31mName") == "Evil[2J31mName")
    }
}

@Suite struct FormatTests {
    @Test func parsesWhatTheCommandOffers() throws {
        #expect(try OutputFormat.parse(nil) == .table)
        #expect(try OutputFormat.parse("CSV") == .csv)
        #expect(throws: OutputError("--format takes table or json here, not 'csv'")) {
            try OutputFormat.parse("csv", allowed: [.table, .json])
        }
        #expect(throws: OutputError("--format takes table, json or csv here, not 'xml'")) { try OutputFormat.parse("xml") }
    }

    @Test func oneListingInEveryFormat() throws {
        struct Row: Encodable { let id: Int; let name: String }
        let listing = Listing(columns: ["id", "guest name"], items: [Row(id: 1, name: "=1+1")]) { [String($0.id), $0.name] }
        #expect(try listing.text(.table) == "ID  GUEST NAME\n1   =1+1")
        #expect(try listing.text(.csv) == "id,guest name\r\n1,'=1+1\r\n")
        #expect(try listing.text(.json).contains("\"name\" : \"=1+1\""))
        let none = Listing(columns: ["id"], items: [Row](), empty: "Nothing.") { [String($0.id)] }
        #expect(try none.text(.table) == "Nothing.")
        #expect(try none.text(.csv) == "id\r\n")
        #expect(try none.text(.json) == "[\n\n]")
    }

    @Test func jsonEscapesInvisibleCharacters() throws {
        #expect(try JSONText.encode(["n": "a\u{9B}b\u{202E}c"]) == "{\n  \"n\" : \"a\\u009bb\\u202ec\"\n}")
    }
}
