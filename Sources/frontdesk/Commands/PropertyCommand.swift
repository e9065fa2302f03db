import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk property show|set`: a property's follow-up minutes per severity, what an associate
/// may offer without a supervisor, and its recognition settings (when to reconfirm, value tiers,
/// the order of the one question). Administrators change them; each change is kept.
enum PropertyCommand {
    static let complaintOptions = ["follow-up-low", "follow-up-medium", "follow-up-high", "compensation-limit", "currency"]

    static func show(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("property show takes no operands; --property names the hotel") }
        let format = try settings.format()
        try print(try Session.desk(settings), format)
    }

    static func set(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("property set takes no operands, only options") }
        let format = try settings.format()
        let desk = try Session.desk(settings)
        var current = try desk.complaintSettings()
        if let m = try args.integer("follow-up-low") { current.policy.lowMinutes = m }
        if let m = try args.integer("follow-up-medium") { current.policy.mediumMinutes = m }
        if let m = try args.integer("follow-up-high") { current.policy.highMinutes = m }
        if let c = args.option("currency") {
            // The limit is an amount in the currency: a new currency needs the limit written in it.
            guard args.option("compensation-limit") != nil, args.option("valuable-revenue") != nil else {
                throw CommandFailure.usage("--currency changes what every amount means: give --compensation-limit and --valuable-revenue in \(c.uppercased()) too")
            }
            current.limit.currency = c.uppercased()
        }
        if let text = args.option("compensation-limit") {
            do { current.limit.amountMinor = try Money.parse(text, currency: current.limit.currency) } catch let e as FrontDeskError {
                throw CommandFailure.usage("--compensation-limit: \(e.description)")
            }
        }
        let changesComplaints = complaintOptions.contains { args.option($0) != nil }
        let options = RecognitionSettings.optionNames.compactMap { name in args.option(name).map { (name: name, value: $0) } }
        try desk.changeSettings(complaints: changesComplaints ? current : nil, recognition: options)
        try print(desk, format)
    }

    private static func print(_ desk: Desk, _ format: OutputFormat) throws {
        let complaints = try desk.complaintSettings()
        let recognition = try desk.recognitionSettings()
        if format == .json { try Output.printJSON(Shown(complaints: complaints, recognition: recognition)); return }
        let p = complaints.policy
        Output.print("""
            Property \(desk.property)
            Follow up within: low \(p.lowMinutes) min, medium \(p.mediumMinutes) min, high \(p.highMinutes) min
            Associates may offer up to \(complaints.limit.display) without a supervisor
            Standing preferences are reconfirmed after \(recognition.reconfirmAfterDays) days
            Value tiers look back \(recognition.tierWindowDays) days; most valuable from \(recognition.valuableNights) nights \
            or \(Money.format(recognition.valuableRevenueMinor, currency: complaints.limit.currency)) \(complaints.limit.currency) net
            The one question follows: \(recognition.value(of: "question-order"))
            """)
    }

    struct Shown: Encodable {
        let complaints: ComplaintSettings
        let recognition: RecognitionSettings
    }
}
