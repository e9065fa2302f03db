import FrontDeskCore
import FrontDeskOutput

/// F6: the complaint report for supervisors, the four weeks to a day, as `report complaints`
/// prints it: figures, bar charts and the weekly trend. ← and → move four weeks.
struct ReportScreen: Screen {
    private(set) var to: Day
    private var report: ComplaintReport?
    private var scope = ""
    private var scroll = Scroll()
    private var size = ScreenSize()

    init(to: Day) { self.to = to }

    var title: String { "Complaint report" }
    var keyContext: KeyContext { .report }
    var refresh: [Effect] { [.loadReport(to)] }

    static let weeks = ReportWeeks.usual
    private var from: Day { ReportWeeks.usualStart(endingOn: to) }
    private var page: Int { max(1, size.height - 4) }

    func lines(width: Int) -> [String] {
        guard let report else { return ["Reading the complaints of \(from) – \(to) …"] }
        return ComplaintReportLines.of(report, scope: scope, width: width)
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        let count = lines(width: size.width - 2).count
        switch keymap.action(for: key, in: .report) {
        case .moveUp?: scroll.move(by: -1, count: count, height: page)
        case .moveDown?: scroll.move(by: 1, count: count, height: page)
        case .pageUp?: scroll.move(by: -page, count: count, height: page)
        case .pageDown?: scroll.move(by: page, count: count, height: page)
        case .previousDay?: to = to.adding(days: -Self.weeks * 7); return refresh
        case .nextDay?: to = to.adding(days: Self.weeks * 7); return refresh
        case .back?: return [.close]
        default: return []
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        switch message {
        case .report(let new, let scope):
            report = new
            self.scope = scope
            scroll.toTop()
        case .resized(let new): size = new
        default: return self.report(message)
        }
        return []
    }

    func render(into canvas: inout Canvas, context: RenderContext) {
        let all = lines(width: canvas.width - 2)
        let height = max(1, canvas.height - 4)
        var shown = scroll
        shown.move(by: 0, count: all.count, height: height)
        for (i, line) in all.dropFirst(shown.top).prefix(height).enumerated() {
            let role: StyleRole = line.hasPrefix("By ") || line.hasPrefix("Week by week") || line.hasPrefix("Complaints ") ? .header : .normal
            canvas.put(" " + line, row: 1 + i, column: 0, role: role, limit: canvas.width - 1)
        }
        let more = shown.top + height < all.count ? " · PgDn: more" : ""
        canvas.put(" " + shown.position(count: all.count, height: height) + more + " · ←/→: four weeks earlier or later",
                   row: canvas.height - 3, column: 0, role: .muted, limit: canvas.width - 1)
    }
}
