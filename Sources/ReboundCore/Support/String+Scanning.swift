#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
        ByteSearch.firstOffset(of: UnsafeRawBufferPointer(pattern), in: UnsafeRawBufferPointer(text)) != nil
      }
    }
  }
}

/// A forward byte scan that jumps between candidates with `memchr`: far faster than the generic
/// `firstRange(of:)` on Linux.
enum ByteSearch {
  static func firstOffset(of pattern: UnsafeRawBufferPointer, in bytes: UnsafeRawBufferPointer) -> Int? {
    guard let first = pattern.first else { return 0 }
    guard pattern.count <= bytes.count, let base = bytes.baseAddress else { return nil }
    var index = 0
    let last = bytes.count - pattern.count
    while index <= last {
      guard let found = memchr(base + index, Int32(first), last - index + 1) else { return nil }
      index = base.distance(to: UnsafeRawPointer(found))
      var matched = 1
      while matched < pattern.count && bytes[index + matched] == pattern[matched] { matched += 1 }
      if matched == pattern.count { return index }
      index += 1
    }
    return nil
  }
}
