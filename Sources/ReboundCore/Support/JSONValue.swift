/// A small, fast JSON reader for transcript headers, read thousands at a time by `compare`.
///
/// Foundation's decoder costs tens of microseconds per header on Linux; this reads the same bytes
/// in a few. Anything it cannot read sends the caller back to `JSONDecoder`.
enum JSONValue: Equatable {
  case object([String: JSONValue])
  case array([JSONValue])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null

  static func parse(_ bytes: UnsafeRawBufferPointer) -> JSONValue? {
    var reader = Reader(bytes: bytes)
    guard let value = reader.value() else { return nil }
    reader.skipSpace()
    return reader.index == bytes.count ? value : nil
  }

  subscript(key: String) -> JSONValue? {
    if case .object(let fields) = self { return fields[key] }
    return nil
  }

  var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  var int: Int? {
    if case .number(let value) = self, value == value.rounded(), abs(value) < 1e15 { return Int(value) }
    return nil
  }

  var array: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  private struct Reader {
    let bytes: UnsafeRawBufferPointer
    var index = 0
    var depth = 0

    mutating func skipSpace() {
      while index < bytes.count, bytes[index] == 32 || bytes[index] == 10 || bytes[index] == 13 || bytes[index] == 9 {
        index += 1
      }
    }

    mutating func value() -> JSONValue? {
      skipSpace()
      guard index < bytes.count, depth < 64 else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "{"): return object()
      case UInt8(ascii: "["): return array()
      case UInt8(ascii: "\""): return string().map(JSONValue.string)
      case UInt8(ascii: "t"): return literal("true", .bool(true))
      case UInt8(ascii: "f"): return literal("false", .bool(false))
      case UInt8(ascii: "n"): return literal("null", .null)
      default: return number()
      }
    }

    mutating func literal(_ word: String, _ value: JSONValue) -> JSONValue? {
      for byte in word.utf8 {
        guard index < bytes.count, bytes[index] == byte else { return nil }
        index += 1
      }
      return value
    }

    mutating func object() -> JSONValue? {
      index += 1
      depth += 1
      defer { depth -= 1 }
      var fields: [String: JSONValue] = [:]
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(fields)
      }
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        guard let item = value() else { return nil }
        fields[key] = item
        skipSpace()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
        } else if bytes[index] == UInt8(ascii: "}") {
          index += 1
          return .object(fields)
        } else {
          return nil
        }
      }
    }

    mutating func array() -> JSONValue? {
      index += 1
      depth += 1
      defer { depth -= 1 }
      var items: [JSONValue] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      while true {
        guard let item = value() else { return nil }
        items.append(item)
        skipSpace()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
        } else if bytes[index] == UInt8(ascii: "]") {
          index += 1
          return .array(items)
        } else {
          return nil
        }
      }
    }

    mutating func string() -> String? {
      index += 1
      let start = index
      // Fast path: no escapes, the bytes are the string.
      while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
        guard bytes[index] >= 0x20 else { return nil }
        index += 1
      }
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: "\"") {
        defer { index += 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      }
      var utf8 = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return String(decoding: utf8, as: UTF8.self)
        }
        if byte == UInt8(ascii: "\\") {
          index += 1
          guard index < bytes.count else { return nil }
          let escape = bytes[index]
          index += 1
          switch escape {
          case UInt8(ascii: "n"): utf8.append(10)
          case UInt8(ascii: "t"): utf8.append(9)
          case UInt8(ascii: "r"): utf8.append(13)
          case UInt8(ascii: "b"): utf8.append(8)
          case UInt8(ascii: "f"): utf8.append(12)
          case UInt8(ascii: "u"):
            guard var scalar = hex4() else { return nil }
            if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count,
              bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            {
              index += 2
              guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            utf8.append(contentsOf: String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
          default: utf8.append(escape)
          }
        } else {
          guard byte >= 0x20 else { return nil }
          utf8.append(byte)
          index += 1
        }
      }
      return nil
    }

    mutating func hex4() -> UInt32? {
      guard index + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[index]
        let digit: UInt32
        switch byte {
        case 48...57: digit = UInt32(byte - 48)
        case 65...70: digit = UInt32(byte - 55)
        case 97...102: digit = UInt32(byte - 87)
        default: return nil
        }
        value = value * 16 + digit
        index += 1
      }
      return value
    }

    mutating func number() -> JSONValue? {
      let start = index
      while index < bytes.count, "-+.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
      guard index > start else { return nil }
      let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      return Double(text).map(JSONValue.number)
    }
  }
}
