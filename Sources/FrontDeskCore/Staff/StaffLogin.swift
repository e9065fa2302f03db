/// Logins as staff type them and the operating system knows them: lower case letters, digits, . _ -
public enum StaffLogin {
    public static func validated(_ text: String) throws -> String {
        let login = text.trimmingSpaces
        guard !login.isEmpty, login.count <= 64,
              login.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0) })
        else {
            throw FrontDeskError.invalid("'\(text)' is not a login: use letters, digits, '.', '-' or '_' (at most 64)")
        }
        return login
    }
}
