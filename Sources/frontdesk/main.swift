import Foundation
import FrontDeskCore
import FrontDeskOutput

/// Runs one command and turns any failure into a message and an exit code.
func frontdeskMain(_ argv: [String], environment: [String: String]) -> ExitCode {
    do {
        let args = try Arguments(argv)
        let settings = Settings(arguments: args, environment: environment)
        if args.has("help") { Output.print(Usage.text); return .ok }
        if args.has("version") { Output.print(Usage.version); return .ok }
        switch args.words.first {
        case nil: try ConsoleCommand.run(args, settings: settings)
        case "guests": try GuestsCommand.run(args, settings: settings)
        case "demo-data": try DemoDataCommand.run(args, settings: settings)
        case "db": try DatabaseCommand.run(args, settings: settings)
        case "staff": try StaffCommand.run(args, settings: settings)
        case "audit": try AuditCommand.run(args, settings: settings)
        case "property": try PropertyCommand.run(args, settings: settings)
        case "stays": try StaysCommand.run(args, settings: settings)
        case "prefs": try PrefsCommand.run(args, settings: settings)
        case "arrivals": try ArrivalsCommand.run(args, settings: settings)
        case "flags": try FlagsCommand.run(args, settings: settings)
        case "vip": try VIPCommand.run(args, settings: settings)
        case "complaints": try ComplaintsCommand.run(args, settings: settings)
        case let other?: throw CommandFailure.usage("unknown command '\(other)'")
        }
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

exit(frontdeskMain(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment).rawValue)
