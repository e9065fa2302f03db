/// A failed expectation in the store contract, with where it was written.
/// The suite imports no test framework, so every store's tests can run it and report this.
public struct ContractFailure: Error, CustomStringConvertible {
    public var message: String
    public var fileID: String
    public var filePath: String
    public var line: Int

    public init(_ message: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) {
        self.message = message
        self.fileID = fileID
        self.filePath = filePath
        self.line = line
    }

    public var description: String { "\(fileID):\(line): \(message)" }
}
