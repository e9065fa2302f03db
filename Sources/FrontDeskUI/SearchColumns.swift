/// Column positions of the result list, from the screen width.
struct SearchColumns {
    let name: Int, vip = 11, room = 6
    let vipColumn: Int, roomColumn: Int, loyaltyColumn: Int

    init(width: Int) {
        let loyalty = 12
        name = max(20, width - 3 - vip - room - loyalty - 4)
        vipColumn = 3 + name + 1
        roomColumn = vipColumn + vip + 1
        loyaltyColumn = roomColumn + room + 1
    }
}
