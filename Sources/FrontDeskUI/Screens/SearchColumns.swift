/// Column positions of the result list, from the screen width. The list shows what the desk
/// needs to pick the right guest (name, VIP level, room, alert mark) and no more: every
/// changed cell travels over SSH on each keystroke.
struct SearchColumns {
    let name: Int, vip = 11, room = 6
    let vipColumn: Int, roomColumn: Int

    init(width: Int) {
        name = max(20, width - 3 - vip - room - 3)
        vipColumn = 3 + name + 1
        roomColumn = vipColumn + vip + 1
    }
}
