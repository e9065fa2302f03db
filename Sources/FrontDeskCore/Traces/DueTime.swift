import Foundation

/// When a trace is due, as a desk types it and reads it, in the hotel's calendar: "14:00" is
/// today, "tomorrow 9:00", "+30m" or "in 2 h" from now, "2026-11-30 14:00" a day and time.
public enum DueTime {
    public static func parse(_ text: String, now: Date, calendar: Calendar) throws -> Date {
        let t = text.trimmingSpaces.lowercased()
        if let relative = relative(t, now: now) { return relative }
        var words = t.split(separator: " ").map(String.init)
        var day = Day(now, calendar: calendar)
        if words.first == "today" { words.removeFirst() }
        else if words.first == "tomorrow" { words.removeFirst(); day = day.adding(days: 1) }
        else if let first = words.first, let d = Day(first.split(separator: "t").first.map(String.init) ?? first) {
            day = d
            let rest = first.split(separator: "t").dropFirst().joined()
            words.removeFirst()
            if !rest.isEmpty { words.insert(rest, at: 0) }
        }
        guard words.count == 1, let (hour, minute) = clock(words[0]),
              let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))
        else {
            throw FrontDeskError.invalid("'\(text)' is not a time: say 14:00, tomorrow 9:00, +30m or 2026-11-30 14:00")
        }
        return date
    }

    /// "14:00", "tomorrow 09:00", "30 Nov 14:00", "30 Nov 2027 14:00": how a desk reads a due time.
    public static func describe(_ date: Date, now: Date, calendar: Calendar) -> String {
        let day = Day(date, calendar: calendar), today = Day(now, calendar: calendar)
        let c = calendar.dateComponents([.hour, .minute], from: date)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        if day == today { return time }
        if day == today.adding(days: 1) { return "tomorrow \(time)" }
        if day == today.adding(days: -1) { return "yesterday \(time)" }
        return "\(day.short(relativeTo: today)) \(time)"
    }

    /// "+30m", "+2h", "in 30 min", "in 2 h".
    private static func relative(_ t: String, now: Date) -> Date? {
        var s = t
        if s.hasPrefix("+") { s.removeFirst() } else if s.hasPrefix("in ") { s.removeFirst(3) } else { return nil }
        s = s.replacingOccurrences(of: " ", with: "")
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard let n = Int(digits), n > 0, n <= 7 * 24 * 60 else { return nil }
        switch s.dropFirst(digits.count) {
        case "m", "min", "mins", "minutes": return now.addingTimeInterval(Double(n) * 60)
        case "h", "hour", "hours": return now.addingTimeInterval(Double(n) * 3600)
        default: return nil
        }
    }

    /// "14:00", "9:30", "9", "1400".
    private static func clock(_ s: String) -> (Int, Int)? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        let (h, m): (String, String)
        switch parts.count {
        case 1 where s.count == 4: (h, m) = (String(s.prefix(2)), String(s.suffix(2)))
        case 1: (h, m) = (s, "0")
        case 2: (h, m) = (String(parts[0]), String(parts[1]))
        default: return nil
        }
        guard h.allSatisfy({ $0.isASCII && $0.isNumber }), m.allSatisfy({ $0.isASCII && $0.isNumber }),
              let hour = Int(h), let minute = Int(m), (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return (hour, minute)
    }
}
