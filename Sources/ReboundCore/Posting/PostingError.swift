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

  public init(file: String, reason: Reason) {
    self.file = file
    self.reason = reason
  }

  public var description: String {
    switch reason {
    case .empty: "\(file): the posting is empty; paste the job ad's text into it"
    case .binary: "\(file):1: not a text file; save the posting as plain text or Markdown"
    case .notUTF8(let line): "\(file):\(line): not valid UTF-8 text; save the posting as UTF-8"
    case .tooLarge(let bytes):
      "\(file): \(bytes / 1_000_000) MB is too large for a job posting (the limit is 1 MB)"
    case .unreadable: "\(file): cannot read the file"
    }
  }
}
