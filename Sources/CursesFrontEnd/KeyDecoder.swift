import FrontDeskUI

/// What the terminal reader hands the decoder: one byte as typed, a key curses already decoded
/// from an escape sequence, the bracketed-paste markers, or a read that timed out.
enum RawInput: Equatable {
    case byte(UInt8)
    case key(Key)
    case pasteBegin, pasteEnd
    case timeout
}

/// What the console loop acts on: a key for the app, or a quiet moment for `tick()`.
enum DecodedEvent: Equatable {
    case key(Key)
    case idle
}

/// Turns raw terminal input into `Key`s, with no terminal attached, so it can be reasoned
/// about (and exercised) on its own:
/// - Bytes become characters (`UTF8Assembler`), whatever pause a slow link puts inside one.
/// - Esc then a digit within the follow-up time is a function key (as in mc; 0 is F10);
///   Esc then nothing is Esc; Esc then another key is Esc followed by that key.
/// - Text between the bracketed-paste markers arrives as one `.paste`, newlines kept literal.
struct KeyDecoder {
    /// How long to wait for the key after a lone Esc before it counts as Esc itself.
    static let escapeFollowUpMilliseconds: Int32 = 200
    /// Idle reads inside a paste before it is taken as finished (an end marker that never came).
    static let pasteIdleLimit = 8
    /// Pasted text beyond this many scalars is dropped; a front desk never needs more.
    static let pasteLimit = 65_536

    /// Pasted text collected so far, between the markers.
    private struct Paste {
        var text = String.UnicodeScalarView()
        var scalars = 0
        var lastWasReturn = false
        var idleReads = 0

        /// Pasted text stays literal: CR, LF and CR LF become one newline; tabs stay; other controls go.
        mutating func append(_ value: UInt32) {
            defer { lastWasReturn = value == 13 }
            guard scalars < KeyDecoder.pasteLimit else { return }
            switch value {
            case 13: text.append("\n")
            case 10: if !lastWasReturn { text.append("\n") } else { return }
            case 9: text.append("\t")
            case 0..<0x20, 0x7F..<0xA0: return
            default:
                guard let scalar = Unicode.Scalar(value) else { return }
                text.append(scalar)
            }
            scalars += 1
        }

        var event: [DecodedEvent] { text.isEmpty ? [] : [.key(.paste(String(text)))] }
    }

    /// The input once bytes are characters.
    enum Input: Equatable {
        case scalar(UInt32)
        case key(Key)
        case pasteBegin, pasteEnd
        case timeout
    }

    private var utf8 = UTF8Assembler()
    private var afterEscape = false
    private var paste: Paste?

    /// True while a lone Esc waits for a possible digit: the reader should use the follow-up time.
    var awaitsEscapeFollowUp: Bool { afterEscape }

    mutating func decode(_ raw: RawInput) -> [DecodedEvent] {
        let input: Input
        switch raw {
        case .byte(let byte):
            guard let scalar = utf8.add(byte) else { return [] }
            input = .scalar(scalar.value)
        case .key(let key): input = .key(key)
        case .pasteBegin: input = .pasteBegin
        case .pasteEnd: input = .pasteEnd
        case .timeout: input = .timeout
        }
        if paste != nil { return decodePasting(input) }
        if afterEscape { return decodeAfterEscape(input) }
        return decodeReady(input)
    }

    private mutating func decodePasting(_ input: Input) -> [DecodedEvent] {
        switch input {
        case .pasteEnd:
            defer { paste = nil }
            return paste!.event
        case .timeout:
            paste!.idleReads += 1
            guard paste!.idleReads >= KeyDecoder.pasteIdleLimit else { return [.idle] }
            defer { paste = nil }
            return paste!.event + [.idle]
        case .pasteBegin:
            return []
        case .key(.enter):
            paste!.append(13)
        case .key:
            break  // an escape sequence inside pasted text is not a key press
        case .scalar(let value):
            paste!.append(value)
        }
        paste!.idleReads = 0
        return []
    }

    private mutating func decodeReady(_ input: Input) -> [DecodedEvent] {
        switch input {
        case .scalar(27):
            afterEscape = true
            return []
        case .scalar(let value):
            return Self.key(forScalar: value).map { [.key($0)] } ?? []
        case .key(let key):
            return [.key(key)]
        case .pasteBegin:
            paste = Paste()
            return []
        case .pasteEnd:
            return []
        case .timeout:
            return [.idle]
        }
    }

    private mutating func decodeAfterEscape(_ input: Input) -> [DecodedEvent] {
        afterEscape = false
        switch input {
        case .timeout:
            return [.key(.escape)]
        case .scalar(let value) where (0x30...0x39).contains(value):
            return [.key(.escapeDigit(Int(value - 0x30)))]
        default:
            return [.key(.escape)] + decodeReady(input)
        }
    }

    /// The key a single typed character stands for, or nil for one that means nothing here.
    static func key(forScalar value: UInt32) -> Key? {
        switch value {
        case 13, 10: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 0..<0x20, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
