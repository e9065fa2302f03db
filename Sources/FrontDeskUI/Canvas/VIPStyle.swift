import FrontDeskCore

extension VIPCatalog {
    /// The theme role a guest's level is drawn in; a role the theme does not know falls back to VIP.
    func style(of level: VIPLevel) -> StyleRole {
        level == .none ? .normal : StyleRole(rawValue: role(of: level)) ?? .vip
    }
}
