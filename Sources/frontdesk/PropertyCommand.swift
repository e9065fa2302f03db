import Foundation
import FrontDeskCore

/// `frontdesk property show|set`: a property's follow-up minutes per severity, what an associate
/// may offer without a supervisor, and its recognition settings (when to reconfirm, value tiers,
/// the order of the one question). Administrators change them; each change is kept.
enum PropertyCommand {
    static let setOptions = Set(["follow-up-low", "follow-up-medium", "follow-up-high", "compensation-limit", "currency"]
                                + RecognitionSettings.optionNames)

    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        guard words.count == 1, ["show", "set"].contains(words[0]) else {
            throw CommandFailure.usage("property needs one command: show or set")
        }
        try args.allowOnly(words[0] == "set" ? setOptions : [], command: "property \(words[0])")
        let store = try StoreOpening.open(settings)
        let property = try settings.property()
        var current = try store.complaintSettings(property: property)
        if words[0] == "set" {
            let actor = try StaffCommand.administrator(settings, store: store, bootstrapping: false, doing: "change property settings")
            if let m = try args.integer("follow-up-low") { current.policy.lowMinutes = m }
            if let m = try args.integer("follow-up-medium") { current.policy.mediumMinutes = m }
            if let m = try args.integer("follow-up-high") { current.policy.highMinutes = m }
            if let text = args.option("compensation-limit") {
                guard let value = Decimal(string: text), value >= 0 else {
                    throw CommandFailure.usage("--compensation-limit takes an amount such as 50 or 49.50, not '\(text)'")
                }
                current.limit.amountMinor = NSDecimalNumber(decimal: value * 100).int64Value
            }
            if let c = args.option("currency") { current.limit.currency = c }
            let complaintOptions = setOptions.subtracting(RecognitionSettings.optionNames)
            // Each recognition option is checked before any is kept, so a typo changes nothing.
            var recognition = try store.recognitionSettings(property: property)
            let named = RecognitionSettings.optionNames.compactMap { name in args.option(name).map { (name, $0) } }
            for (name, value) in named { try recognition.set(name, to: value) }
            if complaintOptions.contains(where: { args.option($0) != nil }) {
                try store.setComplaintSettings(current, property: property, by: actor)
            }
            for (name, value) in named { try store.setRecognitionOption(name, value: value, property: property, by: actor) }
            current = try store.complaintSettings(property: property)
        } else {
            _ = try SignIn.staff(settings, directory: store)
        }
        let recognition = try store.recognitionSettings(property: property)
        switch try settings.format {
        case .json: try Output.printJSON(Shown(complaints: current, recognition: recognition))
        case .table:
            let p = current.policy
            Output.print("""
                Property \(property)
                Follow up within: low \(p.lowMinutes) min, medium \(p.mediumMinutes) min, high \(p.highMinutes) min
                Associates may offer up to \(current.limit.display) without a supervisor
                Standing preferences are reconfirmed after \(recognition.reconfirmAfterDays) days
                Value tiers look back \(recognition.tierWindowDays) days; most valuable from \(recognition.valuableNights) nights \
                or \(Money.major(recognition.valuableRevenueMinor)) net
                The one question follows: \(recognition.value(of: "question-order"))
                """)
        }
    }

    struct Shown: Encodable {
        let complaints: ComplaintSettings
        let recognition: RecognitionSettings
    }
}
