/// A posting that cannot be read as text.
public struct PostingError: Error, Equatable, CustomStringConvertible {
  public enum Reason: Equatable, Sendable {
    case empty
    case binary
    case notUTF8(line: Int)
    case tooLarge(bytes: Int)
    case unreadable
  }

  public var file: String
  public var reason: Reason
  /// What the file was meant to hold, for the message: "posting" or "research notes".
  public var document: String

  public init(file: String, reason: Reason, document: String = "posting") {
    self.file = file
    self.reason = reason
    self.document = document
  }

  public var description: String {
    let isPosting = document == "posting"
    switch reason {
    case .empty:
      return isPosting
        ? "\(file): the posting is empty; paste the job ad's text into it"
        : "\(file): the \(document) file is empty"
    case .binary: return "\(file):1: not a text file; save the \(document) as plain text or Markdown"
    case .notUTF8(let line): return "\(file):\(line): not valid UTF-8 text; save the \(document) as UTF-8"
    case .tooLarge(let bytes):
      return "\(file): \(bytes / 1_000_000) MB is too large for \(isPosting ? "a job posting" : document) (the limit is 1 MB)"
    case .unreadable: return "\(file): cannot read the file"
    }
  }
}
