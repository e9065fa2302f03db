/// How much text each kind of field takes. A guest's words fit with room to spare; a paste of a
/// whole document, or a runaway script, is refused with the field's name before anything is kept.
public enum TextLimit {
    /// A name, a company, a staff member's display name.
    public static let name = 200
    /// An e-mail address (RFC 5321's longest path).
    public static let email = 254
    /// A phone, a loyalty number, a title, a language, a room.
    public static let short = 40
    /// A property-management system's profile number (a GUID fits).
    public static let externalID = 64
    /// Why something was done: retiring, reinstating, a flag, a complaint's follow-up.
    public static let reason = 500

    /// `text` unchanged, or a refusal naming the field, its limit and how long the text was.
    @discardableResult
    public static func check(_ text: String, _ field: String, max: Int) throws -> String {
        let length = text.count
        guard length <= max else {
            throw FrontDeskError.invalid("the \(field) is \(length) characters; at most \(max) are kept: shorten it (nothing was saved)")
        }
        return text
    }
}
