import Foundation

/// One thing the hotel knows a guest likes, needs or will not have.
public struct Preference: Sendable, Equatable, Codable {
    public var id: Int64
    public var guestID: Int64
    public var category: PreferenceCategory
    public var detail: String
    public var level: PreferenceLevel
    public var scope: PreferenceScope
    public var source: PreferenceSource
    /// Marked critical by whoever recorded it: shown as an alert whatever its category.
    public var isCritical: Bool
    public var stayID: Int64?
    /// The one property it applies at; nil for every property of the chain.
    public var onlyProperty: String?
    /// For a sensitive category: the associate confirmed the guest agreed to it being kept.
    public var consent: Bool
    /// Who acts on it: chosen on the pad, or what its words and category point to.
    public var department: Department
    public var recorded: Signature
    public var confirmations: Int
    public var lastConfirmed: Signature?
    public var retirement: Retirement?

    public init(id: Int64, guestID: Int64, category: PreferenceCategory, detail: String,
                level: PreferenceLevel, scope: PreferenceScope, source: PreferenceSource,
                isCritical: Bool = false, stayID: Int64? = nil, onlyProperty: String? = nil, consent: Bool = false,
                department: Department? = nil,
                recorded: Signature, confirmations: Int = 0, lastConfirmed: Signature? = nil, retirement: Retirement? = nil) {
        self.id = id
        self.guestID = guestID
        self.category = category
        self.detail = detail
        self.level = level
        self.scope = scope
        self.source = source
        self.isCritical = isCritical
        self.stayID = stayID
        self.onlyProperty = onlyProperty
        self.consent = consent
        self.department = department ?? DepartmentRouting.department(for: category, detail: detail)
        self.recorded = recorded
        self.confirmations = confirmations
        self.lastConfirmed = lastConfirmed
        self.retirement = retirement
    }

    public var isActive: Bool { retirement == nil }
    /// Alerts open a profile: allergies and anything marked critical.
    public var isAlert: Bool { isActive && (isCritical || category.isAlwaysAlert) }
    /// Observed once and never confirmed: one loud evening is not yet a rule.
    public var isUnconfirmed: Bool { source == .observed && confirmations == 0 }
    public var isSensitive: Bool { category.isSensitive }

    /// Whether it applies at a property at all (its stay and retirement aside).
    public func applies(at property: String) -> Bool {
        onlyProperty == nil || onlyProperty == property
    }

    /// When it was last known to be true: its latest confirmation, else its recording.
    public var lastKnown: Date { lastConfirmed?.at ?? recorded.at }
}

/// Who did something, when, and where: every write carries one.
public struct Signature: Sendable, Equatable, Codable {
    public var login: String
    public var at: Date
    public var property: String
    public var terminal: String

    public init(login: String, at: Date, property: String, terminal: String = "") {
        self.login = login
        self.at = at
        self.property = property
        self.terminal = terminal
    }
}

/// Why a preference no longer applies; the preference itself stays in history.
public struct Retirement: Sendable, Equatable, Codable {
    public var reason: String
    public var signature: Signature

    public init(reason: String, signature: Signature) {
        self.reason = reason
        self.signature = signature
    }
}

/// The pad's input: what an associate just learned.
public struct NewPreference: Sendable, Equatable, Codable {
    public var guestID: Int64
    public var category: PreferenceCategory
    public var detail: String
    public var level: PreferenceLevel
    public var scope: PreferenceScope
    public var source: PreferenceSource
    public var isCritical: Bool
    public var stayID: Int64?
    public var onlyProperty: String?
    public var consent: Bool
    /// Chosen by hand; nil leaves it to the words and the category (`DepartmentRouting`).
    public var department: Department?

    public init(guestID: Int64, category: PreferenceCategory, detail: String,
                level: PreferenceLevel = .preferred, scope: PreferenceScope = .standing,
                source: PreferenceSource = .stated, isCritical: Bool = false, stayID: Int64? = nil,
                onlyProperty: String? = nil, consent: Bool = false, department: Department? = nil) {
        self.guestID = guestID
        self.category = category
        self.detail = detail
        self.level = level
        self.scope = scope
        self.source = source
        self.isCritical = isCritical
        self.stayID = stayID
        self.onlyProperty = onlyProperty
        self.consent = consent
        self.department = department
    }

    /// Drafts kept before a preference had a place or consent read as "every hotel, no consent yet".
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(guestID: try c.decode(Int64.self, forKey: .guestID), category: try c.decode(PreferenceCategory.self, forKey: .category),
                  detail: try c.decode(String.self, forKey: .detail), level: try c.decode(PreferenceLevel.self, forKey: .level),
                  scope: try c.decode(PreferenceScope.self, forKey: .scope), source: try c.decode(PreferenceSource.self, forKey: .source),
                  isCritical: try c.decode(Bool.self, forKey: .isCritical), stayID: try c.decodeIfPresent(Int64.self, forKey: .stayID),
                  onlyProperty: try c.decodeIfPresent(String.self, forKey: .onlyProperty),
                  consent: try c.decodeIfPresent(Bool.self, forKey: .consent) ?? false,
                  department: try c.decodeIfPresent(Department.self, forKey: .department))
    }

    public var isSensitive: Bool { category.isSensitive }

    public func validated() throws -> NewPreference {
        var p = self
        p.detail = p.detail.trimmingWhitespace
        if p.detail.isEmpty { throw FrontDeskError.invalid("the preference says nothing: type what the guest wants") }
        if p.detail.count > 500 { throw FrontDeskError.invalid("the preference is longer than 500 characters") }
        if p.category.isSensitive && !p.consent {
            throw FrontDeskError.invalid(
                "\(p.category.label.lowercased()) is sensitive: keep it only when the guest agrees, and say so (consent)")
        }
        if p.scope == .thisStay && p.stayID == nil {
            throw FrontDeskError.invalid("a this-stay preference needs the stay it belongs to")
        }
        p.onlyProperty = p.onlyProperty.nonBlank?.uppercased()
        p.department = p.department ?? DepartmentRouting.department(for: p.category, detail: p.detail)
        return p
    }
}

/// The OpenTravel vocabulary for how strongly a guest holds a preference.
public enum PreferenceLevel: String, Sendable, Codable, CaseIterable {
    case preferred, required, only, unacceptable, noPreference = "no-preference"

    public var label: String {
        switch self {
        case .preferred: return "Preferred"
        case .required: return "Required"
        case .only: return "Only"
        case .unacceptable: return "Unacceptable"
        case .noPreference: return "No preference"
        }
    }
}

/// A standing preference follows the guest; a this-stay one is a one-off choice.
public enum PreferenceScope: String, Sendable, Codable, CaseIterable {
    case standing, thisStay = "stay"

    public var label: String { self == .standing ? "Standing" : "This stay" }
}

/// How the hotel learned it.
public enum PreferenceSource: String, Sendable, Codable, CaseIterable {
    case stated, observed

    public var label: String { self == .stated ? "Guest said" : "Observed" }
}
