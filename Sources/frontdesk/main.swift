import Foundation
import FrontDeskCore
import FrontDeskOutput

/// Runs one command and turns any failure into a message and an exit code.
func frontdeskMain(_ argv: [String], environment: [String: String]) -> ExitCode {
    do {
        let args = try Arguments(argv)
        if args.has("version") { Output.print(Help.version); return .ok }
        let (command, operands) = try resolve(args.words, help: args.has("help"))
        guard let command else {
            // A group's name alone ("frontdesk guests --help"): its commands.
            Output.print(Help.group(args.words[0]))
            return .ok
        }
        if args.has("help") {
            Output.print(command.words.isEmpty ? Help.usage : Help.of(command))
            return .ok
        }
        try args.check(for: command)
        let settings = try settings(for: command, args, environment: environment)
        try command.run(Invocation(operands: operands, arguments: args, settings: settings))
        return .ok
    } catch let failure as CommandFailure {
        Output.note("frontdesk: \(failure.message)")
        return failure.code
    } catch let error as FrontDeskError {
        let failure = CommandFailure(error)
        Output.note("frontdesk: \(failure.message)")
        return failure.code
    } catch {
        Output.note("frontdesk: \(error)")
        return .unavailable
    }
}

/// Where this run's data is and what it may do: everything as asked when the caller has the data's
/// group themselves; with the group lent to them (a setgid install), only the hotel's database
/// from the system configuration, none of the commands that make, copy or mend databases, and the
/// demo hotel with their own rights alone.
func settings(for command: Command, _ args: Arguments, environment: [String: String]) throws -> Settings {
    if Privilege.isLent && command.words.isEmpty && args.has("demo") { try Privilege.giveUp() }
    let lent = Privilege.isLent
    var settings = Settings(arguments: args, environment: Privilege.environment(environment))
    settings.system = try SystemConfiguration.find(requireTrusted: lent)
    settings.lent = lent
    guard lent else { return settings }
    if command.words.first == "db" || [["demo-data"], ["install"], ["uninstall"]].contains(command.words) {
        throw CommandFailure(code: .notPermitted, message: "frontdesk \(command.words.joined(separator: " ")) needs the data's own group: "
                             + "run it as a member of that group (whoever runs this server)")
    }
    let ignored = ["db", "read-db", "property"].filter { args.option($0) != nil }
    if !ignored.isEmpty {
        Output.note("frontdesk: " + ignored.map { "--" + $0 }.joined(separator: " and ") + " ignored: this server's hotel is set in "
                    + (settings.system?.file ?? Installation.configurationFiles[0]))
    }
    return settings
}

/// The command the words name and its operands; nil for a group asked for its help. A word that
/// names nothing is refused with the closest one offered.
func resolve(_ words: [String], help: Bool) throws -> (Command?, [String]) {
    guard let first = words.first else { return (CommandTable.commands.first { $0.words.isEmpty }, []) }
    if let (command, operands) = CommandTable.command(for: words) { return (command, operands) }
    let group = CommandTable.group(first)
    guard !group.isEmpty else {
        throw CommandFailure.usage("unknown command '\(first)'" + Suggestion.phrase(first, among: CommandTable.firstWords))
    }
    let verbs = group.map { $0.words[1] }
    guard words.count > 1 else {
        if help { return (nil, []) }
        throw CommandFailure.usage("\(first) needs a command: \(verbs.joined(separator: ", "))")
    }
    throw CommandFailure.usage("unknown \(first) command '\(words[1])'" + Suggestion.phrase(words[1], among: verbs)
                               + " (\(verbs.joined(separator: ", ")))")
}

exit(frontdeskMain(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment).rawValue)
