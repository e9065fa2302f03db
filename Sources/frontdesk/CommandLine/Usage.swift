/// `frontdesk --help`: the reference for the command line.
enum Usage {
    static let version = "frontdesk 0.1.0"

    static let text = """
    frontdesk: the guest preference pad and guest search, for the front desk.

    Usage:
      frontdesk [--db PATH] [--property CODE] [--theme NAME] [--as LOGIN]
                                            open the console
      frontdesk --demo                      open the console on a ready demo hotel
      frontdesk guests add --given NAME --family NAME [--title T] [--email E]
                [--phone P] [--loyalty N] [--vip LEVEL] [--language L] [--company C]
                [--reading "NAME IN LATIN LETTERS"]   (for names in other scripts)
                [--birth-date YYYY-MM-DD]
                                            add a guest; prints the new guest's id
      frontdesk guests search QUERY [--limit N]
                                            find guests by name, room, loyalty, phone, e-mail
      frontdesk guests show ID [--include-sensitive]
                                            one guest's profile and preferences
      frontdesk guests duplicates [--limit N]
                                            profiles that are probably one person, surest first
      frontdesk guests merge SURVIVOR ABSORBED
                                            move everything of ABSORBED to SURVIVOR; ABSORBED's id
                                            then opens SURVIVOR (supervisors, administrators)
      frontdesk stays add GUEST --room R --arrival DATE --departure DATE [--status S] [--revenue AMOUNT]
      frontdesk stays list GUEST | check-in STAY | check-out STAY [--revenue AMOUNT] | cancel STAY
      frontdesk prefs add GUEST --detail TEXT [--category C] [--level L] [--scope standing|stay]
                [--source stated|observed] [--property CODE] [--critical] [--consent]
                                            a note already on file is confirmed, not recorded twice;
                                            --property: for that hotel only (here it is not where
                                            you sign in); --consent: the guest agreed to a health,
                                            religion or sobriety fact being kept
      frontdesk prefs list GUEST [--include-sensitive] | confirm ID | retire ID --reason TEXT
      frontdesk arrivals [--date DATE] [--department front-office|housekeeping|food-and-beverage]
                [--format table|json|csv] [--include-sensitive]
                                            the day's arrivals and what to prepare (sensitive facts
                                            only with --include-sensitive, coordinators and above)
      frontdesk arrivals review STAY        mark an arrival reviewed (coordinators, supervisors)
      frontdesk flags set|clear GUEST previous-complaint|problematic|do-not-rent --reason TEXT
      frontdesk flags list GUEST            do-not-rent is set and cleared by supervisors
      frontdesk vip list | set RANK --code C --name N [--role vip|alert|success|header|overdue|normal]
                                            the chain's VIP levels (administrators set them)
      frontdesk demo-data --db PATH --guests N [--seed S]
                                            create a new database of invented guests
      frontdesk db init|migrate|check       create, upgrade or verify a database
      frontdesk staff add LOGIN --name NAME --role associate|coordinator|supervisor|administrator
                [--property CODE] [--with-pin]
      frontdesk property show | set [--follow-up-low MIN] [--follow-up-medium MIN] [--follow-up-high MIN]
                [--compensation-limit AMOUNT] [--currency CODE] [--reconfirm-after-days N]
                [--tier-window-days N] [--valuable-nights N] [--valuable-revenue AMOUNT]
                [--question-order bedding,room,newspaper,...]
                                            a property's complaint follow-up times, offer limit
                                            and recognition settings
      frontdesk audit [--login L] [--since DATE] [--limit N]
                                            every write and every refusal, newest first
      frontdesk staff list | set-role LOGIN ROLE | set-pin LOGIN | disable LOGIN
                                            who may sign in (administrators; the first
                                            administrator may be added by whoever can write the file)
      frontdesk complaints log GUEST_ID --category C --severity low|medium|high
                --summary TEXT [--action TEXT]
                                            log a complaint you own; prints its id
      frontdesk complaints list [--status open|escalated|resolved|closed] [--overdue] [--as-of TIME]
                                            the queue, overdue first (supervisors: their property;
                                            administrators: all); --format table, json or csv
      frontdesk complaints escalate-overdue [--as-of TIME]
                                            for cron: escalate every open complaint whose follow-up
                                            is overdue; prints how many (supervisors, administrators)

    Options:
      --db PATH          the database file (default: $XDG_DATA_HOME/frontdesk/frontdesk.sqlite);
                         a file named here must exist (create one with 'db init')
      --property CODE    this hotel's code, stamped on everything recorded (default MAIN)
      --theme NAME       default, high-contrast, monochrome (built in), a theme in
                         ~/.config/frontdesk/themes or PREFIX/share/frontdesk/themes,
                         or a path to a .theme file
      --as LOGIN         who is at the keyboard (default: the operating-system user);
                         asks for that person's PIN (read from standard input when it is not a terminal)
      --format F         table (default) or json; csv too wherever a command lists things
                         (search, duplicates, stays, prefs, flags, arrivals, complaints,
                         staff, vip, audit): RFC 4180, a cell a spreadsheet would run begins with '
      --as-of TIME       the time to judge overdue by, ISO 8601 (2026-11-22T10:00:00Z; default now)
      --help, -h         this text
      --version          the version

    Environment:
      FRONTDESK_DB, FRONTDESK_PROPERTY, FRONTDESK_THEME   defaults for the options above
      NO_COLOR           when set and not empty: no colours (the monochrome theme)
      ESCDELAY           milliseconds to wait after Esc (default 50)

    In the console, F1 lists every key. Esc then a digit works as F1–F10.

    Exit codes: 0 ok, 64 usage, 65 bad data, 66 no input, 69 unavailable,
    77 not permitted, 78 configuration.
    """
}
