import Foundation
import FrontDeskCore

/// Arrival reviews, flags, questions asked and recognition settings: each an append-only history.
extension SQLGuestStore: RecognitionStore {
    public func recognitionActivity(property: String, from: Day, to: Day, since: Date, until: Date) throws -> RecognitionActivity {
        let window: [SQLValue] = [.text(property), .real(since.unixSeconds), .real(until.unixSeconds)]
        let standing = Int(try db.int("""
            SELECT count(DISTINCT guest_id) FROM preferences p
            WHERE scope = 'standing' AND (only_property IS NULL OR only_property = ?)
              AND NOT EXISTS (SELECT 1 FROM preference_events e WHERE e.preference_id = p.id AND e.kind = 'retired')
              AND NOT EXISTS (SELECT 1 FROM guest_erasures x WHERE x.guest_id = p.guest_id)
              AND NOT EXISTS (SELECT 1 FROM guests g WHERE g.id = p.guest_id AND g.retired <> 0)
            """, [.text(property)]))
        let recorded = try db.query("SELECT recorded_at FROM preferences WHERE recorded_property = ? AND recorded_at >= ? AND recorded_at < ?",
                                    window) { Date(unixSeconds: $0.double(0)) }
        let confirmed = try db.query("SELECT at FROM preference_events WHERE kind = 'confirmed' AND property = ? AND at >= ? AND at < ?",
                                     window) { Date(unixSeconds: $0.double(0)) }
        let arrivals = try db.query("""
            SELECT s.arrival, (SELECT min(r.at) FROM arrival_reviews r WHERE r.stay_id = s.id) FROM stays s
            WHERE s.property = ? AND s.arrival >= ? AND s.arrival <= ? AND s.status <> 'cancelled'
            """, [.text(property), .text(from.description), .text(to.description)]) { row in
            (arrival: try day(row.text(0), "a stay"), reviewed: row.optionalDouble(1).map(Date.init(unixSeconds:)))
        }
        let questions = try db.query("""
            SELECT q.at, EXISTS (SELECT 1 FROM preferences p WHERE p.guest_id = q.guest_id AND p.category = q.category
                                                               AND p.recorded_at >= q.at)
            FROM questions_asked q WHERE q.property = ? AND q.at >= ? AND q.at < ?
            """, window) { (at: Date(unixSeconds: $0.double(0)), answered: $0.int(1) != 0) }
        return RecognitionActivity(guestsWithStandingPreference: standing, recorded: recorded, confirmed: confirmed,
                                   arrivals: arrivals, questions: questions)
    }

    public func reviewArrival(stayID: Int64, by actor: Actor) throws {
        try write {
            guard try stay(id: stayID) != nil else { throw FrontDeskError.notFound("no stay #\(stayID) in \(location)") }
            try db.run("INSERT INTO arrival_reviews (stay_id, login, at, property, terminal) VALUES (?, ?, ?, ?, ?)",
                       [.int(stayID), .text(actor.login), .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
        }
    }

    public func arrivalReviews(stayIDs: [Int64]) throws -> [Int64: ArrivalReview] {
        guard !stayIDs.isEmpty else { return [:] }
        return try db.read {
            var reviews: [Int64: Signature] = [:]
            try db.each("""
                SELECT r.stay_id, r.login, r.at, r.property, r.terminal FROM arrival_reviews r
                WHERE r.stay_id IN (\(db.idsOfList))
                  AND r.id = (SELECT max(id) FROM arrival_reviews WHERE stay_id = r.stay_id)
                """, [SQLValue.jsonList(stayIDs)]) { row in
                reviews[row.int(0)] = Signature(login: row.text(1), at: Date(unixSeconds: row.double(2)),
                                                property: row.text(3), terminal: row.text(4))
            }
            // Each guest's latest change: a preference recorded, confirmed or retired, a flag set or
            // cleared, or another profile merged in (which brings its own preferences).
            var states: [Int64: ArrivalReview] = [:]
            try db.each("""
                SELECT s.id, (SELECT max(at) FROM (
                    SELECT p.recorded_at AS at FROM preferences p WHERE p.guest_id = s.guest_id
                    UNION ALL
                    SELECT e.at FROM preference_events e JOIN preferences p ON p.id = e.preference_id WHERE p.guest_id = s.guest_id
                    UNION ALL
                    SELECT f.at FROM guest_flags f WHERE f.guest_id = s.guest_id
                    UNION ALL
                    SELECT m.at FROM guest_merges m WHERE m.survivor_id = s.guest_id) AS changes)
                FROM stays s WHERE s.id IN (\(db.idsOfList))
                """, [SQLValue.jsonList(stayIDs)]) { row in
                let change = row.isNull(1) ? nil : Date(unixSeconds: row.double(1))
                states[row.int(0)] = ArrivalReview.state(lastReview: reviews[row.int(0)], lastPreferenceChange: change)
            }
            return states
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
        try flagsOf([guestID])[guestID] ?? []
    }

    func flagsOf(_ guestIDs: [Int64]) throws -> [Int64: [GuestFlag]] {
        var latest: [Int64: [GuestFlagKind: GuestFlag?]] = [:]
        try db.each("""
            SELECT guest_id, flag, action, reason, login, at, property, terminal FROM guest_flags
            WHERE guest_id IN (\(db.idsOfList)) ORDER BY id
            """, [SQLValue.jsonList(guestIDs)]) { row in
            let guestID = row.int(0)
            let kind = try decode(GuestFlagKind(rawValue: row.text(1)), row.text(1), "flag", "guest #\(guestID)")
            let signature = Signature(login: row.text(4), at: Date(unixSeconds: row.double(5)), property: row.text(6), terminal: row.text(7))
            latest[guestID, default: [:]][kind] = row.text(2) == "set" ? GuestFlag(kind: kind, reason: row.text(3), set: signature) : .some(nil)
        }
        return latest.mapValues { kinds in GuestFlagKind.allCases.compactMap { kinds[$0] ?? nil } }
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

    func lastQuestions(of guestIDs: [Int64]) throws -> [Int64: PreferenceCategory] {
        var last: [Int64: PreferenceCategory] = [:]
        try db.each("""
            SELECT q.guest_id, q.category FROM questions_asked q
            WHERE q.guest_id IN (\(db.idsOfList))
              AND q.id = (SELECT max(id) FROM questions_asked WHERE guest_id = q.guest_id)
            """, [SQLValue.jsonList(guestIDs)]) { row in
            last[row.int(0)] = PreferenceCategory(rawValue: row.text(1))
        }
        return last
    }

    public func recognitionSettings(property: String) throws -> RecognitionSettings {
        let options = try db.query("SELECT name, value FROM property_options WHERE property = ? ORDER BY id",
                                   [.text(property)]) { (name: $0.text(0), value: $0.text(1)) }
        do {
            return try RecognitionSettings(options: options)
        } catch FrontDeskError.invalid(let why) {
            throw FrontDeskError.badData("\(location): the settings of \(property) are damaged: \(why)")
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
