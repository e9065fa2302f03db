import Foundation
import FrontDeskCore
import FrontDeskOutput

/// Runs one command and turns any failure into a message and an exit code.
func frontdeskMain(_ argv: [String], environment: [String: String]) -> ExitCode {
    do {
        let args = try Arguments(argv)
        let settings = Settings(arguments: args, environment: environment)
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
