/// Column positions of the result list, from the screen width. The list shows what the desk
/// needs to pick the right guest (name and its Latin reading; why the guest is listed or what
/// tells namesakes apart; VIP level, room, alert mark) and no more: every changed cell travels
/// over SSH on each keystroke.
struct SearchColumns {
    /// What name and detail share: the list's heading spans it.
    let name: Int, detail: Int, shared: Int, vip = 11, room = 6
    let detailColumn: Int, vipColumn: Int, roomColumn: Int

    init(width: Int) {
        // Name and detail share what VIP and room leave; the name gets the larger part.
        shared = max(20, width - 3 - vip - room - 3)
        name = max(20, shared * 11 / 20)
        detail = max(0, shared - name - 1)
        detailColumn = 3 + name + 1
        vipColumn = 3 + shared + 1
        roomColumn = vipColumn + vip + 1
    }
}
