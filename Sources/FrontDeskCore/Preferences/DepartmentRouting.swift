/// Which department acts on a note, by its words: "room cleaned only after 2pm" is housekeeping's
/// whatever category it was filed under, "late checkout" the front office's, "the TV remote is
/// broken" maintenance's. Only the standard departments are guessed; a property's own are chosen.
public enum DepartmentRouting {
    static let stems: [(Department, [String])] = [
        (.housekeeping, ["clean", "housekeep", "turndown", "turn down", "towel", "linen", "sheet", "pillow", "duvet",
                         "blanket", "mattress", "topper", "extra bed", "cot", "crib", "robe", "bathrobe", "slipper",
                         "toiletr", "shampoo", "hanger", "iron", "do not disturb", "make up", "feather", "foam",
                         "laundry", "minibar", "mini bar", "fridge", "vacuum", "hoover"]),
        (.frontOffice, ["checkout", "check out", "late check", "early check", "check in", "checkin", "invoice", "bill",
                        "receipt", "wake up", "wake", "key card", "upgrade", "connecting", "adjoining", "floor",
                        "quiet", "lift", "elevator", "away from", "newspaper", "room move", "room change"]),
        (.foodAndBeverage, ["breakfast", "lunch", "dinner", "room service", "wine", "champagne", "coffee", "tea",
                            "espresso", "juice", "milk", "cake", "menu", "meal", "food", "vegetarian", "vegan",
                            "halal", "kosher", "gluten", "nut", "peanut", "dairy", "lactose", "shellfish", "drink",
                            "restaurant", "bar"]),
        (.maintenance, ["broken", "broke", "leak", "repair", "fix", "not working", "doesn t work", "does not work",
                        "faulty", "air con", "aircon", "air conditioning", "heating", "heater", "thermostat", "tv",
                        "television", "remote", "bulb", "socket", "plug", "shower", "toilet", "drain", "tap",
                        "faucet", "lock", "safe", "curtain"]),
        (.concierge, ["taxi", "car", "limo", "limousine", "airport", "transfer", "pick up", "pickup", "chauffeur",
                      "driver", "valet", "parking", "ticket", "theatre", "theater", "tour", "table at", "booking",
                      "flowers", "florist", "babysit", "luggage"]),
    ]

    /// The department the words point to, or nil when no word gives a hint.
    public static func suggest(for text: String) -> Department? {
        best(WordHints(text), preferring: nil)
    }

    /// The department that acts on a preference: the one its words point to, else its category's.
    public static func department(for category: PreferenceCategory, detail: String) -> Department {
        best(WordHints(detail), preferring: category.department) ?? category.department
    }

    /// The highest score; on a tie, the preferred department if it is among the best.
    private static func best(_ hints: WordHints, preferring preferred: Department?) -> Department? {
        let scored = stems.map { ($0.0, hints.score($0.1)) }.filter { $0.1 > 0 }
        guard let top = scored.map(\.1).max() else { return nil }
        let best = scored.filter { $0.1 == top }.map(\.0)
        return best.first { $0 == preferred } ?? best.first
    }
}
