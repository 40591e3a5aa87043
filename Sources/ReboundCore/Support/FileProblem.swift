/// Something wrong in a file the user wrote (a bank, a story), pinned to the line at fault.
public struct FileProblem: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}

public typealias BankProblem = FileProblem
public typealias StoryProblem = FileProblem

/// Every problem found while loading banks; thrown so that none is hidden behind the first.
public struct BankProblems: Error, Equatable, Sendable, CustomStringConvertible {
  public var problems: [BankProblem]

  public init(_ problems: [BankProblem]) { self.problems = problems }

  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
