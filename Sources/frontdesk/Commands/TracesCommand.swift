import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk traces list|add|done` and `frontdesk complaints route`: each department's to-dos,
/// the same as F5 in the console, for scripts, printers and the departments' own screens.
enum TracesCommand {
    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("traces list takes no operands: --department D, --date DATE") }
        let format = try settings.format(OutputFormat.allCases)
        let day = try ArrivalsCommand.day(args)
        let desk = try Session.desk(settings)
        let department = try Self.department(args, desk)
        let lines = try desk.traces(for: department, on: day ?? desk.today, openOnly: args.has("open"))
        let names = try desk.departmentCatalog()
        let rows = lines.map { Row($0, names: names, now: desk.now, calendar: desk.calendar) }
        let whose = department.map { " for \(names.label(of: $0).lowercased())" } ?? ""
        try Output.print(Listing(columns: Row.columns, items: rows, empty: "No traces\(whose) at \(desk.property) on \(day ?? desk.today).") {
            $0.cells
        }, as: format)
    }

    static func add(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count == 1, let guestID = Int64(operands[0]) else {
            throw CommandFailure.usage("traces add needs one guest id (a number; find it with 'frontdesk guests search')")
        }
        let format = try settings.format()
        let desk = try Session.desk(settings)
        guard let department = try Self.department(args, desk) else { throw CommandFailure.usage("traces add needs --department") }
        let due = try args.option("due").map(desk.dueTime) ?? desk.now.addingTimeInterval(3600)
        let room = try args.option("room") ?? desk.currentRoom(of: guestID) ?? ""
        let trace = try desk.addTrace(NewTrace(guestID: guestID, department: department, text: args.option("text") ?? "",
                                               room: room, due: due))
        try GuestsCommand.printID(trace.id, format)
    }

    static func done(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count == 1, let id = Int64(operands[0]) else {
            throw CommandFailure.usage("traces done needs one trace id (the ID column of 'frontdesk traces list')")
        }
        let trace = try Session.desk(settings).markTraceDone(id)
        Output.print("Trace \(id) done by \(trace.done?.login ?? "you").")
    }

    /// `frontdesk complaints route ID --department D`: the complaint goes to a department as a trace.
    static func route(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count == 1, let id = Int64(operands[0]) else {
            throw CommandFailure.usage("complaints route needs one complaint id (the ID column of 'frontdesk complaints list')")
        }
        let format = try settings.format()
        let desk = try Session.desk(settings)
        guard let department = try Self.department(args, desk) else { throw CommandFailure.usage("complaints route needs --department") }
        let trace = try desk.routeComplaint(id, to: department, text: args.option("text"), room: args.option("room"),
                                            due: try args.option("due").map(desk.dueTime))
        try GuestsCommand.printID(trace.id, format)
    }

    /// `--department D` as this hotel names its departments; a name it does not have is a usage
    /// error that lists the ones it has.
    static func department(_ args: Arguments, _ desk: Desk) throws -> Department? {
        guard let text = args.option("department") else { return nil }
        do { return try desk.department(named: text) } catch FrontDeskError.invalid(let why) { throw CommandFailure.usage(why) }
    }

    /// One trace as printed; JSON keys are the column words in camel case.
    struct Row: Encodable {
        let id: Int64
        let due: String
        let department: String
        let room: String
        let guestID: Int64
        let guest: String
        let text: String
        let status: String
        let complaint: Int64?
        let askedBy: String
        let doneBy: String?

        static let columns = ["id", "due", "department", "room", "guest id", "guest", "text", "status", "complaint", "asked by", "done by"]

        init(_ line: TraceLine, names: DepartmentCatalog, now: Date, calendar: Calendar) {
            let t = line.trace
            id = t.id
            due = DueTime.describe(t.due, now: now, calendar: calendar)
            department = names.label(of: t.department)
            room = t.room
            guestID = t.guestID
            guest = line.guest?.displayName ?? ""
            text = t.text
            status = t.isDone ? "done" : t.isOverdue(now: now) ? "overdue" : "open"
            complaint = t.complaintID
            askedBy = t.created.login
            doneBy = t.done.map { "\($0.login) \(ISOTime.string($0.at))" }
        }

        var cells: [String] {
            [String(id), due, department, room, String(guestID), guest, text, status, complaint.map(String.init) ?? "", askedBy, doneBy ?? ""]
        }
    }
}

/// `frontdesk departments list|add`: the departments of a hotel, the standard five and its own.
enum DepartmentsCommand {
    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("departments list takes no operands") }
        let format = try settings.format(OutputFormat.allCases)
        struct Row: Encodable { let code: String, name: String }
        let catalog = try Session.desk(settings).departmentCatalog()
        try Output.print(Listing(columns: ["code", "name"], items: catalog.entries.map { Row(code: $0.department.code, name: $0.label) }) {
            [$0.code, $0.name]
        }, as: format)
    }

    static func add(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count == 1 else {
            throw CommandFailure.usage("departments add needs the department's name in quotes: frontdesk departments add \"Spa & wellness\"")
        }
        let desk = try Session.desk(settings)
        let department = try desk.setDepartment(label: operands[0], code: args.option("code"))
        Output.print("Department \(department.code) at \(desk.property): \(operands[0].trimmingSpaces).")
    }
}
