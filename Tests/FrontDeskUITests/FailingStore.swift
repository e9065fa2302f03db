import Foundation
import FrontDeskCore

/// A store that fails on demand, for the console's tests: every write throws `failure` while it is
/// set (a file locked by another program, a full disk, a read-only file), and reads go on, as they
/// do on a real store in that state. Everything else goes to the real store underneath.
final class FailingStore: FrontDeskStore {
    let real: FrontDeskStore
    /// What every write throws while set.
    var failure: FrontDeskError?
    /// The server went away: writes fail as a lost PostgreSQL connection makes them, and the change
    /// token cannot be read. Coming back counts as a change, as a reconnection does.
    var unreachable = false {
        didSet {
            failure = unreachable ? .unavailable("\(real.location) cannot be reached, so nothing was saved: try again in a moment") : nil
            if !unreachable { reconnections += 1 }
        }
    }
    private var reconnections: Int64 = 0

    init(_ real: FrontDeskStore) { self.real = real }

    static func busy(_ path: String) -> FrontDeskError {
        .unavailable("\(path) is busy with another program; try again in a moment")
    }
    static func full(_ path: String) -> FrontDeskError { .unavailable("\(path) cannot grow: the disk is full; nothing was saved") }
    static func readOnly(_ path: String) -> FrontDeskError {
        .notPermitted("\(path) is read-only for this user: nothing can be saved there")
    }

    private func write<T>(_ body: () throws -> T) throws -> T {
        if let failure { throw failure }
        return try body()
    }

