import Foundation
import FrontDeskCore

/// Preferences are recorded once and never edited: confirmations and retirement are
/// appended to preference_events, and a preference's state is derived from them on load.
extension SQLGuestStore {
    public func recordPreference(_ preference: NewPreference, by actor: Actor) throws -> Int64 {
        var preference = try preference.validated()
        return try write {
            preference.guestID = try writableGuestID(preference.guestID)
            if let stayID = preference.stayID {
                let owner = try db.first("SELECT guest_id FROM stays WHERE id = ?", [.int(stayID)]) { $0.int(0) }
                guard owner == preference.guestID else {
                    throw FrontDeskError.invalid("stay #\(stayID) is not a stay of guest #\(preference.guestID) in \(location)")
                }
            }
            return try insertPreference(preference, recordedAt: now(), actor: actor)
        }
    }

    public func confirmPreference(id: Int64, by actor: Actor) throws {
        try write {
            if let retired = try retirement(ofPreference: id) {
                // The reason is not repeated: it may speak of a sensitive fact.
                throw FrontDeskError.invalid("preference #\(id) was retired by \(retired) and cannot be confirmed: record it again")
            }
            try appendEvent(preferenceID: id, kind: "confirmed", reason: nil, at: now(), actor: actor)
        }
    }

    public func retirePreference(id: Int64, reason: String, by actor: Actor) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty {
            throw FrontDeskError.invalid("say why preference #\(id) no longer applies: a retirement needs a reason")
        }
        try write {
            if let retired = try retirement(ofPreference: id) {
                throw FrontDeskError.invalid("preference #\(id) is already retired by \(retired)")
            }
            try appendEvent(preferenceID: id, kind: "retired", reason: reason, at: now(), actor: actor)
        }
    }

    public func preference(id: Int64) throws -> Preference? {
        try db.read {
            guard let guestID = try db.first("SELECT guest_id FROM preferences WHERE id = ?", [.int(id)], map: { $0.int(0) })
            else { return nil }
            return try preferencesOf([guestID])[guestID]?.first { $0.id == id }
        }
    }

    /// Who retired it, nil when the preference is active; throws when there is no such preference.
    private func retirement(ofPreference id: Int64) throws -> String? {
        guard try db.first("SELECT 1 FROM preferences WHERE id = ?", [.int(id)], map: { _ in true }) != nil else {
            throw FrontDeskError.notFound("no preference #\(id) in \(location)")
        }
        return try db.first("SELECT login FROM preference_events WHERE preference_id = ? AND kind = 'retired'",
                            [.int(id)]) { $0.text(0) }
    }

    func insertPreference(_ p: NewPreference, recordedAt: Date, actor: Actor) throws -> Int64 {
        try db.int("""
            INSERT INTO preferences (guest_id, category, detail, level, scope, source, critical, stay_id,
                                     recorded_by, recorded_at, recorded_property, recorded_terminal,
                                     only_property, consent, department)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, [.int(p.guestID), .text(p.category.rawValue), .text(p.detail), .text(p.level.rawValue),
                  .text(p.scope.rawValue), .text(p.source.rawValue), .bool(p.isCritical), .int(p.stayID),
                  .text(actor.login), .real(recordedAt.unixSeconds), .text(actor.property), .text(actor.terminal),
                  .text(p.onlyProperty), .bool(p.consent), .text(p.department?.code)])
    }

    func appendEvent(preferenceID: Int64, kind: String, reason: String?, at: Date, actor: Actor) throws {
        try db.run("""
            INSERT INTO preference_events (preference_id, kind, reason, login, at, property, terminal)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.int(preferenceID), .text(kind), .text(reason), .text(actor.login), .real(at.unixSeconds),
                  .text(actor.property), .text(actor.terminal)])
    }

    /// All of these guests' preferences, oldest first, with their derived confirmations and retirement.
    func preferencesOf(_ guestIDs: [Int64]) throws -> [Int64: [Preference]] {
        var preferences: [Preference] = []
        try db.each("""
            SELECT id, guest_id, category, detail, level, scope, source, critical, stay_id,
                   recorded_by, recorded_at, recorded_property, recorded_terminal, only_property, consent, department
            FROM preferences WHERE guest_id IN (\(db.idsOfList)) ORDER BY id
            """, [SQLValue.jsonList(guestIDs)]) { row in
            let owner = "preference #\(row.int(0))"
            preferences.append(Preference(
                id: row.int(0), guestID: row.int(1),
                category: try decode(PreferenceCategory(rawValue: row.text(2)), row.text(2), "category", owner),
                detail: row.text(3),
                level: try decode(PreferenceLevel(rawValue: row.text(4)), row.text(4), "level", owner),
                scope: try decode(PreferenceScope(rawValue: row.text(5)), row.text(5), "scope", owner),
                source: try decode(PreferenceSource(rawValue: row.text(6)), row.text(6), "source", owner),
                isCritical: row.bool(7), stayID: row.optionalInt(8), onlyProperty: row.optionalText(13), consent: row.bool(14),
                department: row.optionalText(15).map(Department.init(code:)),
                recorded: Signature(login: row.text(9), at: Date(unixSeconds: row.double(10)),
                                    property: row.text(11), terminal: row.text(12))))
        }
        guard !preferences.isEmpty else { return [:] }
        let position = Dictionary(uniqueKeysWithValues: preferences.enumerated().map { ($1.id, $0) })
        // Events in the order they were appended: the last confirmation wins.
        try db.each("""
            SELECT e.preference_id, e.kind, e.reason, e.login, e.at, e.property, e.terminal
            FROM preference_events e JOIN preferences p ON p.id = e.preference_id
            WHERE p.guest_id IN (\(db.idsOfList)) ORDER BY e.id
            """, [SQLValue.jsonList(guestIDs)]) { row in
            guard let i = position[row.int(0)] else { return }
            let signature = Signature(login: row.text(3), at: Date(unixSeconds: row.double(4)),
                                      property: row.text(5), terminal: row.text(6))
            switch row.text(1) {
            case "confirmed":
                preferences[i].confirmations += 1
                preferences[i].lastConfirmed = signature
            case "retired":
                preferences[i].retirement = Retirement(reason: row.text(2), signature: signature)
            default:
                throw FrontDeskError.badData("\(location): preference #\(row.int(0)) has an unknown event '\(row.text(1))'")
            }
        }
        return Dictionary(grouping: preferences, by: \.guestID)
    }
}
