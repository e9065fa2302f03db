import CNCursesW
import FrontDeskUI

/// How each style role is drawn on this terminal: curses attributes and a colour pair.
/// One pair per role, from the theme. Without colours (or with too few pairs) only the
/// attributes remain, and a role that relied on a background colour is shown in reverse.
struct RolePens {
    struct Pen {
        var attributes: attr_t
        var pair: Int16
    }

    private var pens: [StyleRole: Pen] = [:]

    subscript(role: StyleRole) -> Pen {
        pens[role] ?? Pen(attributes: fd_a_normal(), pair: 0)
    }

    /// Starts colour on the current curses screen if it has any, and defines the pairs.
    static func install(theme: Theme) -> RolePens {
        let roles = StyleRole.allCases
        var colours = 0
        var defaultColours = false
        if has_colors() {
            start_color()
            defaultColours = use_default_colors() == OK
            if fd_colors() >= 8 && Int(fd_color_pairs()) > roles.count {
                colours = Int(fd_colors())
            }
        }
        var result = RolePens()
        for (index, role) in roles.enumerated() {
            var style = theme.style(for: role)
            var pair: Int16 = 0
            if colours > 0 {
                let plan = plan(style, colours: colours, defaultColours: defaultColours)
                style.attributes = plan.attributes
                pair = Int16(index + 1)
                init_pair(pair, Int16(plan.foreground), Int16(plan.background))
            } else if style.background != .terminalDefault && !style.attributes.contains(.reverse) {
                style.attributes.insert(.reverse)
            }
            result.pens[role] = Pen(attributes: curses(style.attributes), pair: pair)
        }
        return result
    }

    /// Foreground and background indexes (-1: the terminal's default) for a terminal with
    /// `colours` colours, and the attributes to draw with.
    static func plan(_ style: Style, colours: Int, defaultColours: Bool)
        -> (foreground: Int, background: Int, attributes: Set<TextAttribute>) {
        var attributes = style.attributes
        func index(_ colour: TerminalColor, fallback: Int) -> Int {
            switch colour {
            case .terminalDefault: return defaultColours ? -1 : fallback
            case .indexed(let n): return ColorReduction.reduce(n, available: colours)
            }
        }
        var foreground = index(style.foreground, fallback: 7)
        let background = index(style.background, fallback: 0)
        // On an 8-colour terminal a bright foreground is the plain colour in bold, as terminals have always shown it.
        if colours < 16, case .indexed(let n) = style.foreground, (8..<16).contains(n) {
            attributes.insert(.bold)
        }
        // Two different colours that fold into one would hide the text: pick a readable foreground.
        if foreground == background, foreground >= 0, style.foreground != style.background {
            foreground = ColorReduction.isLight(background) ? 0 : 7
        }
        return (foreground, background, attributes)
    }

    private static func curses(_ attributes: Set<TextAttribute>) -> attr_t {
        var bits = fd_a_normal()
        for attribute in attributes {
            switch attribute {
            case .bold: bits |= fd_a_bold()
            case .underline: bits |= fd_a_underline()
            case .reverse: bits |= fd_a_reverse()
            case .dim: bits |= fd_a_dim()
            }
        }
        return bits
    }
}
