import Foundation
import FrontDeskCore

/// The demo hotel is made once and kept; its stays were dated around the day it was made. Each
/// day it is opened they move forward by the days gone by, so someone trying frontdesk always finds
/// guests in house and arriving today, with what they recorded kept.
extension SQLGuestStore {
    /// Moves the stays the demo generator made (terminal "demo") so that the day they were made
    /// becomes `today`; returns by how many days. Stays anyone added by hand stay where they are.
    @discardableResult
    public func moveDemoStays(to today: Day, calendar: Calendar) throws -> Int {
        try write {
            let made = try db.first("SELECT max(created_at) FROM stays WHERE created_terminal = 'demo'") {
                $0.isNull(0) ? nil : Date(unixSeconds: $0.double(0))
            } ?? nil
            guard let made else { return 0 }
            let days = today.daysSince(Day(made, calendar: calendar))
            guard days > 0 else { return 0 }
            try db.run("""
                UPDATE stays SET arrival = \(db.daysLater("arrival")), departure = \(db.daysLater("departure")),
                                 created_at = created_at + ?
                WHERE created_terminal = 'demo'
                """, [.int(Int64(days)), .int(Int64(days)), .real(Double(days) * 86_400)])
            return days
        }
    }
}
