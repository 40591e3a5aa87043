import Foundation

/// What each reader of outside text promises, checked on any bytes at all: the fuzzer's
/// oracle, and the regression tests' for every input it ever broke.
///
/// A check returns quietly when the input is read or refused with a typed error, and throws
/// `InvariantViolation` when a promise is broken; a crash is a broken promise too.
public enum ParserCheck: String, CaseIterable, Sendable {
  /// A pasted job posting, in each format `rebound posting` accepts.
  case posting
  /// A question bank's YAML.
  case bank
  /// A transcript's JSON, read whole, by its header alone, and through the history index.
  case transcript
  /// The history index's binary file.
  case index
  /// A story file, Markdown with front matter or YAML.
  case story
  /// Any answer to any question, with and without a posting to match.
  case score

  /// Runs the check on one input.
  public func run(_ data: Data) throws(InvariantViolation) {
    switch self {
    case .posting: try PostingCheck.run(data)
    case .bank: try BankCheck.run(data)
    case .transcript: try TranscriptCheck.run(data)
    case .index: try TranscriptCheck.runIndex(data)
    case .story: try StoryCheck.run(data)
    case .score: try ScoreCheck.run(data)
    }
  }
}

/// A reader broke one of its promises on some input.
public struct InvariantViolation: Error, Equatable, Sendable, CustomStringConvertible {
  public var check: ParserCheck
  public var message: String

  public init(_ check: ParserCheck, _ message: String) {
    self.check = check
    self.message = message
  }

  public var description: String { "\(check.rawValue): \(message)" }
}

extension ParserCheck {
  /// Throws unless `condition` holds; the message is built only when it does not.
  func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(InvariantViolation) {
    if !condition { throw InvariantViolation(self, message()) }
  }
}
