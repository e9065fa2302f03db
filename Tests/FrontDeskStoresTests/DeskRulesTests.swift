import Foundation
import FrontDeskCore
import FrontDeskStores
import Testing

/// The Desk's rules over a real store: who may do what is decided there, and every refusal is kept.
@Suite struct DeskRulesTests {
    struct NoPINs: PinHashing {
        func hash(_ pin: String) throws -> String { "plain$" + pin }
        func hash(_ pin: String, setting: String?) -> String? { setting.map { $0 + "$" + pin } }
    }

    let store: FrontDeskStore
    let admin = Actor(login: "root", property: "LIS")

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-desk-\(UUID().uuidString).sqlite").path
        store = try Stores.open(.file(path), StoreOpeningOptions(create: true))
        try store.addStaff(StaffMember(login: "root", displayName: "Root", role: .administrator, homeProperty: "LIS"), by: admin)
    }

    func desk(_ login: String, _ role: Role, disabled: Bool = false) -> Desk {
        Desk(store: store, member: StaffMember(login: login, displayName: login, role: role, homeProperty: "LIS", isDisabled: disabled),
             actor: Actor(login: login, property: "LIS"), pins: NoPINs())
    }

    func refusals(_ login: String) throws -> [AuditEntry] {
        try store.auditTrail(login: login, since: nil, limit: 50).filter(\.refused)
    }

    /// The open setup of a database without staff ends the moment its first member exists,
    /// added anywhere: the setup desk's next action is refused, not only the next sign-in.
    @Test func aSetupDeskEndsTheMomentStaffExist() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-setup-\(UUID().uuidString).sqlite").path
        let empty = try Stores.open(.file(path), StoreOpeningOptions(create: true))
        let setup = try SignIn.desk(empty, SignIn.Request(login: "it", property: "LIS", terminal: "t1"), pins: NoPINs())
        _ = try setup.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        try empty.addStaff(StaffMember(login: "ana", displayName: "Ana", role: .administrator, homeProperty: "LIS"),
                           by: Actor(login: "other", property: "LIS"))
        #expect(throws: FrontDeskError.self) { try setup.addGuest(NewGuest(givenName: "Bo", familyName: "Ek")) }
        #expect(throws: FrontDeskError.self) { try setup.addStaff(login: "eve", name: "Eve", role: .administrator) }
        #expect(try setup.setupHasEnded && empty.staffMember(login: "eve") == nil)
        #expect(try empty.guestCount() == 1)
    }

    /// A sensitive note kept without the guest's consent lasts a day; with consent it stays.
    @Test func anUnconsentedSensitiveDraftLastsADay() throws {
        let start = Date()
        func desk(at time: Date) -> Desk {
            Desk(store: store, member: StaffMember(login: "ana", displayName: "Ana", role: .associate, homeProperty: "LIS"),
                 actor: Actor(login: "ana", property: "LIS"), pins: NoPINs(), clock: { time })
        }
        let guest = try desk(at: start).addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        let other = try desk(at: start).addGuest(NewGuest(givenName: "Bo", familyName: "Ek"))
        try desk(at: start).keepDraft(NewPreference(guestID: guest, category: .health, detail: "diabetic, asked us"))
        try desk(at: start).keepDraft(NewPreference(guestID: other, category: .health, detail: "wheelchair", consent: true))
        #expect(try desk(at: start.addingTimeInterval(23 * 3600)).draft(for: guest) != nil, "the same day, it waits")
        let nextDay = desk(at: start.addingTimeInterval(25 * 3600))
        #expect(try nextDay.expireUnconsentedDrafts() == 1)
        #expect(try store.draft(login: "ana", guestID: guest) == nil, "gone from the database, not only from view")
        #expect(try nextDay.draft(for: other)?.preference.detail == "wheelchair", "the guest agreed: it is kept")
    }

    /// Sensitive facts given out on request are on the audit trail, as is a request refused.
    @Test func askingForSensitiveFactsIsAudited() throws {
        let coordinator = desk("cora", .coordinator)
        let guest = try coordinator.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        _ = try coordinator.profile(guest, sensitive: .included)
        #expect(throws: FrontDeskError.self) { try desk("ana", .associate).profile(guest, sensitive: .included) }
        let trail = try store.auditTrail(login: nil, since: nil, limit: 50)
        #expect(trail.contains { $0.login == "cora" && $0.action == "export sensitive" && !$0.refused && $0.detail == "sensitive facts shown" })
        #expect(trail.contains { $0.login == "ana" && $0.action == "export sensitive" && $0.refused })
    }

    /// A purge erases the guests with no stay ending in the period, and no one who has one.
    @Test func aPurgeErasesOnlyTheGuestsNotSeenForThePeriod() throws {
        let later = Date().addingTimeInterval(500 * 86_400)
        let admin = Desk(store: store, member: StaffMember(login: "root", displayName: "Root", role: .administrator, homeProperty: "LIS"),
                         actor: Actor(login: "root", property: "LIS"), pins: NoPINs(), clock: { later })
        let ana = desk("ana", .associate)
        let gone = try ana.addGuest(NewGuest(givenName: "Olive", familyName: "Oldcastle"))
        let lapsed = try ana.addGuest(NewGuest(givenName: "Lapsed", familyName: "Lee"))
        _ = try ana.addStay(for: lapsed, room: "1", arrival: Day("2026-01-01")!, departure: Day("2026-01-03")!, status: .departed)
        let coming = try ana.addGuest(NewGuest(givenName: "Cora", familyName: "Coming"))
        _ = try ana.addStay(for: coming, room: "2", arrival: Day(later).adding(days: -10), departure: Day(later).adding(days: 2), status: .reserved)
        #expect(try admin.purgeInactive(days: 400, dryRun: true).sorted() == [gone, lapsed].sorted())
        #expect(try store.guest(id: gone)?.familyName == "Oldcastle", "a dry run erases nobody")
        #expect(try admin.purgeInactive(days: 400, dryRun: false).count == 2)
        #expect(try store.guest(id: gone)?.familyName == "(erased)" && store.guest(id: lapsed)?.familyName == "(erased)")
        #expect(try store.guest(id: coming)?.familyName == "Coming")
        #expect(throws: FrontDeskError.self) { try ana.purgeInactive(days: 400, dryRun: true) }
    }

    /// A guest's record holds the unfinished notes and complaint forms about them too.
    @Test func aGuestsRecordHoldsTheUnfinishedNotesAboutThem() throws {
        let ana = desk("ana", .associate)
        let guest = try ana.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        try ana.keepDraft(NewPreference(guestID: guest, category: .room, detail: "Quiet room"))
        try ana.keepComplaintDraft(ComplaintDraft(summary: "Cold shower", category: .maintenance, categoryChosenByHand: false,
                                                  severity: .medium, immediateAction: "", amount: "", kind: .roomCredit), for: guest)
        let record = try desk("sue", .supervisor).subjectRecord(guest)
        #expect(record.drafts.map(\.preference.detail) == ["Quiet room"])
        #expect(record.complaintDrafts.map(\.draft.summary) == ["Cold shower"] && record.complaintDrafts.first?.login == "ana")
        #expect(throws: FrontDeskError.self) { try ana.subjectRecord(guest) }

        // A profile merged into this one comes with it, as it was kept.
        let twice = try ana.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@old.example"))
        _ = try store.mergeGuests(survivor: guest, absorbed: twice, by: Actor(login: "sue", property: "LIS"))
        let merged = try desk("sue", .supervisor).subjectRecord(guest)
        #expect(merged.mergedProfiles.map(\.guest.email) == ["ana@old.example"])
        #expect(merged.audit.contains { $0.subject == "guest #\(twice)" })
    }

    @Test func disabledStaffMayDoNothingAndEveryTryIsKept() throws {
        let guest = try desk("ana", .associate).addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        let gone = desk("old", .supervisor, disabled: true)
        #expect(throws: FrontDeskError.self) { try gone.addGuest(NewGuest(givenName: "Ben", familyName: "Okafor")) }
        #expect(throws: FrontDeskError.self) { try gone.recordPreference(NewPreference(guestID: guest, category: .room, detail: "High floor"),
                                                                         ifAlreadyOnFile: .ask) }
        #expect(throws: FrontDeskError.self) { try gone.setFlag(.problematic, on: guest, reason: "rude") }
        #expect(try refusals("old").count == 3)
        #expect(try store.guestCount() == 1 && store.profile(guestID: guest)?.preferences.isEmpty == true)
    }

    @Test func aSensitiveFactIsChangedOnlyByThoseWhoMaySeeIt() throws {
        let coordinator = desk("cora", .coordinator)
        let guest = try coordinator.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        guard case .recorded(let id) = try coordinator.recordPreference(
            NewPreference(guestID: guest, category: .health, detail: "Insulin in the fridge", consent: true), ifAlreadyOnFile: .ask)
        else { Issue.record("not recorded"); return }
        let associate = desk("ana", .associate)
        #expect(throws: FrontDeskError.self) { try associate.retirePreference(id, reason: "gone") }
        #expect(try refusals("ana").map(\.action) == ["retire preference"])
        #expect(try associate.profile(guest).preferences.isEmpty && associate.profile(guest).hiddenSensitive == 1,
                "the associate is told something is kept, not what")
        try coordinator.retirePreference(id, reason: "no longer needed")
    }

    @Test func guessesAtASupervisorsPINLockItWhereverTheyAreTyped() throws {
        try store.addStaff(StaffMember(login: "sue", displayName: "Sue", role: .supervisor, homeProperty: "LIS"), by: admin)
        try store.setPinHash(login: "sue", hash: try NoPINs().hash("246813"), by: admin)
        let guest = try desk("ana", .associate).addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        let offer = NewComplaint(guestID: guest, category: .billing, summary: "Charged twice",
                                 compensation: Compensation(amountMinor: 90_000, currency: "EUR", kind: .refund))
        for (i, login) in ["ana", "bo", "cy", "ana", "bo"].enumerated() {
            #expect(throws: FrontDeskError.notPermitted("that supervisor login and PIN do not match"), "guess \(i)") {
                try desk(login, .associate).logComplaint(offer, approval: Desk.Approval(login: "sue", pin: "000\(i)"))
            }
        }
        #expect(throws: FrontDeskError.self) {
            try desk("dee", .associate).logComplaint(offer, approval: Desk.Approval(login: "sue", pin: "246813"))
        }
        #expect(try store.complaints(guestID: guest).isEmpty, "locked: even the right PIN waits")
    }
}

@Suite struct SearchMarkTests {
    /// A "!" that stands only for a sensitive fact is not shown to whom the profile would not show it.
    @Test func aMarkForASensitiveFactOnlyIsForThoseWhoMaySeeIt() throws {
        let rules = try DeskRulesTests()
        let coordinator = rules.desk("cora", .coordinator)
        let guest = try coordinator.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        _ = try coordinator.recordPreference(NewPreference(guestID: guest, category: .health, detail: "Epilepsy: no strobe",
                                                           isCritical: true, consent: true), ifAlreadyOnFile: .ask)
        #expect(try coordinator.search("lima", limit: 5).results.first?.hasAlert == true)
        #expect(try rules.desk("ana", .associate).search("lima", limit: 5).results.first?.hasAlert == false)
        _ = try coordinator.recordPreference(NewPreference(guestID: guest, category: .allergy, detail: "Nuts"), ifAlreadyOnFile: .ask)
        #expect(try rules.desk("ana", .associate).search("lima", limit: 5).results.first?.hasAlert == true, "an allergy is for everyone")
    }
}
