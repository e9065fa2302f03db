/// Maps xterm's 256 indexed colours onto a terminal that has fewer, by nearest RGB value,
/// a grey only ever to a grey (so `color244` becomes bright black 8 on a 16-colour terminal
/// and white 7 on an 8-colour one, never yellow).
enum ColorReduction {
    /// The index to use for `color` on a terminal with `available` colours (at least 8).
    static func reduce(_ color: Int, available: Int) -> Int {
        if color < available { return color }
        if available < 16, (8..<16).contains(color) { return color - 8 }
        let palette = available >= 16 ? Array(0..<16) : Array(0..<8)
        let greys = Set([0, 7, 8, 15])
        let candidates = palette.filter { greys.contains($0) == isGrey(color) }
        return nearest(to: color, among: candidates)
    }

    private static func isGrey(_ color: Int) -> Bool {
        let (r, g, b) = rgb(color)
        return max(r, g, b) - min(r, g, b) <= 16
    }

    /// Whether the colour is light enough that black text reads on it.
    static func isLight(_ color: Int) -> Bool {
        let (r, g, b) = rgb(color)
        return r * 299 + g * 587 + b * 114 > 128_000
    }

    /// xterm's default palette.
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            return basic[index]
        case 16..<232:
            let i = index - 16
            let level = { (v: Int) in v == 0 ? 0 : 55 + v * 40 }
            return (level(i / 36), level((i / 6) % 6), level(i % 6))
        default:
            let grey = 8 + (min(index, 255) - 232) * 10
            return (grey, grey, grey)
        }
    }

    private static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static func nearest(to color: Int, among candidates: [Int]) -> Int {
        let (r, g, b) = rgb(color)
        return candidates.min { a, c in
            distance(rgb(a), r, g, b) < distance(rgb(c), r, g, b)
        } ?? 7
    }

    private static func distance(_ p: (Int, Int, Int), _ r: Int, _ g: Int, _ b: Int) -> Int {
        let dr = p.0 - r, dg = p.1 - g, db = p.2 - b
        return dr * dr + dg * dg + db * db
    }
}
