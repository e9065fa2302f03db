/// What the console asks before a global key takes effect; only y goes on (Enter never does, so a
/// key pressed in a hurry cannot confirm it).
struct ConsoleQuestion: Equatable {
    let action: Action
    let text: String
    /// Its keys: y alone goes on; throwing typed words away says so.
    let context: KeyContext

    /// The question an effect needs, or nil when it goes ahead at once: quitting is always asked
    /// (Esc then 0 is quick to type by mistake), leaving for another view only when typed words would go.
    init?(asking effect: Effect, losesTyping: (Action) -> Bool) {
        switch effect {
        case .quit:
            action = .quit
            let loses = losesTyping(.quit)
            text = loses ? "Quit frontdesk, throwing away what you typed? y: quit · n: stay" : "Quit frontdesk? y: quit · n: stay"
            context = loses ? .discard : .confirm
        case .goHome, .openQueue, .openArrivals, .openTraces, .openReport:
            let action: Action = effect.isGoHome ? .guests : effect.isOpenQueue ? .queue : effect.isOpenTraces ? .traces
                : effect.isOpenReport ? .report : .arrivals
            guard losesTyping(action) else { return nil }
            self.action = action
            text = "Leave, throwing away what you typed? y: leave · n: keep typing"
            context = .discard
        default:
            return nil
        }
    }
}

private extension Effect {
    var isGoHome: Bool { if case .goHome = self { return true } else { return false } }
    var isOpenQueue: Bool { if case .openQueue = self { return true } else { return false } }
    var isOpenTraces: Bool { if case .openTraces = self { return true } else { return false } }
    var isOpenReport: Bool { if case .openReport = self { return true } else { return false } }
}
