/// Charts drawn with text, for a terminal of 80 columns and no colour: horizontal bars of block
/// characters (eighths of a cell, so close counts still differ) and a one-line trend.
public enum TextChart {
    /// One line per item: its name, a bar as long as its share of the largest, the count.
    public static func bars(_ items: [(name: String, count: Int)], width: Int = 80, nameWidth: Int = 22) -> [String] {
        let largest = items.map(\.count).max() ?? 0
        let digits = String(largest).count
        let room = max(4, width - nameWidth - digits - 5)
        return items.map { item in
            let name = TerminalText.sanitize(item.name)
            let shown = name.count > nameWidth ? String(name.prefix(nameWidth - 1)) + "…" : name
            let eighths = largest == 0 ? 0 : Int((Double(item.count) / Double(largest) * Double(room * 8)).rounded())
            let bar = String(repeating: "█", count: eighths / 8) + (eighths % 8 == 0 ? "" : String(partial[eighths % 8]))
            let padding = String(repeating: " ", count: nameWidth - shown.count)
            return "  " + shown + padding + " " + bar + " " + String(item.count)
        }
    }

    /// The counts as one line of rising blocks, lowest ▁ to highest █; nothing is a space.
    public static func trend(_ counts: [Int]) -> String {
        let largest = counts.max() ?? 0
        return String(counts.map { n -> Character in
            guard n > 0, largest > 0 else { return " " }
            return levels[min(levels.count - 1, (n * levels.count - 1) / largest)]
        })
    }

    static let partial: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// "25 min", "3 h 10 min", "2 d 4 h": a duration as a supervisor reads it.
    public static func duration(minutes: Double) -> String {
        let m = Int(minutes.rounded())
        if m < 60 { return "\(m) min" }
        if m < 24 * 60 { return "\(m / 60) h" + (m % 60 == 0 ? "" : " \(m % 60) min") }
        return "\(m / 1440) d" + (m % 1440 / 60 == 0 ? "" : " \(m % 1440 / 60) h")
    }
}
