import Foundation

/// A regular expression compiled once, when first used.
///
/// `String.range(of:options: .regularExpression)` compiles its pattern on every call, through
/// a cache that loses some of what it allocates (LeakSanitizer found it under fuzzing); the
/// readers' patterns are all constants, so each is compiled once here instead.
struct Pattern: @unchecked Sendable {  // NSRegularExpression is immutable and thread-safe.
  private let regex: NSRegularExpression

  init(_ pattern: String, caseInsensitive: Bool = false) {
    // The patterns are constants in the source: one that does not compile is a programming error.
    regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
  }

  /// Where the pattern first matches in `text`.
  func firstMatch(in text: String) -> Range<String.Index>? {
    regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Range($0.range, in: text) }
  }

  func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

  /// `text` with every match replaced by `template` ("$1" is the first group).
  func replacing(in text: String, with template: String) -> String {
    regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
  }
}
