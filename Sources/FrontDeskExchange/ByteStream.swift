import Foundation

/// The bytes of a file, read a block at a time: a reader sees one byte after another and the file
/// is never all in memory.
public final class ByteStream {
    private let handle: FileHandle?
    private var buffer: [UInt8]
    private var position = 0
    private var ended: Bool
    /// How many bytes have been read so far, for a progress line.
    public private(set) var consumed = 0

    public init(handle: FileHandle) {
        self.handle = handle
        buffer = []
        ended = false
    }

    /// Bytes already in memory (tests, a small text).
    public init(_ data: Data) {
        handle = nil
        buffer = [UInt8](data)
        ended = true
    }

    private func fill() throws -> Bool {
        if position < buffer.count { return true }
        guard !ended, let handle else { return false }
        let block = try handle.read(upToCount: 1 << 20) ?? Data()
        if block.isEmpty { ended = true; return false }
        buffer = [UInt8](block)
        position = 0
        return true
    }

    public func next() throws -> UInt8? {
        guard try fill() else { return nil }
        defer { position += 1; consumed += 1 }
        return buffer[position]
    }

    public func peek() throws -> UInt8? {
        guard try fill() else { return nil }
        return buffer[position]
    }

    /// The rest of the current line, without its line break; nil at the end.
    public func line() throws -> [UInt8]? {
        guard try peek() != nil else { return nil }
        var bytes: [UInt8] = []
        while let byte = try next(), byte != UInt8(ascii: "\n") { bytes.append(byte) }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return bytes
    }

    func skipByteOrderMark() {
        guard (try? fill()) == true, buffer.count - position >= 3,
              buffer[position] == 0xEF, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF else { return }
        position += 3
        consumed += 3
    }

    /// A semicolon when the first line has more of them than commas outside quotes, as a
    /// spreadsheet set to a European locale writes; otherwise a comma.
    func guessDelimiter() -> UInt8 {
        guard (try? fill()) == true else { return UInt8(ascii: ",") }
        var commas = 0, semicolons = 0, quoted = false
        for byte in buffer[position...] {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
