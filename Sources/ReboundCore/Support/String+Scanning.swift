/// Native string helpers for hot paths: Foundation's versions bridge through NSString on Linux
/// and cost microseconds per call, which adds up over every line of a posting.
extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  public var trimmed: String {
    let isBlank = { (c: Character) in c == " " || c == "\t" || c == "\u{00A0}" || c == "\r" }
    guard let first = firstIndex(where: { !isBlank($0) }),
      let last = lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(self[first...last])
  }

  /// The text without leading and trailing white space, line breaks included.
  public var trimmedLines: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }

  /// True when `needle` occurs in the text, compared byte for byte.
  public func includes(_ needle: String) -> Bool {
    var haystack = String(self)
    var needle = needle
    return haystack.withUTF8 { text in
      needle.withUTF8 { pattern in
        guard let first = pattern.first else { return true }
        guard pattern.count <= text.count else { return false }
        var start = 0
        let last = text.count - pattern.count
        while start <= last {
          if text[start] == first {
            var offset = 1
            while offset < pattern.count && text[start + offset] == pattern[offset] { offset += 1 }
            if offset == pattern.count { return true }
          }
          start += 1
        }
        return false
      }
    }
  }
}
