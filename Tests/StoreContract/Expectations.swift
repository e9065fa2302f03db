import Foundation
import FrontDeskCore

/// The contract's assertions: each throws a ContractFailure naming the caller's line.
enum Expect {
    static func that(_ condition: Bool, _ message: @autoclosure () -> String,
                     fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) throws {
        if !condition { throw ContractFailure(message(), fileID: fileID, filePath: filePath, line: line) }
    }

    static func equal<T: Equatable>(_ actual: T, _ expected: T, _ what: @autoclosure () -> String,
                                    fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) throws {
        if actual != expected {
            throw ContractFailure("\(what()): expected \(expected), got \(actual)",
                                  fileID: fileID, filePath: filePath, line: line)
        }
    }

    /// Dates round-trip through storage to the millisecond.
    static func sameTime(_ actual: Date?, _ expected: Date, _ what: @autoclosure () -> String,
                         fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) throws {
        guard let actual, abs(actual.timeIntervalSince(expected)) < 0.001 else {
            throw ContractFailure("\(what()): expected \(expected), got \(actual.map { "\($0)" } ?? "nothing")",
                                  fileID: fileID, filePath: filePath, line: line)
        }
    }

    /// A date stamped by the store during the test: between `start` and now.
    static func stampedDuring(_ actual: Date?, since start: Date, _ what: @autoclosure () -> String,
                              fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) throws {
        guard let actual, actual.timeIntervalSince(start) > -1, actual.timeIntervalSinceNow < 1 else {
            throw ContractFailure("\(what()): expected a time during the test, got \(actual.map { "\($0)" } ?? "nothing")",
                                  fileID: fileID, filePath: filePath, line: line)
        }
    }

    /// The body must fail with the FrontDeskError kind `matches` accepts; returns its message.
    @discardableResult
    static func fails<T>(_ what: String, as kind: (FrontDeskError) -> Bool, _ body: () throws -> T,
                         fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) throws -> String {
        do {
            let value = try body()
            throw ContractFailure("\(what): expected an error, got \(value)", fileID: fileID, filePath: filePath, line: line)
        } catch let error as FrontDeskError {
            guard kind(error) else {
                throw ContractFailure("\(what): wrong kind of error: \(error)", fileID: fileID, filePath: filePath, line: line)
            }
            guard !error.description.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ContractFailure("\(what): the error says nothing", fileID: fileID, filePath: filePath, line: line)
            }
            return error.description
        }
    }
}

extension FrontDeskError {
    var isInvalid: Bool { if case .invalid = self { return true }; return false }
    var isNotFound: Bool { if case .notFound = self { return true }; return false }
    /// Refusals of a request that cannot apply: invalid input or a missing target.
    var isRefusal: Bool { isInvalid || isNotFound }
}
