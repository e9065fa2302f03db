import Foundation
import FrontDeskCore

/// Dates and times as the desk reads them, in the hotel's time zone (the terminal's by default;
/// over SSH that is the server's, so a console can be given the hotel's).
struct DeskCalendar: Equatable {
    var calendar: Calendar

    func day(_ date: Date) -> Day { Day(date, calendar: calendar) }

    /// "10:00".
    func time(_ date: Date) -> String {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// "22 Nov 10:00" this year, "22 Nov 2025" before.
    func stamp(_ date: Date, today: Day) -> String {
        let d = day(date)
        return d.year == today.year ? "\(d.short) \(time(date))" : "\(d.short) \(d.year)"
    }
}
