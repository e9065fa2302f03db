/// Puts UTF-8 characters back together from single bytes, however the link split them: a byte
/// that arrives long after the one before it still completes its character. A byte that cannot
/// continue the character so far starts over, so a broken sequence is dropped, never read as
/// another letter, and never stops what is typed after it.
struct UTF8Assembler {
    private var bytes: [UInt8] = []
    private var missing = 0

    /// Feeds one byte; returns the scalar once one is complete.
    mutating func add(_ byte: UInt8) -> Unicode.Scalar? {
        if missing > 0 {
            if byte & 0xC0 == 0x80 {
                bytes.append(byte)
                missing -= 1
                return missing == 0 ? complete() : nil
            }
            bytes = []
            missing = 0
        }
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xC2...0xDF: start(byte, needing: 1)
        case 0xE0...0xEF: start(byte, needing: 2)
        case 0xF0...0xF4: start(byte, needing: 3)
        default: break  // a stray continuation byte, or one that never starts a character
        }
        return nil
    }

    private mutating func start(_ byte: UInt8, needing count: Int) {
        bytes = [byte]
        missing = count
    }

    /// The scalar the bytes spell, or nil for an overlong form or a surrogate.
    private mutating func complete() -> Unicode.Scalar? {
        defer { bytes = [] }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
