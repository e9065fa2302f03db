import Foundation
import FrontDeskExchange
import Testing

/// The CSV reader against a reference: Python's csv module, given the same bytes, must read the
/// same rows. Missing python3 fails these tests, saying so.
@Suite struct CSVReaderTests {
    static let cases: [(name: String, text: String)] = [
        ("quotes doubled inside quotes", "name,note\r\n\"Ana \"\"Nana\"\" Lima\",\"a, b\"\r\n"),
        ("a line break inside quotes", "a,b\n\"first line\nsecond line\",x\n"),
        ("CRLF inside quotes", "a,b\r\n\"one\r\ntwo\",x\r\n"),
        ("a byte order mark", "\u{FEFF}given,family\nAna,Lima\n"),
        ("semicolons, as European spreadsheets write", "a;b;c\n1;\"2;3\";4\n5,5;6;7\n"),
        ("CRLF everywhere", "a,b\r\n1,2\r\n3,4\r\n"),
        ("no line break at the end", "a,b\n1,2"),
        ("empty fields", "a,b,c\n,,\n\"\",x,\n"),
        ("a quote in the middle of a field", "a,b\nx\"y,z\n"),
        ("text after a closing quote", "a,b\n\"x\"y,z\n"),
        ("a blank line between rows", "a,b\n1,2\n\n3,4\n"),
        ("a CR alone at each line's end, as old spreadsheets write", "a,b\r1,2\r3,4\r"),
        ("names in every script", "given,family\nZoë,Ångström-Nakamura\n太郎,山田\nΑθηνά,Παπαδοπούλου\n"),
    ]

    @Test(arguments: cases)
    func readsAsPythonsCSVModuleDoes(name: String, text: String) throws {
        let ours = try Self.read(text)
        let reference = try Self.python(text, delimiter: name.hasPrefix("semicolons") ? ";" : ",")
        #expect(ours == reference, "\(name)")
    }

    @Test func eachRowKnowsTheLineItStartsOn() throws {
        let reader = try CSVReader(ByteStream(Data("a,b\n\"one\ntwo\",x\n3,4\n".utf8)))
        #expect(try reader.next()?.line == 2)
        #expect(try reader.next()?.line == 4, "the row after a two-line field starts on line 4")
    }

    @Test func aBadRowSaysWhatIsWrongWhereAndTheRestStillReads() throws {
        var bytes = Data("given,family\nAna,".utf8)
        bytes.append(contentsOf: [0x4C, 0xFF, 0x6D, 0x61]) // "L\xFFma": Latin-1, not UTF-8
        bytes.append(Data("\nBo,Ek,extra\n\"Cy,Do\n".utf8))
        let reader = try CSVReader(ByteStream(bytes))
        #expect(try reader.next()?.problems == [ExchangeError(line: 2, column: "family", reason: "not UTF-8 text (is the file in another encoding?)")])
        #expect(try reader.next()?.problems.first?.reason == "3 fields, but the header names 2 columns")
        #expect(try reader.next()?.problems.first?.reason == "a quoted field is never closed")
        #expect(try reader.next() == nil)
    }

    @Test func aColumnNamedAsTheFieldWinsOverOneNamedByAnAlias() throws {
        let mapping = try ColumnMapping(header: ["id", "given", "external_id", "family"], fields: GuestRecords.fields)
        #expect(mapping.columns["external-id"] == "external_id")
        #expect(mapping.ignored == ["id"])
    }

    @Test func jsonLinesTakeTheirColumnsFromTheFirstObjectNullsIncludedAndKeepLongNumbers() throws {
        let reader = try JSONLinesReader(ByteStream(Data(#"""
            {"id": 12345678901234567890, "given": "Ana", "family": "Lima", "email": null}
            {"id": 2, "given": "Bo", "family": "Ek", "email": "bo@example.com"}
            """#.utf8)))
        #expect(reader.header == ["email", "family", "given", "id"])
        #expect(try reader.next()?.values["id"] == "12345678901234567890")
        #expect(try reader.next()?.values["email"] == "bo@example.com")
    }

    /// Our rows, header first, each as the header orders it.
    static func read(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(ByteStream(Data(text.utf8)))
        var rows = [reader.header]
        while let record = try reader.next() {
            #expect(record.problems.isEmpty)
            rows.append(reader.header.map { record.values[$0] ?? "" })
        }
        return rows
    }

    static func python(_ text: String, delimiter: String) throws -> [[String]] {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw ReferenceMissing(message: "python3 is not installed: apt-get install python3 (the CSV reader is checked against its csv module)")
        }
        let script = """
            import csv, io, json, sys
            text = sys.stdin.buffer.read().decode('utf-8-sig')
            rows = [r for r in csv.reader(io.StringIO(text, newline=''), delimiter=sys.argv[1]) if r]
            width = len(rows[0])
            print(json.dumps([r + [''] * (width - len(r)) for r in rows]))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, delimiter]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    struct ReferenceMissing: Error { let message: String }
}
