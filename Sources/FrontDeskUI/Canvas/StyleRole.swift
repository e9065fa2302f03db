/// What a cell means; themes decide what it looks like. Screens never name a colour.
public enum StyleRole: String, Sendable, CaseIterable, Hashable {
    case normal, title, header, selection, input, hint, key, muted, vip, alert, overdue, error, success, banner
}
