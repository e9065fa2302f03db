/// Suggests a pad category from the words an associate types ("feather pillow" → bedding).
public enum CategorySuggester {
    /// Word stems per category; a stem matches the start of a folded word.
    static let stems: [(PreferenceCategory, [String])] = [
        (.allergy, ["allerg", "nut", "peanut", "almond", "hazelnut", "cashew", "walnut", "pistachio",
                    "gluten", "coeliac", "celiac", "shellfish", "prawn", "shrimp", "lobster", "lactose",
                    "dairy", "egg", "sesame", "soy", "penicillin", "latex", "anaphyla", "epipen", "feather allerg",
                    "hypoallergen", "bee sting", "wasp"]),
        (.dietary, ["vegetarian", "vegan", "halal", "kosher", "pescatarian", "diabet", "sugar", "salt",
                    "low carb", "keto", "no pork", "no beef", "breakfast", "diet", "meal", "food"]),
        (.bedding, ["pillow", "duvet", "blanket", "mattress", "sheet", "bed", "king", "twin", "bedding", "cot", "crib",
                    "topper", "linen", "feather", "foam"]),
        (.room, ["floor", "view", "quiet", "elevator", "lift", "corner", "suite", "connecting", "balcony",
                 "smoking", "non smoking", "accessible", "wheelchair", "room", "away from", "high", "low",
                 "ocean", "sea", "garden", "city", "courtyard", "bathtub", "shower"]),
        (.temperature, ["temperature", "cold", "warm", "heat", "air con", "aircon", "ac ", "degree",
                        "fan", "cool", "window open"]),
        (.amenities, ["robe", "bathrobe", "slipper", "toiletr", "shampoo", "towel", "iron", "hair dryer", "hairdryer",
                      "adapter", "charger", "yoga", "mat", "desk", "lamp", "humidifier", "scale"]),
        (.minibar, ["minibar", "mini bar", "fridge", "snack", "chocolate", "empty bar"]),
        (.beverage, ["coffee", "tea", "espresso", "water", "sparkling", "still", "wine", "champagne",
                     "beer", "juice", "milk", "whisky", "whiskey", "cola", "decaf"]),
        (.newspaper, ["newspaper", "paper", "times", "journal", "gazette", "zeitung", "le monde",
                      "financial", "magazine"]),
        (.wakeUp, ["wake", "alarm", "morning call"]),
        (.transport, ["car", "taxi", "limo", "airport", "pick up", "pickup", "transfer", "parking",
                      "chauffeur", "driver", "valet"]),
        (.health, ["diabet", "insulin", "pregnan", "medication", "medical", "wheelchair user", "hearing", "deaf",
                   "blind", "heart", "asthma", "epilep", "dialysis", "oxygen", "disabilit"]),
        (.religion, ["prayer", "pray", "qibla", "sabbath", "shabbat", "bible", "quran", "koran", "ramadan",
                     "fasting", "church", "mosque", "synagogue", "temple"]),
        (.sobriety, ["sober", "sobriety", "alcohol free", "no alcohol", "recovering", "teetotal", "aa meeting", "alcoholic",
                     "alcoholism", "in recovery"]),
        (.celebration, ["birthday", "anniversary", "honeymoon", "celebrat", "flowers", "cake", "proposal"]),
    ]

    /// The best category for the text, or nil when no word gives a hint.
    public static func suggest(for text: String) -> PreferenceCategory? {
        let hints = WordHints(text)
        var best: (category: PreferenceCategory, score: Int)?
        for (category, stems) in stems {
            var score = hints.score(stems)
            // "no nuts", "allergic to": negation next to a food word means an allergy, not a taste.
            if category == .allergy && score > 0 && (hints.folded.contains(" no ") || hints.folded.contains(" allerg")) {
                score += 2
            }
            // A sensitive fact wins a tie: better asked for consent once too often than kept without it.
            if category.isSensitive && score > 0 { score += 1 }
            if score > 0 && score > (best?.score ?? 0) { best = (category, score) }
        }
        return best?.category
    }
}
