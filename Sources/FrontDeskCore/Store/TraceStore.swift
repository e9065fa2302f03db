import Foundation

/// Where traces are kept: made, read, and marked done once. `Desk` checks who may before it writes.
public protocol TraceStore: AnyObject {
    /// At the actor's property, signed by them.
    func addTrace(_ trace: NewTrace, by actor: Actor) throws -> Trace
    func trace(id: Int64) throws -> Trace?
    /// Soonest due first; the id settles ties.
    func traces(_ query: TraceQuery) throws -> [Trace]
    /// Signed by whoever did it. A trace already done stays as it was: `.invalid`, naming who did it.
    func markTraceDone(id: Int64, by actor: Actor) throws -> Trace
}

/// The departments a property adds to the standard five.
public protocol DepartmentConfiguration: AnyObject {
    func departmentCatalog(property: String) throws -> DepartmentCatalog
    /// Adds the department, or gives it new words when the property has it already.
    func setDepartment(_ department: Department, label: String, property: String, by actor: Actor) throws
}
