import Foundation
import Testing

/// The command line explains itself: every command's own help, suggestions for slips, completion,
/// and one rule, shared with the console, for which hotel a command works on.
@Suite struct CommandLineHelpEndToEndTests {
    /// Every command the usage text lists answers --help with its own usage, options and all.
    @Test func everyCommandHasItsOwnHelp() throws {
        let hotel = try Hotel()
        let usage = try hotel.run(["--help"])
        #expect(usage.status == 0)
        let commands = Self.commands(in: usage.output)
        #expect(commands.count > 30, "the usage lists every command")
        for words in commands {
            let help = try hotel.run(words + ["--help"])
            #expect(help.status == 0, "\(words) --help")
            #expect(help.output.hasPrefix("Usage: frontdesk " + words.joined(separator: " ")), "\(words): \(help.output.prefix(80))")
            #expect(help.output.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(words) --help fits 80 columns")
        }
        let add = try hotel.run(["guests", "add", "--help"])
        for option in ["--given NAME", "--family NAME", "--birth-date YYYY-MM-DD", "--reading NAME", "--vip LEVEL"] {
            #expect(add.output.contains(option), "guests add --help names \(option)")
        }
        #expect(add.output.split(separator: "\n").allSatisfy { $0.count <= 80 }, "help fits 80 columns")
        let group = try hotel.run(["stays", "--help"])
        #expect(group.status == 0)
        for verb in ["add", "list", "check-in", "check-out", "cancel"] { #expect(group.output.contains("  \(verb)")) }
    }

    /// The commands a usage text lists, each as its words ("guests", "add").
    static func commands(in usage: String) -> [[String]] {
        usage.split(separator: "\n").compactMap { line -> [String]? in
            guard line.hasPrefix("  frontdesk ") else { return nil }
            // The command and its operands, then two spaces or more before its summary (or the summary below).
            let head = line.dropFirst(2).components(separatedBy: "  ")[0]
            return head.dropFirst(10).split(separator: " ").prefix { $0.first?.isLowercase == true }.map(String.init)
        }.filter { !$0.isEmpty }
    }

    /// The manual page in the repository renders with man(1), without warnings, and documents
    /// every command the usage text names, the environment and the exit codes.
    @Test func theManualPageRendersAndNamesEveryCommand() throws {
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("frontdesk.1").path
        let man = try Shell.find("man", hint: "install it (apt-get install man-db) to check the manual page")
        let rendered = try Shell.run(man, ["--warnings", "-l", page], environment: ["MANWIDTH": "80", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
        #expect(rendered.status == 0 && rendered.error.isEmpty, "man -l renders it cleanly: \(rendered.error)")
        #expect(rendered.output.split(separator: "\n").allSatisfy { $0.count <= 80 }, "it fits 80 columns")
        let text = rendered.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let usage = try Hotel().run(["--help"]).output
        let commands = Self.commands(in: usage)
        #expect(commands.count > 30)
        let missing = commands.map { "frontdesk " + $0.joined(separator: " ") }
            + ["FRONTDESK_DB", "FRONTDESK_PROPERTY", "NO_COLOR", "/etc/frontdesk/frontdesk.conf", "EXIT STATUS", "77"]
        #expect(missing.filter { !text.contains($0) } == [], "what the manual does not name")
    }

    @Test func aSlipIsAnsweredWithWhatWasMeant() throws {
        let hotel = try Hotel()
        let cases: [([String], String)] = [
            (["gests", "search", "ana"], "unknown command 'gests'; did you mean guests?"),
            (["guests", "serch", "ana"], "unknown guests command 'serch'; did you mean search?"),
            (["guests", "search", "ana", "--limt", "3"], "unknown option --limt for 'frontdesk guests search'; did you mean --limit?"),
            (["stays", "add", "1", "--arrival", "2026-11-22"], "frontdesk stays add needs --room R"),
            (["complaints", "list", "--overdue=yes"], "--overdue takes no value"),
        ]
        for (args, message) in cases {
            let result = try hotel.run(args)
            #expect(result.status == 64, "\(args)")
            #expect(result.error.contains(message), "\(args): \(result.error)")
        }
    }

    /// A command that only reads never makes a database: without one it says how to get one.
    @Test func withoutADatabaseACommandSaysHowToGetOneAndMakesNothing() throws {
        let hotel = try Hotel()
        let search = try hotel.run(["guests", "search", "soren"])
        #expect(search.status == 66)
        #expect(search.error.contains("no hotel database yet") && search.error.contains("frontdesk --demo") && search.error.contains("db init"))
        let data = hotel.directory.appendingPathComponent("data/frontdesk")
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("frontdesk.sqlite").path), "nothing was created")
        let named = try hotel.run(["guests", "search", "soren", "--db", "/tmp/no-such-hotel.sqlite"])
        #expect(named.status == 66 && named.error.contains("make one with 'frontdesk db init --db /tmp/no-such-hotel.sqlite'"))
    }

    /// `frontdesk arrivals` after `frontdesk --demo` talks about the demo hotel; once the hotel has its
    /// own file, about that one.
    @Test func commandsUseTheHotelTheConsoleUses() throws {
        let hotel = try Hotel()
        var env = hotel.environment
        env["FRONTDESK_PROPERTY"] = nil
        let demo = try Tmux([try Shell.frontdesk, "--demo"], environment: env)
        try demo.waitFor("Guest search")
        try demo.press("F10")
        try demo.type("y")
        #expect(try demo.waitForExit("the demo to close") == 0)
        let shown = try Shell.run(try Shell.frontdesk, ["property", "show"], environment: env)
        #expect(shown.status == 0 && shown.output.hasPrefix("Property DEMO"), "\(shown.output)\(shown.error)")
        let found = try Shell.run(try Shell.frontdesk, ["guests", "search", "soren"], environment: env)
        #expect(found.output.contains("Søren Kierkegaard"), "the demo's guests")

        let made = try Shell.run(try Shell.frontdesk, ["db", "init", "--property", "LIS"], environment: env)
        #expect(made.status == 0 && made.output.contains("for LIS"), "\(made.error)")
        let mine = try Shell.run(try Shell.frontdesk, ["property", "show"], environment: env)
        #expect(mine.output.hasPrefix("Property LIS"), "the hotel's own file, made for LIS, comes first")
        let empty = try Shell.run(try Shell.frontdesk, ["guests", "search", "soren"], environment: env)
        #expect(empty.output.contains("No guest matches"))
    }

    /// Two terminals opening the demo for the first time at once both get the whole demo hotel,
    /// and nothing half built is left behind.
    @Test func twoFirstDemosAtOnceLeaveOneWholeDemoHotel() throws {
        let hotel = try Hotel()
        var env = hotel.environment
        env["FRONTDESK_PROPERTY"] = nil
        let desks = try (0..<2).map { _ in try Tmux([try Shell.frontdesk, "--demo"], environment: env) }
        for desk in desks {
            try desk.waitFor("Find guest:", seconds: 30)
            try desk.type("soren")
            try desk.waitFor("Søren Kierkegaard")
        }
        let folder = hotel.directory.appendingPathComponent("data/frontdesk").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!files.contains { $0.contains("creating") }, "\(files)")
        let checked = try Shell.run(try Shell.frontdesk, ["db", "check", "--db", folder + "/demo.sqlite"], environment: env)
        #expect(checked.output.contains("ok: schema") && checked.output.contains("\(300) guests"), "\(checked.output)\(checked.error)")
    }

