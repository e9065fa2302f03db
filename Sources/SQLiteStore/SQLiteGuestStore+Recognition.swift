import Foundation
import FrontDeskCore

/// Arrival reviews, flags, questions asked and recognition settings: each an append-only history.
extension SQLiteGuestStore: RecognitionStore {
    public func reviewArrival(stayID: Int64, by actor: Actor) throws {
        try write {
            guard try stay(id: stayID) != nil else { throw FrontDeskError.notFound("no stay #\(stayID) in \(path)") }
            try db.run("INSERT INTO arrival_reviews (stay_id, login, at, property, terminal) VALUES (?, ?, ?, ?, ?)",
                       [.int(stayID), .text(actor.login), .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
        }
    }

    public func arrivalReview(stayID: Int64) throws -> ArrivalReview {
        try db.read {
            let review = try db.first("""
                SELECT login, at, property, terminal FROM arrival_reviews WHERE stay_id = ? ORDER BY id DESC LIMIT 1
                """, [.int(stayID)]) { Signature(login: $0.text(0), at: Date(unixSeconds: $0.double(1)), property: $0.text(2), terminal: $0.text(3)) }
            // The guest's latest change: a preference recorded, confirmed or retired, a flag set or
            // cleared, or another profile merged in (which brings its own preferences).
            let change = try db.first("""
                SELECT max(at) FROM (
                    SELECT p.recorded_at AS at FROM preferences p JOIN stays s ON s.guest_id = p.guest_id WHERE s.id = ?1
                    UNION ALL
                    SELECT e.at FROM preference_events e JOIN preferences p ON p.id = e.preference_id
                      JOIN stays s ON s.guest_id = p.guest_id WHERE s.id = ?1
                    UNION ALL
                    SELECT f.at FROM guest_flags f JOIN stays s ON s.guest_id = f.guest_id WHERE s.id = ?1
                    UNION ALL
                    SELECT m.at FROM guest_merges m JOIN stays s ON s.guest_id = m.survivor_id WHERE s.id = ?1)
                """, [.int(stayID)]) { $0.isNull(0) ? nil : Date(unixSeconds: $0.double(0)) } ?? nil
            return ArrivalReview.state(lastReview: review, lastPreferenceChange: change)
        }
    }

    public func setFlag(_ kind: GuestFlagKind, guestID: Int64, reason: String, by actor: Actor) throws {
        try appendFlag(kind, action: "set", guestID: guestID, reason: reason, by: actor)
    }

    public func clearFlag(_ kind: GuestFlagKind, guestID: Int64, reason: String, by actor: Actor) throws {
        try appendFlag(kind, action: "cleared", guestID: guestID, reason: reason, by: actor)
    }

    private func appendFlag(_ kind: GuestFlagKind, action: String, guestID: Int64, reason: String, by actor: Actor) throws {
        let reason = reason.trimmingSpaces
        if reason.isEmpty { throw FrontDeskError.invalid("say why: a flag is \(action) with a reason") }
        try write {
            let guestID = try writableGuestID(guestID)
            let inForce = try flags(guestID: guestID).contains { $0.kind == kind }
            if action == "set" && inForce { throw FrontDeskError.invalid("guest #\(guestID) is already flagged \"\(kind.label.lowercased())\"") }
            if action == "cleared" && !inForce { throw FrontDeskError.invalid("guest #\(guestID) is not flagged \"\(kind.label.lowercased())\"") }
            try db.run("""
                INSERT INTO guest_flags (guest_id, flag, action, reason, login, at, property, terminal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.int(guestID), .text(kind.rawValue), .text(action), .text(reason), .text(actor.login),
                      .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
        }
    }

    /// Flags in force: for each kind, the latest row, when it set the flag.
    func flags(guestID: Int64) throws -> [GuestFlag] {
        var latest: [GuestFlagKind: GuestFlag?] = [:]
        try db.each("""
            SELECT flag, action, reason, login, at, property, terminal FROM guest_flags WHERE guest_id = ? ORDER BY id
            """, [.int(guestID)]) { row in
            let kind = try decode(GuestFlagKind(rawValue: row.text(0)), row.text(0), "flag", "guest #\(guestID)")
            let signature = Signature(login: row.text(3), at: Date(unixSeconds: row.double(4)), property: row.text(5), terminal: row.text(6))
            latest[kind] = row.text(1) == "set" ? GuestFlag(kind: kind, reason: row.text(2), set: signature) : .some(nil)
        }
        return GuestFlagKind.allCases.compactMap { latest[$0] ?? nil }
    }

    public func recordQuestionAsked(guestID: Int64, category: PreferenceCategory, by actor: Actor) throws {
        try write {
            let guestID = try writableGuestID(guestID)
            try db.run("""
                INSERT INTO questions_asked (guest_id, category, login, at, property, terminal) VALUES (?, ?, ?, ?, ?, ?)
                """, [.int(guestID), .text(category.rawValue), .text(actor.login), .real(now().unixSeconds),
                      .text(actor.property), .text(actor.terminal)])
        }
    }

    func lastQuestion(guestID: Int64) throws -> PreferenceCategory? {
        try db.first("SELECT category FROM questions_asked WHERE guest_id = ? ORDER BY id DESC LIMIT 1",
                     [.int(guestID)]) { PreferenceCategory(rawValue: $0.text(0)) } ?? nil
    }

    public func recognitionSettings(property: String) throws -> RecognitionSettings {
        let options = try db.query("SELECT name, value FROM property_options WHERE property = ? ORDER BY id",
                                   [.text(property)]) { (name: $0.text(0), value: $0.text(1)) }
        do {
            return try RecognitionSettings(options: options)
        } catch FrontDeskError.invalid(let why) {
            throw FrontDeskError.badData("\(path): the settings of \(property) are damaged: \(why)")
        }
    }

    public func setRecognitionOption(_ name: String, value: String, property: String, by actor: Actor) throws {
        var check = RecognitionSettings()
        try check.set(name, to: value)
        try write {
            try db.run("""
                INSERT INTO property_options (property, name, value, login, at, actor_property, terminal)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.text(property), .text(name), .text(value.trimmingSpaces), .text(actor.login), .real(now().unixSeconds),
                      .text(actor.property), .text(actor.terminal)])
        }
    }
}
