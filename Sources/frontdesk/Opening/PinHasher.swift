import CCrypt
import Foundation
import FrontDeskCore

/// Staff PINs go through the system's password hashing (libxcrypt, yescrypt): only the salted
/// hash is stored, and checking a PIN costs as much as it does for a login password.
struct PinHasher: PinHashing {
    func hash(_ pin: String) throws -> String {
        var setting = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
        guard crypt_gensalt_rn("$y$", 0, nil, 0, &setting, Int32(setting.count)) != nil else {
            throw FrontDeskError.unavailable("the system cannot make a password salt (libcrypt): \(String(cString: strerror(errno)))")
        }
        guard let hashed = Self.crypt(pin, setting: setting), hashed.hasPrefix("$y$") else {
            throw FrontDeskError.unavailable("the system cannot hash the PIN with yescrypt (libcrypt)")
        }
        return hashed
    }

    /// For a login that has no PIN (or does not exist) the same work is done with a throwaway
    /// setting, so how long a refusal takes does not tell which logins exist.
    func hash(_ pin: String, setting: String?) -> String? {
        guard let setting else {
            _ = Self.crypt(pin, setting: Array(Self.throwaway.utf8CString))
            return nil
        }
        return Self.crypt(pin, setting: Array(setting.utf8CString))
    }

    /// Made on first need, not at start-up: hashing costs tens of milliseconds by design.
    nonisolated(unsafe) private static var throwawayHash: String?
    private static var throwaway: String {
        if let h = throwawayHash { return h }
        let h = (try? PinHasher().hash("000000")) ?? "$y$j9T$throwaway$"
        throwawayHash = h
        return h
    }

    private static func crypt(_ phrase: String, setting: [CChar]) -> String? {
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        defer {
            memset(data, 0, MemoryLayout<crypt_data>.size) // no trace of the PIN left in memory
            data.deallocate()
        }
        memset(data, 0, MemoryLayout<crypt_data>.size)
        guard let out = crypt_r(phrase, setting, data), out.pointee != 0x2A /* '*': failure */ else { return nil }
        return String(cString: out)
    }
}
