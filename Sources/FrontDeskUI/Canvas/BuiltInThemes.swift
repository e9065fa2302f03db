/// The shipped themes, built into the binary so the console starts wherever it is installed or
/// copied. `Themes/*.theme` is the source: ThemeTests fails when a copy here differs, and
/// `FRONTDESK_RECORD=1 swift test --filter ThemeTests` writes this file again from them.
public enum BuiltInThemes {
    /// Each shipped theme's name and file, as it is in `Themes/`.
    public static let files: [(name: String, text: String)] = [
        ("default", ##"""
# frontdesk default theme: role  foreground  background  [attributes]
# Colours: default, black, red, green, yellow, blue, magenta, cyan, white,
# bright-NAME, color0..color255. Attributes: bold, underline, reverse, dim.
normal     default   default
title      white     blue      bold
header     cyan      default   bold
selection  black     cyan
input      default   default   underline
hint       white     blue
key        yellow    blue      bold
muted      color244  default
vip        yellow    default
alert      bright-red default
overdue    red       default   bold
error      white     red       bold
success    green     default   bold
banner     black     yellow

"""##),
        ("high-contrast", ##"""
# High contrast: bright white on black, strong colours only where they mean something.
normal     bright-white  black
title      black         bright-white  bold
header     bright-yellow black         bold underline
selection  black         bright-yellow bold
input      bright-white  black         underline
hint       black         bright-white
key        black         bright-white  bold underline
muted      white         black
vip        bright-yellow black         bold
alert      bright-white  red           bold
overdue    bright-white  red           bold
error      bright-white  red           bold
success    bright-green  black         bold
banner     black         bright-cyan   bold

"""##),
        ("monochrome", ##"""
# Monochrome: no colours at all, attributes only. Chosen when NO_COLOR is set.
normal     default  default
title      default  default  reverse bold
header     default  default  bold
selection  default  default  reverse
input      default  default  underline
hint       default  default  reverse
key        default  default  reverse bold
muted      default  default  dim
vip        default  default  bold
alert      default  default  bold underline
overdue    default  default  bold underline
error      default  default  reverse bold
success    default  default  bold
banner     default  default  reverse

"""##),
    ]

    public static var names: [String] { files.map(\.name) }

    public static func text(of name: String) -> String? {
        files.first { $0.name == name }?.text
    }
}
