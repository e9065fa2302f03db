import FrontDeskCore
import FrontDeskExchange

/// Every command of the command line, in the order the usage text lists them.
enum CommandTable {
    /// What every import takes: a column map (shown with an example of its kind), a dry run, the format.
    static func importOptions(mapping example: String) -> [Option] {
        [Option(name: "map", value: "F=COL,...", help: "which column holds a field: " + example),
         Option(name: "dry-run", help: "check every row, write nothing"),
         Option(name: "format", value: "F", help: "csv or jsonl (default: from the file's name)", choices: ["csv", "jsonl"])]
    }

    /// Options every command takes.
    static let global: [Option] = [
        Option(name: "db", value: "PATH|URL", help: "the hotel's database file, or a chain's postgres:// URL (default: see 'Which hotel' below)"),
        Option(name: "read-db", value: "URL", help: "a read replica of the chain's database near this hotel, for search and profiles"),
        Option(name: "property", value: "CODE", help: "the hotel this is for (default: the database's own, else MAIN)"),
        Option(name: "as", value: "LOGIN", help: "who is at the keyboard (default: the operating-system user); asks for that person's PIN"),
        Option(name: "format", value: "F", help: "table (default), json, or csv where a command lists things", choices: ["table", "json", "csv"]),
        Option(name: "help", help: "this command's help"),
    ]

