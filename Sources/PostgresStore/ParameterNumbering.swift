/// The store writes its statements once with SQLite's `?` parameters; libpq wants `$1`, `$2`, ….
enum ParameterNumbering {
    /// `?` becomes `$1`, `$2`, … in order, and `?3` becomes `$3`, outside quoted text and identifiers.
    static func numbered(_ sql: String) -> String {
        var out = ""
        var n = 0
        var quote: Character?
        var chars = sql.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if let q = quote {
                if c == q { quote = nil }
                out.append(c)
            } else if c == "'" || c == "\"" {
                quote = c
                out.append(c)
            } else if c == "?" {
                var digits = ""
                while let d = chars.next() {
                    if d.isASCII && d.isNumber { digits.append(d) } else { pending = d; break }
                }
                // As SQLite numbers them: a plain "?" is one past the largest number used so far.
                if digits.isEmpty { n += 1; digits = String(n) } else { n = max(n, Int(digits) ?? n) }
                out += "$" + digits
            } else {
                out.append(c)
            }
        }
        return out
    }
}
