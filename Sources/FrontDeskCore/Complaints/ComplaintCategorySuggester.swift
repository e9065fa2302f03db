/// Suggests a complaint's category from what happened ("the TV remote is broken" → maintenance),
/// so the form is right without a key more most of the time; the associate can always change it.
public enum ComplaintCategorySuggester {
    static let stems: [(ComplaintCategory, [String])] = [
        (.noise, ["noise", "noisy", "loud", "party", "music", "shout", "scream", "construction", "drilling", "snor",
                  "door slam", "neighbour", "neighbor", "bark", "hear"]),
        (.housekeeping, ["dirty", "clean", "towel", "sheet", "dust", "hair", "stain", "housekeep", "linen", "not made",
                         "smell", "smelly", "bin", "trash", "rubbish", "cockroach", "bug", "insect"]),
        (.maintenance, ["broken", "broke", "leak", "repair", "fix", "not working", "does not work", "doesn t work", "faulty",
                        "tv", "television", "remote", "air con", "aircon", "air conditioning", "heating", "heater", "shower",
                        "toilet", "drain", "tap", "light", "bulb", "lift", "elevator", "wifi", "internet", "lock", "safe",
                        "hot water", "no water", "power", "socket"]),
        (.foodAndBeverage, ["breakfast", "dinner", "lunch", "food", "meal", "restaurant", "bar", "room service", "coffee",
                            "tea", "wine", "waiter", "menu", "order", "drink", "buffet", "undercooked", "overcooked"]),
        (.billing, ["bill", "charge", "charged", "invoice", "price", "refund", "overcharg", "payment", "card", "deposit",
                    "paid", "receipt", "rate"]),
        (.staff, ["rude", "staff", "reception", "receptionist", "waited", "unfriendly", "manager", "attitude", "ignored",
                  "impolite"]),
        (.room, ["room", "view", "bed", "small", "smoke", "smoking", "floor", "window", "balcony", "upgrade"]),
    ]

    /// The category the words point to, or nil when none does.
    public static func suggest(for text: String) -> ComplaintCategory? {
        let hints = WordHints(text)
        var best: (category: ComplaintCategory, score: Int)?
        for (category, stems) in stems {
            let score = hints.score(stems)
            if score > 0 && score > (best?.score ?? 0) { best = (category, score) }
        }
        return best?.category
    }
}