    static let commands: [Command] = [
        Command(words: [], summary: "open the console", options: [
            Option(name: "demo", help: "the console on a ready demo hotel, made on first use"),
            Option(name: "theme", value: "NAME", help: "default, high-contrast, monochrome, a theme of your own, or a .theme file"),
        ], run: { try ConsoleCommand.run($0.arguments, settings: $0.settings) }),

        Command(words: ["guests", "add"], summary: "add a guest; prints the new guest's id", options: [
            Option(name: "given", value: "NAME", help: "given name"),
            Option(name: "family", value: "NAME", help: "family name"),
            Option(name: "title", value: "T", help: "Ms, Mr, Dr..."),
            Option(name: "language", value: "L", help: "the language the guest speaks"),
            Option(name: "email", value: "E", help: "e-mail address"),
            Option(name: "phone", value: "P", help: "phone number"),
            Option(name: "loyalty", value: "N", help: "loyalty card number"),
            Option(name: "vip", value: "LEVEL", help: "a VIP level's code, name or rank (see 'frontdesk vip list')"),
            Option(name: "company", value: "C", help: "the company the guest travels for"),
            Option(name: "reading", value: "NAME", help: "the name in Latin letters, for names in other scripts (\"Yamada Taro\"); searched too"),
            Option(name: "birth-date", value: "YYYY-MM-DD", help: "tells namesakes apart"),
        ], run: { try GuestsCommand.add($0.arguments, settings: $0.settings) }),
        Command(words: ["guests", "edit"], operands: "ID", summary: "correct a guest's details; each change is kept in the profile's history",
                options: [
            Option(name: "given", value: "NAME", help: "given name"),
            Option(name: "family", value: "NAME", help: "family name"),
            Option(name: "title", value: "T", help: "Ms, Mr, Dr..."),
            Option(name: "language", value: "L", help: "the language the guest speaks"),
            Option(name: "email", value: "E", help: "e-mail address (\"\" removes it)"),
            Option(name: "phone", value: "P", help: "phone number (\"\" removes it)"),
            Option(name: "company", value: "C", help: "the company the guest travels for (\"\" removes it)"),
            Option(name: "loyalty", value: "N", help: "loyalty card number (\"\" removes it)"),
            Option(name: "birth-date", value: "YYYY-MM-DD", help: "tells namesakes apart (\"\" removes it)"),
            Option(name: "reading", value: "NAME", help: "the name in Latin letters (\"\" removes it)"),
        ], run: { try GuestsEditCommand.edit($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["guests", "retire"], operands: "ID",
                summary: "retire a profile made by mistake: out of search, kept on file with its history (supervisors)",
                options: [Option(name: "reason", value: "TEXT", help: "why it was a mistake", required: true)],
                run: { try GuestsEditCommand.retire($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["guests", "export-subject"], operands: "ID",
                summary: "everything kept about one guest, as one JSON document, for the guest (supervisors; audited)",
                run: { try PrivacyCommand.exportSubject($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["guests", "erase"], operands: "ID",
                summary: "remove a guest's personal data for good, on their request (supervisors)",
                options: [Option(name: "reason", value: "TEXT", help: "the request it answers: kept, without the data", required: true)],
                run: { try PrivacyCommand.erase($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["guests", "reinstate"], operands: "ID", summary: "put a retired profile back in use (supervisors)",
                options: [Option(name: "reason", value: "TEXT", help: "why it is back", required: true)],
                run: { try GuestsEditCommand.retire($0.operands, $0.arguments, settings: $0.settings, reinstating: true) }),
        Command(words: ["guests", "search"], operands: "QUERY", summary: "find guests by name, room, loyalty number, phone or e-mail",
                options: [Option(name: "limit", value: "N", help: "at most N guests (default 20)")],
                run: { try GuestsCommand.search($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["guests", "show"], operands: "ID", summary: "one guest's profile and preferences",
                options: [Option(name: "include-sensitive", help: "health, religion and sobriety too (coordinators and above)")],
                run: { try GuestsCommand.show($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["guests", "duplicates"], summary: "profiles that are probably one person, surest first",
                options: [Option(name: "limit", value: "N", help: "at most N pairs (default 50)")],
                run: { try GuestsMergeCommand.duplicates($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["guests", "merge"], operands: "SURVIVOR ABSORBED",
                summary: "move everything of ABSORBED to SURVIVOR; ABSORBED's id then opens SURVIVOR (supervisors)",
                run: { try GuestsMergeCommand.merge($0.operands, $0.arguments, settings: $0.settings) }),

        Command(words: ["stays", "add"], operands: "GUEST", summary: "a reservation or a stay at this hotel; prints its id", options: [
            Option(name: "room", value: "R", help: "the room", required: true),
            Option(name: "arrival", value: "DATE", help: "YYYY-MM-DD", required: true),
            Option(name: "departure", value: "DATE", help: "YYYY-MM-DD", required: true),
            Option(name: "status", value: "S", help: "reserved (default), in-house, departed or cancelled",
                   choices: StayStatus.allCases.map(\.rawValue)),
            Option(name: "revenue", value: "AMOUNT", help: "what the stay brought in, in the hotel's currency"),
        ], run: { try StaysCommand.add($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["stays", "list"], operands: "GUEST", summary: "a guest's stays",
                run: { try StaysCommand.list($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["stays", "check-in"], operands: "STAY", summary: "the guest has arrived",
                run: { try StaysCommand.move($0.operands, to: .inHouse, $0.arguments, settings: $0.settings) }),
        Command(words: ["stays", "check-out"], operands: "STAY", summary: "the guest has left",
                options: [Option(name: "revenue", value: "AMOUNT", help: "what the stay brought in, in the hotel's currency")],
                run: { try StaysCommand.move($0.operands, to: .departed, $0.arguments, settings: $0.settings) }),
        Command(words: ["stays", "cancel"], operands: "STAY", summary: "a reservation that will not come",
                run: { try StaysCommand.move($0.operands, to: .cancelled, $0.arguments, settings: $0.settings) }),

        Command(words: ["prefs", "add"], operands: "GUEST",
                summary: "record a preference; one already on file is confirmed, not recorded twice", options: [
            Option(name: "detail", value: "TEXT", help: "what the guest wants, in their words", required: true),
            Option(name: "category", value: "C", help: "bedding, room, allergy...; follows the words when not given",
                   choices: PreferenceCategory.allCases.map(\.rawValue)),
            Option(name: "level", value: "L", help: "preferred (default), required, only, unacceptable or no-preference",
                   choices: PreferenceLevel.allCases.map(\.rawValue)),
            Option(name: "scope", value: "S", help: "standing (default) or stay: this stay only", choices: PreferenceScope.allCases.map(\.rawValue)),
            Option(name: "source", value: "S", help: "stated (default): the guest said it; observed: seen", choices: PreferenceSource.allCases.map(\.rawValue)),
            Option(name: "property", value: "CODE", help: "here: the one hotel the preference holds at (not where you sign in)"),
            Option(name: "critical", help: "shown as an alert whenever the profile opens"),
            Option(name: "consent", help: "the guest agreed that a health, religion or sobriety fact is kept"),
            Option(name: "department", value: "D", help: "who acts on it; follows the words and category when not given",
                   choices: Department.standard.map(\.code)),
        ], run: { try PrefsCommand.add($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["prefs", "list"], operands: "GUEST", summary: "a guest's preferences, retired ones too",
                options: [Option(name: "include-sensitive", help: "health, religion and sobriety too (coordinators and above)")],
                run: { try PrefsCommand.list($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["prefs", "confirm"], operands: "ID", summary: "the guest says a preference still holds",
                run: { try PrefsCommand.confirm($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["prefs", "retire"], operands: "ID", summary: "a preference no longer holds; it stays in history",
                options: [Option(name: "reason", value: "TEXT", help: "why", required: true)],
                run: { try PrefsCommand.retire($0.operands, $0.arguments, settings: $0.settings) }),

        Command(words: ["arrivals"], summary: "the day's arrivals and what each department prepares", options: [
            Option(name: "date", value: "DATE", help: "another day than today, YYYY-MM-DD"),
            Option(name: "department", value: "D", help: "only the arrivals this department prepares for, and its part: \(departmentHelp)",
                   choices: Department.standard.map(\.code)),
            Option(name: "include-sensitive", help: "health, religion and sobriety too (coordinators and above)"),
        ], run: { try ArrivalsCommand.list($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["arrivals", "review"], operands: "STAY", summary: "mark an arrival reviewed (coordinators, supervisors)",
                run: { try ArrivalsCommand.review($0.operands, $0.arguments, settings: $0.settings) }),

        Command(words: ["traces", "list"], summary: "a day's traces, soonest due first (default: today's, with what is still open from before)",
                options: [
            Option(name: "department", value: "D", help: "one department's: \(departmentHelp)", choices: Department.standard.map(\.code)),
            Option(name: "date", value: "DATE", help: "another day than today, YYYY-MM-DD"),
            Option(name: "open", help: "only those not done yet"),
        ], run: { try TracesCommand.list($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["traces", "add"], operands: "GUEST", summary: "a to-do for a department about a guest; prints its id", options: [
            Option(name: "department", value: "D", help: departmentHelp, required: true, choices: Department.standard.map(\.code)),
            Option(name: "text", value: "TEXT", help: "what to do", required: true),
            Option(name: "room", value: "R", help: "the room (default: the guest's room here today)"),
            Option(name: "due", value: "TIME", help: "14:00, tomorrow 9:00, +30m or 2026-11-30 14:00 (default: in an hour)"),
        ], run: { try TracesCommand.add($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["traces", "done"], operands: "ID", summary: "mark a trace done, signed by you",
                run: { try TracesCommand.done($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["departments", "list"], summary: "this hotel's departments: the standard five and its own",
                run: { try DepartmentsCommand.list($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["departments", "add"], operands: "NAME", summary: "add a department to this hotel, or rename one (administrators)",
                options: [Option(name: "code", value: "C", help: "what scripts type (default: made from the name)")],
                run: { try DepartmentsCommand.add($0.operands, $0.arguments, settings: $0.settings) }),

        Command(words: ["flags", "set"], operands: "GUEST FLAG", summary: "previous-complaint, problematic or do-not-rent (supervisors)",
                options: [Option(name: "reason", value: "TEXT", help: "why; kept with the flag", required: true)],
                run: { try FlagsCommand.change($0.operands, clearing: false, $0.arguments, settings: $0.settings) }),
        Command(words: ["flags", "clear"], operands: "GUEST FLAG", summary: "lift a flag; the reason is kept",
                options: [Option(name: "reason", value: "TEXT", help: "why", required: true)],
                run: { try FlagsCommand.change($0.operands, clearing: true, $0.arguments, settings: $0.settings) }),
        Command(words: ["flags", "list"], operands: "GUEST", summary: "the flags in force on a guest",
                run: { try FlagsCommand.list($0.operands, $0.arguments, settings: $0.settings) }),

        Command(words: ["complaints", "log"], operands: "GUEST", summary: "log a complaint you own; prints its id", options: [
            Option(name: "category", value: "C", help: "what it is about", required: true, choices: ComplaintCategory.allCases.map(\.rawValue)),
            Option(name: "severity", value: "S", help: "how badly the stay was hurt", required: true,
                   choices: ComplaintSeverity.allCases.map(\.rawValue)),
            Option(name: "summary", value: "TEXT", help: "what happened", required: true),
            Option(name: "action", value: "TEXT", help: "what was done at once"),
        ], run: { try ComplaintsCommand.log($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["complaints", "list"], summary: "the queue, overdue first (supervisors: their hotel; administrators: all)", options: [
            Option(name: "status", value: "S", help: "only open, escalated, resolved or closed ones", choices: ComplaintStatus.allCases.map(\.rawValue)),
            Option(name: "overdue", help: "only those whose follow-up is overdue"),
            Option(name: "as-of", value: "TIME", help: "judge overdue at this ISO 8601 time (default now)"),
        ], run: { try ComplaintsListing.run($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["complaints", "route"], operands: "ID",
                summary: "send a complaint to a department as a trace; its owner keeps the follow-up; prints the trace's id", options: [
            Option(name: "department", value: "D", help: departmentHelp, required: true, choices: Department.standard.map(\.code)),
            Option(name: "text", value: "TEXT", help: "what the department should do (default: what happened)"),
            Option(name: "room", value: "R", help: "the room (default: the guest's room here today)"),
            Option(name: "due", value: "TIME", help: "14:00, tomorrow 9:00, +30m or 2026-11-30 14:00 (default: in 30 minutes)"),
        ], run: { try TracesCommand.route($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["complaints", "escalate-overdue"], summary: "for cron: escalate every overdue complaint once; prints how many",
                options: [Option(name: "as-of", value: "TIME", help: "judge overdue at this ISO 8601 time (default now)")],
                run: { try ComplaintsCommand.escalateOverdue($0.operands, $0.arguments, settings: $0.settings) }),

        Command(words: ["staff", "add"], operands: "LOGIN", summary: "let someone sign in (administrators; the first administrator: whoever can write the file)",
                options: [
            Option(name: "name", value: "NAME", help: "the name staff see", required: true),
            Option(name: "role", value: "ROLE", help: "what they may do", required: true, choices: Role.allCases.map(\.rawValue)),
            Option(name: "with-pin", help: "read their PIN now (6 to 12 digits unless the chain chose otherwise)"),
        ], run: { try StaffCommand.add($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["staff", "list"], summary: "who may sign in (administrators)",
                run: { try StaffCommand.list($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["staff", "set-role"], operands: "LOGIN ROLE", summary: "change what someone may do (administrators)",
                run: { try StaffCommand.setRole($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["staff", "set-pin"], operands: "LOGIN", summary: "set someone's PIN, read from the terminal (administrators)",
                run: { try StaffCommand.setPIN($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["staff", "pin-digits"], operands: "[N]", summary: "the fewest digits a new PIN may have, for the whole chain (setting it: administrators)",
                run: { try StaffCommand.pinDigits($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["staff", "disable"], operands: "LOGIN", summary: "someone may no longer sign in; what they recorded stays (administrators)",
                run: { try StaffCommand.disable($0.operands, $0.arguments, settings: $0.settings) }),

        Command(words: ["vip", "list"], summary: "the chain's VIP levels",
                run: { try VIPCommand.list($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["vip", "set"], operands: "RANK", summary: "add or rename a VIP level (administrators)", options: [
            Option(name: "code", value: "C", help: "what scripts type"),
            Option(name: "name", value: "N", help: "what staff see"),
            Option(name: "role", value: "R", help: "the colour it is drawn in", choices: VIPLevelDefinition.roles),
        ], run: { try VIPCommand.set($0.operands, $0.arguments, settings: $0.settings) }),

        Command(words: ["property", "show"], summary: "a hotel's follow-up times, offer limit and recognition settings",
                run: { try PropertyCommand.show($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["property", "set"], summary: "change them (administrators); each change is kept", options: [
            Option(name: "follow-up-low", value: "MIN", help: "minutes to call back a low-severity complaint"),
            Option(name: "follow-up-medium", value: "MIN", help: "... a medium one"),
            Option(name: "follow-up-high", value: "MIN", help: "... a high one"),
            Option(name: "compensation-limit", value: "AMOUNT", help: "what an associate may offer without a supervisor"),
            Option(name: "currency", value: "CODE", help: "the hotel's currency, EUR, JPY..."),
            Option(name: "reconfirm-after-days", value: "N", help: "a standing preference older than this is confirmed at check-in"),
            Option(name: "tier-window-days", value: "N", help: "value tiers look back this many days"),
            Option(name: "valuable-nights", value: "N", help: "most valuable from this many nights..."),
            Option(name: "valuable-revenue", value: "AMOUNT", help: "... or this much net revenue"),
            Option(name: "question-order", value: "LIST", help: "the one question's categories in order: bedding,room,newspaper,..."),
        ], run: { try PropertyCommand.set($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["audit"], summary: "every write and every refusal, newest first (supervisors, administrators)", options: [
            Option(name: "login", value: "L", help: "one person's"),
            Option(name: "since", value: "DATE", help: "from a date or an ISO 8601 time"),
            Option(name: "limit", value: "N", help: "at most N entries (default 200)"),
        ], run: { try AuditCommand.run($0.operands, $0.arguments, settings: $0.settings) }),

        Command(words: ["demo-data"], summary: "create a new database of invented guests (needs --db)", options: [
            Option(name: "guests", value: "N", help: "how many", required: true),
            Option(name: "seed", value: "S", help: "another seed, another hotel (default 2026)"),
        ], run: { try DemoDataCommand.run($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["db", "init"], summary: "create a new, empty database (needs --db)",
                run: { try DatabaseCommand.initialise($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["db", "migrate"], summary: "bring a database up to this version's schema",
                run: { try DatabaseCommand.migrate($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["db", "check"], summary: "check that a database is sound",
                run: { try DatabaseCommand.check($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["db", "grant-property"], operands: "CODE",
                summary: "let a hotel's database role see and change only that hotel's data (administrators; PostgreSQL)",
                options: [Option(name: "role", value: "NAME", help: "the PostgreSQL role the hotel's desk server connects with; made if new")],
                run: { try DatabaseCommand.grantProperty($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["db", "copy"], summary: "copy a hotel's file into a chain's database, or one hotel of a chain out into a file",
                options: [Option(name: "from", value: "PATH|URL", help: "the database to copy from"),
                          Option(name: "to", value: "PATH|URL", help: "the database to copy into (a new file is made; a URL must exist)"),
                          Option(name: "property", value: "CODE", help: "only that hotel's complaints, stays, traces and settings, with the chain's guests")],
                run: { try DatabaseCommand.copy($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["import", "guests"], operands: "FILE",
                summary: "guests from a PMS export, CSV or JSON Lines; all or nothing (administrators)",
                options: importOptions(mapping: "family=LastName,given=FirstName"),
                notes: ["Fields: " + GuestRecords.fields.map(\.name).joined(separator: ", ") + ".",
                        "A row with an external id updates the guest imported with it; one without is matched by e-mail or phone."],
                run: { try ImportCommand.guests($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["import", "stays"], operands: "FILE",
                summary: "reservations and stays from a PMS export, at this hotel; all or nothing (administrators)",
                options: importOptions(mapping: "arrival=ArrDate,room=RoomNo"),
                notes: ["Fields: " + StayRecords.fields.map(\.name).joined(separator: ", ") + ".",
                        "Each stay's guest is found by external-id (the PMS profile number) or guest (frontdesk's id).",
                        "A stay already on file for the guest here from the same arrival is left as it is."],
                run: { try ImportCommand.stays($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["import", "preferences"], operands: "FILE",
                summary: "guests' preferences from a PMS export; all or nothing (administrators)",
                options: importOptions(mapping: "detail=Remark,category=Type"),
                notes: ["Fields: " + PreferenceRecords.fields.map(\.name).joined(separator: ", ") + ".",
                        "Each preference's guest is found by external-id (the PMS profile number) or guest (frontdesk's id); "
                        + "a health, religion or sobriety fact needs consent=yes; one already on file is left as it is."],
                run: { try ImportCommand.preferences($0.operands, $0.arguments, settings: $0.settings) }),
    ] + ExportKind.allCases.map { kind in
        Command(words: ["export", kind.rawValue], summary: "the hotel's \(kind.rawValue) as CSV, JSON or JSON Lines (supervisors)",
                options: [Option(name: "format", value: "F", help: "csv (default), json or jsonl", choices: ["csv", "json", "jsonl"]),
                          Option(name: "only-property", value: "CODE", help: "one hotel's (administrators: any; supervisors: their own)"),
                          Option(name: "from", value: "DATE", help: "from this day (arrival, recorded, logged or due)"),
                          Option(name: "to", value: "DATE", help: "to this day, included"),
                          Option(name: "category", value: "C", help: "one category (preferences, complaints)"),
                          Option(name: "department", value: "D", help: "one department (preferences, traces)"),
                          Option(name: "include-sensitive", help: "health, religion and sobriety too (coordinators and above; audited)")],
                notes: ["Columns: " + kind.columns.joined(separator: ", ") + "."],
                run: { try ExportCommand.run(kind, $0.operands, $0.arguments, settings: $0.settings) })
    } + [
        Command(words: ["report", "complaints"], summary: "a period's complaints as bar charts and a weekly trend, or the numbers (supervisors)",
                options: [Option(name: "from", value: "DATE", help: "the first day (default: four weeks before --to)"),
                          Option(name: "to", value: "DATE", help: "the last day (default: today)"),
                          Option(name: "only-property", value: "CODE", help: "one hotel's (administrators; supervisors see their own)")],
                run: { try ReportCommand.complaints($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["report", "recognition"], summary: "what the hotel knows about its guests, and how it learns, week by week (coordinators)",
                options: [Option(name: "from", value: "DATE", help: "the first day (default: four weeks before --to)"),
                          Option(name: "to", value: "DATE", help: "the last day (default: today)")],
                run: { try ReportCommand.recognition($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["purge"], summary: "erase the guests not seen for a time: no stay in N days (administrators)",
                options: [Option(name: "inactive-days", value: "N", help: "no stay ending in the last N days (at least 30)", required: true),
                          Option(name: "dry-run", help: "list who would be erased, erase nobody")],
                run: { try PrivacyCommand.purge($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["install"], summary: "install this build, its manual, themes and completion (root, for a desk server)",
                options: [Option(name: "prefix", value: "DIR", help: "where (default /usr/local)"),
                          Option(name: "group", value: "NAME", help: "make frontdesk setgid to the group that owns the data (mode 2755)"),
                          Option(name: "database", value: "PATH|URL", help: "the hotel's database, written to the system configuration"),
                          Option(name: "read-database", value: "URL", help: "a read replica of that chain database near the hotel, written there too"),
                          Option(name: "property", value: "CODE", help: "the hotel, written to the system configuration")],
                run: { try InstallCommand.install($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["uninstall"], summary: "remove exactly what install put under the prefix; data is kept",
                options: [Option(name: "prefix", value: "DIR", help: "where it was installed (default /usr/local)")],
                run: { try InstallCommand.uninstall($0.operands, $0.arguments, settings: $0.settings) }),
        Command(words: ["completion", "bash"], summary: "the bash completion script, made from this table",
                run: { _ in Completion.printBash() }),
    ]

    static let departmentHelp = "\(Department.standard.map(\.code).joined(separator: ", ")), or one this hotel added"

    /// The command the words name, the longest that fits, and the words after it (its operands).
    static func command(for words: [String]) -> (Command, operands: [String])? {
        commands.filter { !$0.words.isEmpty && words.starts(with: $0.words) }
            .max { $0.words.count < $1.words.count }
            .map { ($0, Array(words.dropFirst($0.words.count))) }
    }

    /// The commands under a first word ("guests": add, search, ...).
    static func group(_ word: String) -> [Command] {
        commands.filter { $0.words.first == word && $0.words.count > 1 }
    }

    static var firstWords: [String] {
        var seen: [String] = []
        for c in commands { if let w = c.words.first, !seen.contains(w) { seen.append(w) } }
        return seen
    }

    /// Every flag any command takes: the command line is read knowing which options take no value.
    static var flagNames: Set<String> {
        Set((global + commands.flatMap(\.options)).filter { $0.value == nil }.map(\.name) + ["version"])
    }
}
