import Foundation

/// Running the hotel: staff, property settings, VIP levels and the audit trail. Administrators
/// change them; supervisors read their property's trail.
extension Desk {
    // MARK: Staff

    public func staffList() throws -> [StaffMember] {
        try audited("list staff", subject: "staff") { try Permissions.checkAdministrator(member, "list staff") }
        return try store.allStaff()
    }

    /// Adds someone at this desk's property, with a PIN when one is given.
    public func addStaff(login: String, name: String, role: Role, pin: String? = nil) throws {
        let login = try StaffLogin.validated(login)
        try TextLimit.check(name, "name", max: TextLimit.name)
        try audited("manage staff", subject: "staff") { try Permissions.checkAdministrator(member, "manage staff") }
        let hash = try pin.map { try pins.hash(try StaffPIN.validated($0, minimumDigits: try minimumPINDigits())) }
        try store.addStaff(StaffMember(login: login, displayName: name, role: role, homeProperty: property), by: actor)
        if let hash { try store.setPinHash(login: login, hash: hash, by: actor) }
    }

    public func setRole(of login: String, to role: Role) throws {
        try audited("manage staff", subject: "staff") { try Permissions.checkAdministrator(member, "manage staff") }
        try store.setRole(login: login, role: role, by: actor)
    }

    public func setPIN(of login: String, to pin: String) throws {
        try audited("manage staff", subject: "staff") { try Permissions.checkAdministrator(member, "manage staff") }
        guard try store.staffMember(login: login) != nil else { throw FrontDeskError.notFound("no staff member '\(login)'") }
        try store.setPinHash(login: login, hash: try pins.hash(try StaffPIN.validated(pin, minimumDigits: try minimumPINDigits())),
                             by: actor)
    }

    /// The fewest digits a new PIN may have, for every hotel of the chain. PINs already set stay
    /// valid; a longer minimum applies as each is next changed.
    public func minimumPINDigits() throws -> Int {
        try store.minimumPINDigits() ?? StaffPIN.defaultDigits
    }

    public func setMinimumPINDigits(_ digits: Int) throws {
        try audited("manage staff", subject: "PIN length") { try Permissions.checkAdministrator(member, "set the PIN length") }
        guard StaffPIN.allowedMinimums.contains(digits) else {
            throw FrontDeskError.invalid("a PIN's minimum length is \(StaffPIN.allowedMinimums.lowerBound) to "
                                         + "\(StaffPIN.allowedMinimums.upperBound) digits, not \(digits)")
        }
        try store.setMinimumPINDigits(digits, by: actor)
    }

    public func disableStaff(_ login: String) throws {
        try audited("manage staff", subject: "staff") { try Permissions.checkAdministrator(member, "manage staff") }
        try store.disableStaff(login: login, by: actor)
    }

    // MARK: Settings

    /// Changes this property's settings: complaint settings (when given) and recognition options. Every
    /// option is checked before any is kept, so a typo changes nothing.
    public func changeSettings(complaints: ComplaintSettings?, recognition options: [(name: String, value: String)]) throws {
        try audited("change property settings", subject: "property \(property)") {
            try Permissions.checkAdministrator(member, "change property settings")
        }
        // An amount is typed in the property's currency (its own decimals) and kept in minor units.
        let currency = try complaints?.limit.currency ?? self.currency()
        let options = try options.map { option -> (name: String, value: String) in
            guard option.name == "valuable-revenue" else { return option }
            return (option.name, Money.format(try Money.parse(option.value, currency: currency), decimals: 2))
        }
        var check = try recognitionSettings()
        for (name, value) in options { try check.set(name, to: value) }
        if let complaints { try store.setComplaintSettings(complaints, property: property, by: actor) }
        for (name, value) in options { try store.setRecognitionOption(name, value: value, property: property, by: actor) }
    }

    public func setVIPLevel(_ level: VIPLevelDefinition) throws {
        try audited("configure VIP levels", subject: "vip") { try Permissions.checkAdministrator(member, "configure VIP levels") }
        try store.setVIPLevel(level, by: actor)
    }

    /// A hotel's own database role (`StoreAdministration.grantProperty`), for administrators.
    public func grantProperty(_ code: String, role: String) throws {
        try audited("grant a property", subject: "role \(role)") { try Permissions.checkAdministrator(member, "grant a property") }
        let code = code.trimmingSpaces.uppercased()
        let role = role.trimmingSpaces
        guard !code.isEmpty, !role.isEmpty, role.utf8.count <= 63 else {
            throw FrontDeskError.invalid("grant-property needs a property code and a role name of at most 63 bytes")
        }
        try store.grantProperty(code, role: role, by: actor)
    }

    /// Copies `source` into this desk's database (or, with `property`, that hotel's part of it), for
    /// administrators of the destination.
    public func copy(from source: FrontDeskStore, property: String?, progress: (CopyProgress) -> Void) throws -> [CopiedCount] {
        try audited("copy a database", subject: source.location) { try Permissions.checkAdministrator(member, "copy a database") }
        return try source.copy(to: store, property: property?.uppercased(), progress: progress)
    }

    // MARK: Audit

    /// Newest first. A supervisor reads their own property's trail; an administrator every property's.
    public func auditTrail(login: String?, since: Date?, limit: Int) throws -> [AuditEntry] {
        try audited("read the audit trail", subject: "audit") { try Permissions.checkAuditReader(member) }
        return try store.auditTrail(login: login, since: since,
                                    property: member.role == .administrator ? nil : member.homeProperty, limit: limit)
    }
}
