import Foundation
import Testing

/// A hotel takes its guests in from its property-management system's export, in one command.
@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct ImportEndToEndTests {
    func write(_ text: String, _ name: String, in hotel: Hotel, bom: Bool = false) throws -> String {
        let path = hotel.directory.appendingPathComponent(name).path
        try ((bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)).write(to: URL(fileURLWithPath: path))
        return path
    }

    func guestCount(_ hotel: Hotel) throws -> String {
        try hotel.run(["db", "check", "--db", hotel.database], as: Hotel.osUser).output
    }

    /// An OPERA-style export with semicolons and a byte order mark, as a European spreadsheet saves it.
    static let opera = [
        "NAME_ID;TITLE;FIRST;LAST;LANGUAGE;EMAIL;PHONE;MEMBERSHIP_NO;BIRTH_DATE;VIP_CODE;ROOM_PREF",
        "100234;Ms;Zoë;Ångström-Nakamura;sv;zoe@example.com;+46 8 555 0101;FD5501;23.04.1980;gold;high floor",
        "100235;Mr;Taro;山田;ja;taro@example.jp;;;1975-01-02;;",
        #"100236;;"Ana ""Nana""";"Lima; Costa";pt;ana@example.pt;;;;;"#,
    ].joined(separator: "\r\n") + "\r\n"

    @Test func aPMSExportComesInOnceAndAgainWithoutDuplicates() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let file = try write(Self.opera, "opera.csv", in: hotel, bom: true)
        let first = try hotel.run(["import", "guests", file] + db, as: Hotel.osUser)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("Imported 3 rows from \(file): 3 added, 0 updated, 0 unchanged"))
        #expect(first.error.contains("Columns read as an OPERA-style profile export"))
        #expect(first.error.contains("Not imported: the column(s) ROOM_PREF"))
        let zoe = try hotel.run(["guests", "search", "zoe"] + db, as: Hotel.osUser).output
        #expect(zoe.contains("Zoë Ångström-Nakamura") && zoe.contains("Gold"))
        #expect(try hotel.run(["guests", "show", "1"] + db, as: Hotel.osUser).output.contains("PMS profile: 100234"))
        #expect(try hotel.run(["guests", "search", "nana"] + db, as: Hotel.osUser).output.contains("Lima; Costa"))

        // The next night's export: one e-mail changed. Nothing is added twice; the change is in the history.
        let next = try write(Self.opera.replacingOccurrences(of: "taro@example.jp", with: "taro@example.com"), "opera2.csv", in: hotel)
        let again = try hotel.run(["import", "guests", next] + db, as: Hotel.osUser)
        #expect(again.output.contains("Imported 3 rows from \(next): 0 added, 1 updated, 2 unchanged"), "\(again.output)\(again.error)")
        #expect(try guestCount(hotel).contains(" 3 guests"))
        let taro = try hotel.run(["guests", "show", "2"] + db, as: Hotel.osUser).output
        #expect(taro.contains("e-mail taro@example.jp → taro@example.com"), "\(taro)")

        // A file with only names changes only names: what the desk added stays.
        try hotel.expectOK(hotel.run(["guests", "edit", "1", "--company", "Acme"] + db, as: Hotel.osUser))
        let names = try write("NAME_ID,FIRST,LAST\n100234,Zoë,Ångström-Nakamura\n", "names.csv", in: hotel)
        #expect(try hotel.run(["import", "guests", names] + db, as: Hotel.osUser).output.contains("0 updated, 1 unchanged"))
        let kept = try hotel.run(["guests", "show", "1"] + db, as: Hotel.osUser).output
        #expect(kept.contains("E-mail: zoe@example.com") && kept.contains("Company: Acme"), "\(kept)")
    }

    /// Two PMS profiles merged at the desk: each import would write one row's details over the
    /// other's. The survivor's own row updates it; the merged profile's row is left out, and said.
    @Test func aProfileMergedAtTheDeskIsNotOverwrittenByTheOtherPMSProfile() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let twice = "NAME_ID,FIRST,LAST,EMAIL\n500,Ana,Lima,ana@example.pt\n501,Anna,Lima,anna.lima@example.com\n"
        try hotel.expectOK(hotel.run(["import", "guests", try write(twice, "twice.csv", in: hotel)] + db, as: Hotel.osUser))
        try hotel.expectOK(hotel.run(["guests", "merge", "1", "2"] + db, as: Hotel.osUser))
        let again = try hotel.run(["import", "guests", try write(twice, "again.csv", in: hotel)] + db, as: Hotel.osUser)
        #expect(again.error.contains("line 3: PMS profile 501 was merged into guest #1 with PMS profile 500: left out; merge the two in the PMS too"),
                "\(again.error)")
        #expect(again.output.contains("0 added, 0 updated, 2 unchanged"), "\(again.output)")
        let ana = try hotel.run(["guests", "show", "1"] + db, as: Hotel.osUser).output
        #expect(ana.contains("Ana Lima") && ana.contains("E-mail: ana@example.pt"), "\(ana)")
        let newer = try write(twice.replacingOccurrences(of: "ana@example.pt", with: "ana@example.com"), "newer.csv", in: hotel)
        #expect(try hotel.run(["import", "guests", newer] + db, as: Hotel.osUser).output.contains("0 added, 1 updated, 1 unchanged"),
                "the survivor's own row still updates it")
    }

    @Test func oneBadRowAndNothingIsImportedEveryProblemNamed() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        var bytes = Data("""
            id,given,family,birth-date,vip,company
            1,Ana,Lima,1980-04-23,,
            2,,,1980-04-23,,
            3,Bo,Ek,23/04/1980,,
            4,Cy,Do,,diamond,
            5,Di,
            """.utf8)
        bytes.append(contentsOf: [0x4C, 0xFF]) // not UTF-8
        bytes.append(Data(",,,\n6,Ed,Fo,,,\(String(repeating: "x", count: 300))\n".utf8))
        let file = hotel.directory.appendingPathComponent("bad.csv").path
        try bytes.write(to: URL(fileURLWithPath: file))
        let result = try hotel.run(["import", "guests", file] + db, as: Hotel.osUser)
        #expect(result.status == 65)
        for expected in ["line 3, family: missing name", "line 4, birth-date: bad date '23/04/1980'",
                         "line 5, vip: unknown VIP level 'diamond'", "line 6, family: not UTF-8 text",
                         "line 7: the company is 300 characters; at most 200", "5 of 6 rows cannot be imported (above); nothing was imported"] {
            #expect(result.error.contains(expected), "\(expected)\n\(result.error)")
        }
        #expect(try guestCount(hotel).contains(" 0 guests"), "not even the good row")
        let dry = try hotel.run(["import", "guests", try write("id,given,family\n7,Gu,Ha\n", "good.csv", in: hotel), "--dry-run"] + db,
                                as: Hotel.osUser)
        #expect(dry.status == 0 && dry.output.contains("all 1 rows can be imported (dry run: nothing was written)"))
        #expect(try guestCount(hotel).contains(" 0 guests"))
    }

    @Test func oddHeadersAreMappedAndJSONLinesRead() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let odd = try write("Ref,Nom,Prenom\nA-1,Dupont,Jeanne\n", "odd.csv", in: hotel)
        let unmapped = try hotel.run(["import", "guests", odd] + db, as: Hotel.osUser)
        #expect(unmapped.status == 65 && unmapped.error.contains("line 2, family: missing name"))
        let mapped = try hotel.run(["import", "guests", odd, "--map", "external-id=Ref,family=Nom,given=Prenom"] + db, as: Hotel.osUser)
        #expect(mapped.status == 0, "\(mapped.error)")
        #expect(try hotel.run(["guests", "search", "jeanne"] + db, as: Hotel.osUser).output.contains("Jeanne Dupont"))

        let lines = try write("""
            {"id": 900, "firstName": "Olu", "lastName": "Ade", "email": "olu@example.ng", "vip": null}
            {"id": "901", "firstName": "Mei", "lastName": "Chen", "email": "ANA@example.pt"}

            """, "guests.jsonl", in: hotel)
        _ = try hotel.run(["guests", "add", "--given", "Ana", "--family", "Lima", "--email", "ana@example.pt"] + db, as: Hotel.osUser)
        let json = try hotel.run(["import", "guests", lines] + db, as: Hotel.osUser)
        #expect(json.output.contains("2 added"), "rows with an external id are added, e-mail or not: \(json.output)\(json.error)")
        let noID = try write("given,family,email\nAnna,Lima,ana@example.pt\n", "walkins.csv", in: hotel)
        let matched = try hotel.run(["import", "guests", noID] + db, as: Hotel.osUser)
        #expect(matched.error.contains("line 2: not added, probably guest #"), "\(matched.error)")
        #expect(matched.output.contains("0 added, 0 updated, 0 unchanged, 1 matched a guest on file"))
        let bare = try write("given,family\nIda,Berg\nOla,Berg\n", "names-only.csv", in: hotel)
        let named = try hotel.run(["import", "guests", bare] + db, as: Hotel.osUser)
        #expect(named.error.contains("2 row(s) (line 2, 3) have no profile number, e-mail or phone: importing them again adds them again"),
                "\(named.error)")
    }

    @Test func staysComeInForGuestsOnFileOnceAndNamedByTheirProfileNumber() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        let guests = try write(Self.opera, "opera.csv", in: hotel, bom: true)
        try hotel.expectOK(hotel.run(["import", "guests", guests] + db, as: Hotel.osUser))
        let stays = [
            "NAME_ID;ROOM_NO;ARRIVAL;DEPARTURE;STATUS;REVENUE",
            "100234;412;2026-11-28;2026-12-02;Checked In;1280,50",
            "100235;305;01.12.2026;03.12.2026;Confirmed;",
        ].joined(separator: "\r\n") + "\r\n"
        let unknown = try write(stays + "999999;101;2026-12-01;2026-12-02;;\r\n", "stays-bad.csv", in: hotel)
        let refused = try hotel.run(["import", "stays", unknown] + db, as: Hotel.osUser)
        #expect(refused.status == 65 && refused.error.contains("line 4, NAME_ID: unknown guest for a stay: no PMS profile '999999'"),
                "\(refused.error)")
        let file = try write(stays, "stays.csv", in: hotel)
        let first = try hotel.run(["import", "stays", file] + db, as: Hotel.osUser)
        #expect(first.output.contains("Imported 2 stays from \(file) at DEMO: 2 added"), "\(first.output)\(first.error)")
        let again = try hotel.run(["import", "stays", file] + db, as: Hotel.osUser)
        #expect(again.output.contains("0 added, 0 updated, 2 already on file as they are"), "\(again.output)")
        let listed = try hotel.run(["stays", "list", "1"] + db, as: Hotel.osUser).output
        #expect(listed.contains("412") && listed.contains("in-house") && listed.contains("1280.50"), "\(listed)")
        #expect(try hotel.run(["stays", "list", "2"] + db, as: Hotel.osUser).output.contains("2026-12-01"))

        // A later export: the guest moved to 414, stayed a night longer and left; the other booking was cancelled.
        let later = try write([
            "NAME_ID;ROOM_NO;ARRIVAL;DEPARTURE;STATUS;REVENUE",
            "100234;414;2026-11-28;2026-12-03;Checked Out;1610,00",
            "100235;305;01.12.2026;03.12.2026;Cancelled;",
        ].joined(separator: "\r\n") + "\r\n", "stays-later.csv", in: hotel)
        let updated = try hotel.run(["import", "stays", later] + db, as: Hotel.osUser)
        #expect(updated.output.contains("0 added, 2 updated, 0 already on file"), "\(updated.output)\(updated.error)")
        let moved = try hotel.run(["stays", "list", "1"] + db, as: Hotel.osUser).output
        #expect(moved.contains("414") && moved.contains("2026-12-03") && moved.contains("departed") && moved.contains("1610.00"), "\(moved)")
        #expect(try hotel.run(["stays", "list", "2"] + db, as: Hotel.osUser).output.contains("cancelled"))

        // The first export again, out of date now: a stay that is over is not reopened nor rewritten, and the file says which.
        let stale = try hotel.run(["import", "stays", file] + db, as: Hotel.osUser)
        #expect(stale.error.contains("line 2: stay #1 is departed here, the file says in house: older than the desk's record; left out"),
                "\(stale.error)")
        #expect(stale.error.contains("line 3: stay #2 is cancelled here, the file says reserved: older than the desk's record; left out"))
        #expect(stale.output.contains("0 added, 0 updated, 2 already on file"), "\(stale.output)")
        let kept = try hotel.run(["stays", "list", "1"] + db, as: Hotel.osUser).output
        #expect(kept.contains("departed") && kept.contains("414") && kept.contains("1610.00"), "as the later export left it: \(kept)")
    }

    /// A family in two rooms from one arrival is two stays, each found by its room, and stays two.
    @Test func twoRoomsFromOneArrivalAreTwoStays() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["import", "guests", try write(Self.opera, "opera.csv", in: hotel)] + db, as: Hotel.osUser))
        let family = "NAME_ID,ROOM_NO,ARRIVAL,DEPARTURE,STATUS\n100234,412,2026-12-01,2026-12-04,Confirmed\n100234,414,2026-12-01,2026-12-04,Confirmed\n"
        let file = try write(family, "family.csv", in: hotel)
        #expect(try hotel.run(["import", "stays", file] + db, as: Hotel.osUser).output.contains("2 added"))
        let again = try hotel.run(["import", "stays", file] + db, as: Hotel.osUser)
        #expect(again.output.contains("0 added, 0 updated, 2 already on file"), "\(again.output)\(again.error)")
        // A move listed first: either stay could be the one that moved, so nothing is guessed.
        let header = "NAME_ID,ROOM_NO,ARRIVAL,DEPARTURE,STATUS\n"
        let first = try write(header + "100234,420,2026-12-01,2026-12-04,Confirmed\n100234,412,2026-12-01,2026-12-04,Confirmed\n",
                              "moved-first.csv", in: hotel)
        let unsure = try hotel.run(["import", "stays", first] + db, as: Hotel.osUser)
        #expect(unsure.error.contains("line 2: the guest has 2 stays here from 2026-12-01, none in room 420: which one moved cannot be told; left out"),
                "\(unsure.error)")
        // Listed after the room that stayed: the one stay no other row named is the one that moved.
        let moved = try write(family.replacingOccurrences(of: ",414,", with: ",420,"), "moved.csv", in: hotel)
        #expect(try hotel.run(["import", "stays", moved] + db, as: Hotel.osUser).output.contains("0 added, 1 updated, 1 already on file"))
        let rooms = try hotel.run(["stays", "list", "1"] + db, as: Hotel.osUser).output
        #expect(rooms.contains("412") && rooms.contains("420") && !rooms.contains("414"), "\(rooms)")
    }

    @Test func preferencesComeInForGuestsOnFileWithConsentWhereItIsNeeded() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["import", "guests", try write(Self.opera, "opera.csv", in: hotel, bom: true)] + db, as: Hotel.osUser))
        let bad = try write("""
            NAME_ID,TYPE,REMARK,CONSENT
            100234,bedding,Feather pillows,
            100235,health,Diabetic,
            100235,hobbies,Golf,
            777,room,High floor,
            """, "prefs-bad.csv", in: hotel)
        let refused = try hotel.run(["import", "preferences", bad] + db, as: Hotel.osUser)
        #expect(refused.status == 65)
        for expected in ["line 3: health is sensitive", "line 4, TYPE: unknown category 'hobbies'",
                         "line 5, NAME_ID: unknown guest for a preference: no PMS profile '777'"] {
            #expect(refused.error.contains(expected), "\(expected)\n\(refused.error)")
        }
        let good = try write("NAME_ID,TYPE,REMARK,CONSENT\n100234,bedding,Feather pillows,\n100235,health,Diabetic,yes\n", "prefs.csv", in: hotel)
        let first = try hotel.run(["import", "preferences", good] + db, as: Hotel.osUser)
        #expect(first.output.contains("Imported 2 preferences from \(good): 2 added"), "\(first.output)\(first.error)")
        #expect(try hotel.run(["import", "preferences", good] + db, as: Hotel.osUser).output.contains("0 added, 2 already on file"))
        #expect(try hotel.run(["prefs", "list", "1"] + db, as: Hotel.osUser).output.contains("Feather pillows"))

        // When the PMS noted it, if the file says: a day (its noon at the hotel) or a moment as an export writes it.
        let dated = try write("NAME_ID,TYPE,REMARK,RECORDED\n100234,room,High floor,14.03.2026\n100235,room,Quiet room,2026-03-20T08:15:00Z\n",
                              "prefs-dated.csv", in: hotel)
        #expect(try hotel.run(["import", "preferences", dated] + db, as: Hotel.osUser).output.contains("2 added"))
        let exported = try hotel.run(["export", "preferences", "--format", "csv"] + db, as: Hotel.osUser).output.split(separator: "\r\n")
        #expect(exported.first { $0.contains("High floor") }?.contains("2026-03-14T12:00:00Z") == true, "\(exported)")
        #expect(exported.first { $0.contains("Quiet room") }?.contains("2026-03-20T08:15:00Z") == true, "\(exported)")
        let ahead = try write("NAME_ID,TYPE,REMARK,RECORDED\n100234,room,Sea view,2099-01-01\n", "prefs-ahead.csv", in: hotel)
        let future = try hotel.run(["import", "preferences", ahead] + db, as: Hotel.osUser)
        #expect(future.status == 65 && future.error.contains("line 2, RECORDED: '2099-01-01' is in the future"), "\(future.error)")
    }

    @Test func onlyAdministratorsImport() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana", "--role", "administrator"] + db, as: Hotel.osUser))
        try hotel.expectOK(hotel.run(["staff", "add", "dee", "--name", "Dee", "--role", "associate"] + db, as: "ana"))
        let file = try write("id,given,family\n1,Gu,Ha\n", "g.csv", in: hotel)
        let refused = try hotel.run(["import", "guests", file] + db, as: "dee")
        #expect(refused.status == 77)
        #expect(try hotel.run(["import", "guests", file, "--dry-run"] + db, as: "dee").status == 77, "a dry run would tell who is on file")
        try hotel.expectOK(hotel.run(["import", "guests", file] + db, as: "ana"))
    }
}
