/// One configured VIP level: the rank guests carry, a code for scripts, the name staff see,
/// and the theme role it is drawn in.
public struct VIPLevelDefinition: Sendable, Equatable, Codable {
    public var rank: Int
    public var code: String
    public var name: String
    public var role: String

    public init(rank: Int, code: String, name: String, role: String = "vip") {
        self.rank = rank
        self.code = code
        self.name = name
        self.role = role
    }

    /// The theme roles a level may be drawn in: the ones that stand out.
    public static let roles = ["vip", "alert", "success", "header", "overdue", "normal"]

    public func validated() throws -> VIPLevelDefinition {
        var d = self
        d.code = d.code.trimmingSpaces.lowercased()
        d.name = d.name.trimmingSpaces
        d.role = d.role.trimmingSpaces.lowercased()
        guard (1...99).contains(d.rank) else { throw FrontDeskError.invalid("a VIP rank is 1 to 99 (0 is not a VIP), not \(rank)") }
        guard !d.code.isEmpty, d.code.count <= 20, d.code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
              d.code != "none", Int(d.code) == nil else {
            throw FrontDeskError.invalid("a VIP code is 1–20 letters, digits or dashes, not a number or 'none': '\(code)'")
        }
        guard !d.name.isEmpty, d.name.count <= 20 else { throw FrontDeskError.invalid("a VIP name is 1–20 characters: '\(name)'") }
        guard VIPLevelDefinition.roles.contains(d.role) else {
            throw FrontDeskError.invalid("a VIP colour role is one of \(VIPLevelDefinition.roles.joined(separator: ", ")), not '\(role)'")
        }
        return d
    }
}

/// The chain's VIP levels, as configured.
public struct VIPCatalog: Sendable, Equatable {
    public var levels: [VIPLevelDefinition]

    public init(levels: [VIPLevelDefinition]) {
        self.levels = levels.sorted { $0.rank < $1.rank }
    }

    /// What a new database starts with.
    public static let standard = VIPCatalog(levels: [
        VIPLevelDefinition(rank: 1, code: "silver", name: "Silver"), VIPLevelDefinition(rank: 2, code: "gold", name: "Gold"),
        VIPLevelDefinition(rank: 3, code: "platinum", name: "Platinum"), VIPLevelDefinition(rank: 4, code: "ambassador", name: "Ambassador"),
    ])

    public func definition(of level: VIPLevel) -> VIPLevelDefinition? {
        levels.first { $0.rank == level.rank }
    }

    /// "" for a guest who is not a VIP; a rank nobody named yet still shows.
    public func name(of level: VIPLevel) -> String {
        level == .none ? "" : definition(of: level)?.name ?? "VIP \(level.rank)"
    }

    public func code(of level: VIPLevel) -> String {
        level == .none ? "none" : definition(of: level)?.code ?? "vip-\(level.rank)"
    }

    public func role(of level: VIPLevel) -> String { definition(of: level)?.role ?? "vip" }

    /// A code, a name or a rank, any case; "none" or "" for not a VIP.
    public func level(text: String) -> VIPLevel? {
        let t = text.trimmingSpaces.lowercased()
        if t.isEmpty || t == "none" || t == "0" { return VIPLevel.none }
        if let n = Int(t), n > 0 { return VIPLevel(rank: n) }
        return levels.first { $0.code == t || $0.name.lowercased() == t }.map { VIPLevel(rank: $0.rank) }
    }

    /// "★ Gold", or "" for a guest who is not a VIP.
    public func badge(of level: VIPLevel) -> String {
        level == .none ? "" : "★ " + name(of: level)
    }

    /// "José García · ★ Gold": the VIP level goes wherever the guest's name heads a screen or a line.
    public func named(_ guest: Guest) -> String {
        guest.vip == .none ? guest.displayName : "\(guest.displayName) · \(badge(of: guest.vip))"
    }
}
