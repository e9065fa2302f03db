/// What the console asks before a global key takes effect; only y goes on (Enter never does, so a
/// key pressed in a hurry cannot confirm it).
struct ConsoleQuestion: Equatable {
    let action: Action
    let text: String

    /// The question an effect needs, or nil when it goes ahead at once: quitting is always asked
    /// (Esc then 0 is quick to type by mistake), leaving for another view only when typed words would go.
    init?(asking effect: Effect, losesTyping: (Action) -> Bool) {
        switch effect {
        case .quit:
            action = .quit
            text = losesTyping(.quit) ? "Quit frontdesk, throwing away what you typed? y: quit · n: stay"
                                      : "Quit frontdesk? y: quit · n: stay"
        case .goHome, .openQueue, .openArrivals:
            let action: Action = effect.isGoHome ? .guests : effect.isOpenQueue ? .queue : .arrivals
            guard losesTyping(action) else { return nil }
            self.action = action
            text = "Leave, throwing away what you typed? y: leave · n: keep typing"
        default:
            return nil
        }
    }
}

private extension Effect {
    var isGoHome: Bool { if case .goHome = self { return true } else { return false } }
    var isOpenQueue: Bool { if case .openQueue = self { return true } else { return false } }
}
