/// The system's password hashing, as `Desk` and `SignIn` use it for staff PINs: only a salted hash
/// is stored. The executable provides it (libcrypt's yescrypt); the core knows no C library.
public protocol PinHashing {
    func hash(_ pin: String) throws -> String
    /// The PIN hashed with a stored hash's setting (`StaffDirectory.pinSetting`), to be compared
    /// with it by the store. For a login without one (nil) the same work is done with a throwaway
    /// setting and nil comes back, so how long a refusal takes does not tell which logins exist.
    func hash(_ pin: String, setting: String?) -> String?
}

/// What a PIN is: digits only, at least the chain's minimum (six unless the chain chose otherwise),
/// at most twelve.
public enum StaffPIN {
    public static let defaultDigits = 6
    /// What a chain may require: never fewer than four digits, never more than a PIN may have.
    public static let allowedMinimums = 4...12

    public static func validated(_ pin: String, minimumDigits: Int = defaultDigits) throws -> String {
        // Whatever a database holds, the range stays a range.
        let minimumDigits = min(max(minimumDigits, allowedMinimums.lowerBound), allowedMinimums.upperBound)
        guard (minimumDigits...12).contains(pin.count), pin.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            throw FrontDeskError.invalid("a PIN is \(minimumDigits) to 12 digits (0–9 only); nothing was changed")
        }
        return pin
    }
}
