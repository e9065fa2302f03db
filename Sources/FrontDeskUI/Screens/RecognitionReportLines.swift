import FrontDeskCore
import FrontDeskOutput

/// The recognition report as a terminal shows it: the figures, then preferences recorded and
/// confirmed week by week as bars, within 80 columns; `report recognition` prints these lines.
public enum RecognitionReportLines {
    public static func of(_ r: RecognitionReport, width: Int = 80) -> [String] {
        func share(_ part: Int, _ whole: Int) -> String { whole == 0 ? "" : " (\(Int((Double(part) / Double(whole) * 100).rounded()))%)" }
        var out = ["Recognition at \(r.property), \(r.from) – \(r.to)",
                   "Guests with a standing preference: \(r.guestsWithStandingPreference)",
                   "Arrivals reviewed before arrival: \(r.reviewedBeforeArrival) of \(r.arrivals)" + share(r.reviewedBeforeArrival, r.arrivals),
                   "The one question: \(r.questionsAsked) asked, \(r.questionsAnswered) answered" + share(r.questionsAnswered, r.questionsAsked)]
        for (title, counts) in [("Preferences recorded, week by week", r.weeks.map { ($0.start.description, $0.recorded) }),
                                ("Preferences confirmed, week by week", r.weeks.map { ($0.start.description, $0.confirmed) })] {
            out.append("")
            out.append(title)
            out += TextChart.bars(counts, width: width, nameWidth: 12)
        }
        if let note = ReportWeeks.shortLastNote(from: r.from, to: r.to) { out.append(note) }
        return out
    }
}
