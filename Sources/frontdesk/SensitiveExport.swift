import FrontDeskCore

/// Sensitive preferences (health, religion, sobriety) never leave the database by default:
/// `--include-sensitive` adds them, for a role that may see them; anyone else is refused and audited.
enum SensitiveExport {
    /// The role to filter an export by: an associate's view unless sensitive facts were asked for.
    static func viewer(_ args: Arguments, member: StaffMember, actor: Actor, trail: AuditTrail, subject: String) throws -> Role {
        guard args.has("include-sensitive") else { return .associate }
        guard Sensitivity.mayView(member.role) else {
            throw Refusal.refuse(trail, actor, action: "export sensitive", subject: subject,
                                 "\(member.login) is \(member.role.label.lowercased()); sensitive preferences are for coordinators and above")
        }
        return member.role
    }

    static func profile(_ profile: GuestProfile, member: StaffMember, actor: Actor, args: Arguments,
                        trail: AuditTrail) throws -> GuestProfile {
        let role = try viewer(args, member: member, actor: actor, trail: trail, subject: "guest #\(profile.guest.id)")
        return profile.visible(to: role).profile
    }
}
