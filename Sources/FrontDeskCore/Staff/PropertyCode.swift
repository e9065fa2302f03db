/// A hotel's code, as every record keeps it: upper case, 1–12 letters, digits or dashes ("LIS", "NYC-2").
public enum PropertyCode {
    public static func validated(_ text: String) throws -> String {
        let code = text.trimmingSpaces.uppercased()
        guard !code.isEmpty, code.count <= 12, code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw FrontDeskError.invalid("property code '\(code)' must be 1–12 letters, digits or dashes")
        }
        return code
    }
}