    // Guests, stays, preferences, drafts
    func addGuest(_ guest: NewGuest, by actor: Actor) throws -> Int64 { try write { try real.addGuest(guest, by: actor) } }
    func guest(id: Int64) throws -> Guest? { try real.guest(id: id) }
    func guestID(externalID: String) throws -> Int64? { try real.guestID(externalID: externalID) }
    func guestPage(after: Int64, limit: Int) throws -> [Guest] { try real.guestPage(after: after, limit: limit) }
    func mergedProfiles(of guestID: Int64) throws -> [MergedProfile] { try real.mergedProfiles(of: guestID) }
    func eraseGuests(ids: [Int64], reason: String, by actor: Actor) throws -> Int { try write { try real.eraseGuests(ids: ids, reason: reason, by: actor) } }
    func isErased(guestID: Int64) throws -> Bool { try real.isErased(guestID: guestID) }
    func inactiveGuests(noStayEndingSince day: Day, createdBefore: Date) throws -> [Int64] { try real.inactiveGuests(noStayEndingSince: day, createdBefore: createdBefore) }
    func drafts(guestID: Int64) throws -> [Draft] { try real.drafts(guestID: guestID) }
    func complaintDrafts(guestID: Int64) throws -> [(login: String, draft: ComplaintDraft)] { try real.complaintDrafts(guestID: guestID) }
    func auditTrail(subjects: [String]) throws -> [AuditEntry] { try real.auditTrail(subjects: subjects) }
    func guests(ids: [Int64]) throws -> [Int64: Guest] { try real.guests(ids: ids) }
    func guestCount() throws -> Int { try real.guestCount() }
    func updateGuest(id: Int64, from base: NewGuest, to edited: NewGuest, by actor: Actor) throws -> [GuestChange] {
        try write { try real.updateGuest(id: id, from: base, to: edited, by: actor) }
    }
    func retireGuest(id: Int64, reason: String, by actor: Actor) throws { try write { try real.retireGuest(id: id, reason: reason, by: actor) } }
    func reinstateGuest(id: Int64, reason: String, by actor: Actor) throws {
        try write { try real.reinstateGuest(id: id, reason: reason, by: actor) }
    }
    func searchGuests(_ query: String, limit: Int) throws -> GuestSearchOutcome { try real.searchGuests(query, limit: limit) }
    func inHouseGuests(property: String, limit: Int) throws -> [GuestSearchResult] { try real.inHouseGuests(property: property, limit: limit) }
    func profiles(guestIDs: [Int64]) throws -> [Int64: GuestProfile] { try real.profiles(guestIDs: guestIDs) }
    func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus, revenueMinor: Int64,
                 by actor: Actor) throws -> Int64 {
        try write { try real.addStay(guestID: guestID, room: room, arrival: arrival, departure: departure, status: status,
                                     revenueMinor: revenueMinor, by: actor) }
    }
    func stays(guestIDs: [Int64]) throws -> [Int64: [Stay]] { try real.stays(guestIDs: guestIDs) }
    func recordPreference(_ preference: NewPreference, by actor: Actor) throws -> Int64 {
        try write { try real.recordPreference(preference, by: actor) }
    }
    func confirmPreference(id: Int64, by actor: Actor) throws { try write { try real.confirmPreference(id: id, by: actor) } }
    func retirePreference(id: Int64, reason: String, by actor: Actor) throws {
        try write { try real.retirePreference(id: id, reason: reason, by: actor) }
    }
    func preference(id: Int64) throws -> Preference? { try real.preference(id: id) }
    func saveDraft(_ draft: Draft) throws { try write { try real.saveDraft(draft) } }
    func draft(login: String, guestID: Int64) throws -> Draft? { try real.draft(login: login, guestID: guestID) }
    func discardDraft(login: String, guestID: Int64) throws { try write { try real.discardDraft(login: login, guestID: guestID) } }
    func discardDrafts(savedBefore cutoff: Date, where expired: (Draft) -> Bool) throws -> Int {
        try write { try real.discardDrafts(savedBefore: cutoff, where: expired) }
    }
    func saveComplaintDraft(_ draft: ComplaintDraft, login: String, guestID: Int64, savedAt: Date) throws {
        try write { try real.saveComplaintDraft(draft, login: login, guestID: guestID, savedAt: savedAt) }
    }
    func complaintDraft(login: String, guestID: Int64) throws -> ComplaintDraft? { try real.complaintDraft(login: login, guestID: guestID) }
    func discardComplaintDraft(login: String, guestID: Int64) throws {
        try write { try real.discardComplaintDraft(login: login, guestID: guestID) }
    }
    func changeToken() throws -> Int64 {
        if unreachable, let failure { throw failure }
        return try real.changeToken() + reconnections << 40
    }

    // Traces and departments
    func addTrace(_ trace: NewTrace, by actor: Actor) throws -> Trace { try write { try real.addTrace(trace, by: actor) } }
    func trace(id: Int64) throws -> Trace? { try real.trace(id: id) }
    func traces(_ query: TraceQuery) throws -> [Trace] { try real.traces(query) }
    func markTraceDone(id: Int64, by actor: Actor) throws -> Trace { try write { try real.markTraceDone(id: id, by: actor) } }
    func departmentCatalog(property: String) throws -> DepartmentCatalog { try real.departmentCatalog(property: property) }
    func setDepartment(_ department: Department, label: String, property: String, by actor: Actor) throws {
        try write { try real.setDepartment(department, label: label, property: property, by: actor) }
    }

    // Complaints
    func logComplaint(_ complaint: NewComplaint, policy: FollowUpPolicy, by actor: Actor) throws -> Complaint {
        try write { try real.logComplaint(complaint, policy: policy, by: actor) }
    }
    func complaint(id: Int64) throws -> Complaint? { try real.complaint(id: id) }
    func entries(complaintID: Int64) throws -> [ComplaintEntry] { try real.entries(complaintID: complaintID) }
    func addEntry(complaintID: Int64, kind: ComplaintEntryKind, text: String, newOwner: String?, compensation: Compensation?,
                  policy: FollowUpPolicy, by actor: Actor, authorize: (Complaint) throws -> Void) throws -> Complaint {
        try write { try real.addEntry(complaintID: complaintID, kind: kind, text: text, newOwner: newOwner, compensation: compensation,
                                      policy: policy, by: actor, authorize: authorize) }
    }
    func complaints(property: String?, statuses: Set<ComplaintStatus>?, owner: String?) throws -> [Complaint] {
        try real.complaints(property: property, statuses: statuses, owner: owner)
    }
    func complaints(guestIDs: [Int64]) throws -> [Int64: [Complaint]] { try real.complaints(guestIDs: guestIDs) }
    func openComplaintCounts(guestIDs: [Int64]) throws -> [Int64: Int] { try real.openComplaintCounts(guestIDs: guestIDs) }

    // Recognition
    func recognitionActivity(property: String, from: Day, to: Day, since: Date, until: Date) throws -> RecognitionActivity {
        try real.recognitionActivity(property: property, from: from, to: to, since: since, until: until)
    }
    func stay(id: Int64) throws -> Stay? { try real.stay(id: id) }
    func setStayStatus(stayID: Int64, to status: StayStatus, revenueMinor: Int64?, by actor: Actor) throws -> Stay {
        try write { try real.setStayStatus(stayID: stayID, to: status, revenueMinor: revenueMinor, by: actor) }
    }
    func arrivingStays(property: String, on day: Day) throws -> [Stay] { try real.arrivingStays(property: property, on: day) }
    func reviewArrival(stayID: Int64, by actor: Actor) throws { try write { try real.reviewArrival(stayID: stayID, by: actor) } }
    func arrivalReviews(stayIDs: [Int64]) throws -> [Int64: ArrivalReview] { try real.arrivalReviews(stayIDs: stayIDs) }
    func setFlag(_ kind: GuestFlagKind, guestID: Int64, reason: String, by actor: Actor) throws {
        try write { try real.setFlag(kind, guestID: guestID, reason: reason, by: actor) }
    }
    func clearFlag(_ kind: GuestFlagKind, guestID: Int64, reason: String, by actor: Actor) throws {
        try write { try real.clearFlag(kind, guestID: guestID, reason: reason, by: actor) }
    }
    func recordQuestionAsked(guestID: Int64, category: PreferenceCategory, by actor: Actor) throws {
        try write { try real.recordQuestionAsked(guestID: guestID, category: category, by: actor) }
    }
    func recognitionSettings(property: String) throws -> RecognitionSettings { try real.recognitionSettings(property: property) }
    func setRecognitionOption(_ name: String, value: String, property: String, by actor: Actor) throws {
        try write { try real.setRecognitionOption(name, value: value, property: property, by: actor) }
    }

    // Merging, VIP levels, settings, staff, audit
    func duplicateCandidates(limit: Int) throws -> [DuplicateMatch] { try real.duplicateCandidates(limit: limit) }
    func duplicates(of guestID: Int64) throws -> [DuplicateMatch] { try real.duplicates(of: guestID) }
    func mergeGuests(survivor: Int64, absorbed: Int64, by actor: Actor) throws -> MergeSummary {
        try write { try real.mergeGuests(survivor: survivor, absorbed: absorbed, by: actor) }
    }
    func resolvedGuestID(_ id: Int64) throws -> Int64? { try real.resolvedGuestID(id) }
    func vipCatalog() throws -> VIPCatalog { try real.vipCatalog() }
    func setVIPLevel(_ level: VIPLevelDefinition, by actor: Actor) throws { try write { try real.setVIPLevel(level, by: actor) } }
    func complaintSettings(property: String) throws -> ComplaintSettings { try real.complaintSettings(property: property) }
    func complaintSettings(property: String, at date: Date) throws -> ComplaintSettings {
        try real.complaintSettings(property: property, at: date)
    }
    func homeProperty() throws -> String? { try real.homeProperty() }
    func setHomeProperty(_ code: String, by actor: Actor) throws { try write { try real.setHomeProperty(code, by: actor) } }
    func setComplaintSettings(_ settings: ComplaintSettings, property: String, by actor: Actor) throws {
        try write { try real.setComplaintSettings(settings, property: property, by: actor) }
    }
    func addStaff(_ member: StaffMember, by actor: Actor) throws { try write { try real.addStaff(member, by: actor) } }
    func staffMember(login: String) throws -> StaffMember? { try real.staffMember(login: login) }
    func allStaff() throws -> [StaffMember] { try real.allStaff() }
    func setRole(login: String, role: Role, by actor: Actor) throws { try write { try real.setRole(login: login, role: role, by: actor) } }
    func setPinHash(login: String, hash: String, by actor: Actor) throws {
        try write { try real.setPinHash(login: login, hash: hash, by: actor) }
    }
    func pinSetting(login: String) throws -> String? { try real.pinSetting(login: login) }
    func checkPIN(login: String, hash: String?, attempts: Int, lock: TimeInterval, reason: String, by actor: Actor) throws -> PINCheck {
        try write { try real.checkPIN(login: login, hash: hash, attempts: attempts, lock: lock, reason: reason, by: actor) }
    }
    func disableStaff(login: String, by actor: Actor) throws { try write { try real.disableStaff(login: login, by: actor) } }
    func hasActiveAdministrator() throws -> Bool { try real.hasActiveAdministrator() }
    func minimumPINDigits() throws -> Int? { try real.minimumPINDigits() }
    func setMinimumPINDigits(_ digits: Int, by actor: Actor) throws { try write { try real.setMinimumPINDigits(digits, by: actor) } }
    func auditTrail(login: String?, since: Date?, property: String?, limit: Int) throws -> [AuditEntry] {
        try real.auditTrail(login: login, since: since, property: property, limit: limit)
    }
    func refusalCount(action: String, subject: String, since: Date) throws -> Int {
        try real.refusalCount(action: action, subject: subject, since: since)
    }
    func recordRefusal(action: String, subject: String, reason: String, by actor: Actor) throws {
        try write { try real.recordRefusal(action: action, subject: subject, reason: reason, by: actor) }
    }
    func recordSensitiveRead(action: String, subject: String, by actor: Actor) throws {
        try write { try real.recordSensitiveRead(action: action, subject: subject, by: actor) }
    }

    // Administration and bulk loading
    var location: String { real.location }
    func schemaVersion() throws -> Int { try real.schemaVersion() }
    var currentSchemaVersion: Int { real.currentSchemaVersion }
    func integrityCheck() throws -> [String] { try real.integrityCheck() }
    func migrate() throws -> Int { try write { try real.migrate() } }
    func grantProperty(_ code: String, role: String, by actor: Actor) throws {
        try write { try real.grantProperty(code, role: role, by: actor) }
    }
    func copy(to destination: FrontDeskStore, property: String?,
              progress: (CopyProgress) -> Void) throws -> [CopiedCount] {
        try real.copy(to: destination, property: property, progress: progress)
    }
    func close() { real.close() }
    func bulkLoad(_ body: (BulkSink) throws -> Void) throws { try write { try real.bulkLoad(body) } }
    func moveDemoStays(to today: Day, calendar: Calendar) throws -> Int {
        try write { try real.moveDemoStays(to: today, calendar: calendar) }
    }
}
