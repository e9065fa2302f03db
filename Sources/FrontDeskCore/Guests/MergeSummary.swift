/// What a merge moved from the absorbed profile to the survivor.
public struct MergeSummary: Sendable, Equatable, Codable, CustomStringConvertible {
    public var survivorID: Int64
    public var absorbedID: Int64
    public var preferences: Int
    public var stays: Int
    public var complaints: Int
    public var traces: Int = 0
    /// Flag history rows (set and cleared).
    public var flags: Int
    public var questions: Int
    public var drafts: Int
    /// Drafts an associate had for both profiles, of one category: joined into one with both texts.
    public var draftsJoined: Int
    /// Such drafts that could not be joined (not the same but for their words, or too long): kept, and
    /// offered on the survivor once its own draft is saved or dropped.
    public var draftsLeft: Int
    /// Details the survivor lacked and took from the absorbed profile ("e-mail", "VIP level").
    public var detailsTaken: [String]

    public init(survivorID: Int64, absorbedID: Int64, preferences: Int = 0, stays: Int = 0, complaints: Int = 0,
                flags: Int = 0, questions: Int = 0, drafts: Int = 0, draftsJoined: Int = 0, draftsLeft: Int = 0,
                detailsTaken: [String] = []) {
        self.survivorID = survivorID
        self.absorbedID = absorbedID
        self.preferences = preferences
        self.stays = stays
        self.complaints = complaints
        self.flags = flags
        self.questions = questions
        self.drafts = drafts
        self.draftsJoined = draftsJoined
        self.draftsLeft = draftsLeft
        self.detailsTaken = detailsTaken
    }

    /// "2 preferences, 1 stay, 1 complaint": what the audit trail and the command line say moved.
    public var description: String {
        let counts = [(preferences, "preference"), (stays, "stay"), (complaints, "complaint"), (traces, "trace"),
                      (flags, "flag change"),
                      (questions, "question asked"), (drafts, "draft")]
        var moved = counts.filter { $0.0 > 0 }.map { Self.count($0.0, $0.1) }.joined(separator: ", ")
        if moved.isEmpty { moved = "nothing to move" }
        if draftsJoined > 0 { moved += "; \(Self.count(draftsJoined, "draft")) joined to the same associate's draft" }
        if draftsLeft > 0 { moved += "; \(Self.count(draftsLeft, "draft")) kept apart, offered after the survivor's" }
        if !detailsTaken.isEmpty { moved += "; took \(detailsTaken.joined(separator: ", ")) from guest #\(absorbedID)" }
        return moved
    }

    static func count(_ n: Int, _ noun: String) -> String {
        let plural = noun == "question asked" ? "questions asked" : noun + "s"
        return "\(n) \(n == 1 ? noun : plural)"
    }
}