    /// The bash completion script, sourced into a real bash, completes command words, options and values.
    @Test func bashCompletionComesFromTheSameTable() throws {
        let hotel = try Hotel()
        let script = try hotel.run(["completion", "bash"])
        #expect(script.status == 0)
        let file = hotel.directory.appendingPathComponent("frontdesk.bash").path
        try script.output.write(toFile: file, atomically: true, encoding: .utf8)
        func complete(_ words: [String]) throws -> [String] {
            let line = words.map { "'\($0)'" }.joined(separator: " ")
            let probe = "source \(file); COMP_WORDS=(frontdesk \(line)); COMP_CWORD=\(words.count); _frontdesk; printf '%s\\n' \"${COMPREPLY[@]}\""
            let result = try Shell.run(try Shell.find("bash", hint: "install bash"), ["-c", probe])
            return result.output.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["gu"]) == ["guests"])
        #expect(try complete(["guests", "s"]) == ["search", "show"])
        #expect(try complete(["guests", "search", "ana", "--l"]) == ["--limit"])
        #expect(try complete(["stays", "add", "12", "--status", ""]) == ["reserved", "in-house", "departed", "cancelled"])
        #expect(try complete(["complaints", "list", "--status", "o"]) == ["open"])
        #expect(try complete(["arrivals", "--department", "h"]) == ["housekeeping"])
    }
}
