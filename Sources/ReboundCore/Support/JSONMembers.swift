#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

import Foundation

/// The members of a JSON object found by skipping over their values, not parsing them.
///
/// A transcript's turns are most of its bytes and `compare` needs none of them: finding where
/// each member's value starts and ends is a tight loop over bytes, and only the small members
/// are then handed to Foundation's parser, whatever order or spacing the file was written in.
enum JSONMembers {
  /// Each top-level key with the byte range of its value; nil unless `bytes` hold exactly one
  /// complete object (a truncated file is caught here).
  static func of(_ bytes: UnsafeRawBufferPointer) -> [(key: String, value: Range<Int>)]? {
    members(bytes, in: 0..<bytes.count)
  }

  /// The members of the object in `range` of `bytes`.
  static func members(_ bytes: UnsafeRawBufferPointer, in range: Range<Int>) -> [(key: String, value: Range<Int>)]? {
    var scanner = Scanner(bytes: bytes, index: range.lowerBound, count: range.upperBound)
    return scanner.object()
  }

  /// The elements of the array in `range` of `bytes`.
  static func elements(_ bytes: UnsafeRawBufferPointer, in range: Range<Int>) -> [Range<Int>]? {
    var scanner = Scanner(bytes: bytes, index: range.lowerBound, count: range.upperBound)
    return scanner.array()
  }

  /// A string value, decoded directly when it has no escapes (nearly always) and by Foundation when it has.
  static func string(_ bytes: UnsafeRawBufferPointer, in range: Range<Int>) -> String? {
    guard range.count >= 2, bytes[range.lowerBound] == 0x22, bytes[range.upperBound - 1] == 0x22 else { return nil }
    let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
    let raw = UnsafeRawBufferPointer(rebasing: bytes[inner])
    if !raw.contains(0x5C) { return String(decoding: raw, as: UTF8.self) }
    let fragment = Data(UnsafeRawBufferPointer(rebasing: bytes[range]))
    return (try? JSONSerialization.jsonObject(with: fragment, options: [.fragmentsAllowed])) as? String
  }

  /// A whole number written as digits, with an optional minus sign.
  static func int(_ bytes: UnsafeRawBufferPointer, in range: Range<Int>) -> Int? {
    guard !range.isEmpty, range.count <= 18 else { return nil }
    var index = range.lowerBound
    let negative = bytes[index] == 0x2D
    if negative { index += 1 }
    guard index < range.upperBound else { return nil }
    var value = 0
    while index < range.upperBound {
      let digit = Int(bytes[index]) - 48
      guard (0...9).contains(digit) else { return nil }
      value = value * 10 + digit
      index += 1
    }
    return negative ? -value : value
  }

  static func isNull(_ bytes: UnsafeRawBufferPointer, in range: Range<Int>) -> Bool {
    range.count == 4 && bytes[range.lowerBound] == 0x6E
  }

  /// One pass over bytes; `count` is where the value being read must end.
  struct Scanner {
    let bytes: UnsafeRawBufferPointer
    var index: Int
    let count: Int

    mutating func skipSpace() {
      while index < count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
        index += 1
      }
    }

    /// Past a string whose opening quote is at `index`; false when it never closes. Strings are
    /// most of a transcript's bytes: `memchr` finds each candidate closing quote.
    mutating func skipString() -> Bool {
      guard let base = bytes.baseAddress else { return false }
      index += 1
      while index < count {
        guard let found = memchr(base + index, 0x22, count - index) else { return false }
        let quote = base.distance(to: UnsafeRawPointer(found))
        // Escaped when an odd number of backslashes stands before it.
        var slashes = 0
        while quote - slashes - 1 >= index, bytes[quote - slashes - 1] == 0x5C { slashes += 1 }
        index = quote + 1
        if slashes % 2 == 0 { return true }
      }
      return false
    }
    /// Past one value of any kind.
    mutating func skipValue() -> Bool {
      guard index < count else { return false }
      switch bytes[index] {
      case 0x22: return skipString()
      case 0x7B, 0x5B:
        var depth = 0
        while index < count {
          switch bytes[index] {
          case 0x22: if !skipString() { return false }; continue
          case 0x7B, 0x5B: depth += 1
          case 0x7D, 0x5D:
            depth -= 1
            if depth == 0 { index += 1; return true }
          default: break
          }
          index += 1
        }
        return false
      default:
        let start = index
        while index < count, ![0x2C, 0x7D, 0x5D, 0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index > start
      }
    }
    /// The members of the object at `index`, which must run exactly to `count`.
    mutating func object() -> [(key: String, value: Range<Int>)]? {
      skipSpace()
      guard index < count, bytes[index] == 0x7B else { return nil }
      index += 1
      var members: [(key: String, value: Range<Int>)] = []
      skipSpace()
      if index < count, bytes[index] == 0x7D {
        index += 1
      } else {
        while true {
          skipSpace()
          guard index < count, bytes[index] == 0x22 else { return nil }
          let keyStart = index + 1
          guard skipString() else { return nil }
          let key = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[keyStart..<(index - 1)]), as: UTF8.self)
          skipSpace()
          guard index < count, bytes[index] == 0x3A else { return nil }
          index += 1
          skipSpace()
          let valueStart = index
          guard skipValue() else { return nil }
          members.append((key, valueStart..<index))
          skipSpace()
          guard index < count else { return nil }
          if bytes[index] == 0x2C {
            index += 1
            // A comma before the closing brace, which JSONDecoder accepts too.
            skipSpace()
            if index < count, bytes[index] == 0x7D { index += 1; break }
            continue
          }
          guard bytes[index] == 0x7D else { return nil }
          index += 1
          break
        }
      }
      skipSpace()
      return index == count ? members : nil
    }

    /// The elements of the array at `index`, which must run exactly to `count`.
    mutating func array() -> [Range<Int>]? {
      skipSpace()
      guard index < count, bytes[index] == 0x5B else { return nil }
      index += 1
      var elements: [Range<Int>] = []
      skipSpace()
      if index < count, bytes[index] == 0x5D {
        index += 1
      } else {
        while true {
          skipSpace()
          let start = index
          guard skipValue() else { return nil }
          elements.append(start..<index)
          skipSpace()
          guard index < count else { return nil }
          if bytes[index] == 0x2C {
            index += 1
            skipSpace()
            if index < count, bytes[index] == 0x5D { index += 1; break }
            continue
          }
          guard bytes[index] == 0x5D else { return nil }
          index += 1
          break
        }
      }
      skipSpace()
      return index == count ? elements : nil
    }
  }
}
