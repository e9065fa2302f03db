import Foundation
import FrontDeskCore

extension SQLGuestStore: StaffDirectory {
    static let staffColumns = "login, display_name, role, home_property, disabled"

    public func addStaff(_ member: StaffMember, by actor: Actor) throws {
        let login = try StaffLogin.validated(member.login)
        let name = member.displayName.trimmingSpaces
        guard !name.isEmpty else { throw FrontDeskError.invalid("\(login) needs a display name (--name)") }
        try write {
            if try staffRow(login) != nil {
                throw FrontDeskError.invalid("\(login) is already on the staff list of \(location)")
            }
            try db.run("INSERT INTO staff (\(Self.staffColumns)) VALUES (?, ?, ?, ?, 0)",
                       [.text(login), .text(name), .text(member.role.rawValue), .text(member.homeProperty)])
            try recordStaffChange(login, "added", "\(member.role.rawValue) at \(member.homeProperty)", by: actor)
        }
    }

    public func staffMember(login: String) throws -> StaffMember? {
        try staffRow(login)
    }

    public func allStaff() throws -> [StaffMember] {
        try db.query("SELECT \(Self.staffColumns) FROM staff ORDER BY login", [], map: decodeStaff)
    }

    public func setRole(login: String, role: Role, by actor: Actor) throws {
        try changeStaff(login, "UPDATE staff SET role = ? WHERE login = ?", [.text(role.rawValue), .text(login)],
                        event: "role", detail: role.rawValue, by: actor)
    }

    public func setPinHash(login: String, hash: String, by actor: Actor) throws {
        try changeStaff(login, "UPDATE staff SET pin_hash = ? WHERE login = ?", [.text(hash), .text(login)],
                        event: "pin", detail: "PIN set", by: actor)
    }

    public func pinSetting(login: String) throws -> String? {
        try db.first(db.pinSettingQuery, [.text(login)]) { $0.optionalText(0) } ?? nil
    }

    public func checkPIN(login: String, hash: String?, attempts: Int, lock: TimeInterval, reason: String,
                         by actor: Actor) throws -> PINCheck {
        if let query = db.checkPINQuery {
            let found = try write {
                try db.first(query, [.text(login), .text(hash), .text(reason), .text(actor.login), .text(actor.property),
                                     .text(actor.terminal)]) { $0.text(0) }
            }
            switch found {
            case "matches": return .matches
            case "locked": return .locked
            default: return .wrong
            }
        }
        return try write {
            let since = now().addingTimeInterval(-lock)
            let wrong = try db.int(db.refusalCountQuery, [.text(SignIn.wrongPIN), .text(login), .real(since.unixSeconds)])
            if wrong >= attempts { return .locked }
            if let hash, try db.int("SELECT count(*) FROM staff WHERE login = ? AND pin_hash = ?", [.text(login), .text(hash)]) == 1 {
                return .matches
            }
            try insertRefusal(action: SignIn.wrongPIN, subject: login, reason: reason, by: actor)
            return .wrong
        }
    }

    public func disableStaff(login: String, by actor: Actor) throws {
        try changeStaff(login, "UPDATE staff SET disabled = 1 WHERE login = ?", [.text(login)],
                        event: "disabled", detail: "", by: actor)
    }

    public func hasActiveAdministrator() throws -> Bool {
        try db.int("SELECT count(*) FROM staff WHERE role = 'administrator' AND disabled = 0") > 0
    }

    private func changeStaff(_ login: String, _ sql: String, _ values: [SQLValue], event: String, detail: String,
                             by actor: Actor) throws {
        try write {
            guard try staffRow(login) != nil else { throw FrontDeskError.notFound("no staff member '\(login)' in \(location)") }
            let hadAdministrator = try hasActiveAdministrator()
            // A row the database would not let this connection change (another hotel's staff) is no change.
            guard try db.run(sql, values) == 1 else {
                throw FrontDeskError.notPermitted("\(login) cannot be changed from here: only the chain's administrators change another hotel's staff")
            }
            // Without an active administrator anyone who can write the file could make one: never leave none.
            if hadAdministrator, try !hasActiveAdministrator() {
                throw FrontDeskError.invalid("\(login) is the last active administrator: make someone else administrator first")
            }
            try recordStaffChange(login, event, detail, by: actor)
        }
    }

    private func recordStaffChange(_ login: String, _ event: String, _ detail: String, by actor: Actor) throws {
        try db.run("""
            INSERT INTO staff_events (login, event, detail, at, by_login, property, terminal)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.text(login), .text(event), .text(detail), .real(now().unixSeconds), .text(actor.login),
                  .text(actor.property), .text(actor.terminal)])
    }

    private func staffRow(_ login: String) throws -> StaffMember? {
        try db.first("SELECT \(Self.staffColumns) FROM staff WHERE login = ?", [.text(login)], map: decodeStaff)
    }

    func decodeStaff(_ row: any SQLRow) throws -> StaffMember {
        let login = row.text(0)
        return StaffMember(login: login, displayName: row.text(1),
                           role: try decode(Role(rawValue: row.text(2)), row.text(2), "role", "staff member \(login)"),
                           homeProperty: row.text(3), isDisabled: row.int(4) != 0)
    }
}
