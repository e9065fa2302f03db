import FrontDeskCore

extension VIPCatalog {
    /// The theme role a guest's level is drawn in; a role the theme does not know falls back to VIP.
    func style(of level: VIPLevel) -> StyleRole {
        level == .none ? .normal : StyleRole(rawValue: role(of: level)) ?? .vip
    }

    /// "★ Gold", or "" for a guest who is not a VIP.
    func badge(of level: VIPLevel) -> String {
        level == .none ? "" : "★ " + name(of: level)
    }

    /// "José García · ★ Gold": the VIP level goes wherever the guest's name heads a screen or a line.
    public func named(_ guest: Guest) -> String {
        guest.vip == .none ? guest.displayName : "\(guest.displayName) · \(badge(of: guest.vip))"
    }
}
