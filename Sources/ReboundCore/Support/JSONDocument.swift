import Foundation

/// JSON written straight from values, in the layout `--json` uses everywhere (pretty, keys
/// sorted, slashes unescaped), for output too large for Codable's containers: `compare --json`
/// over ten thousand attempts spent half its time in them.
public indirect enum JSONDocument: Equatable, Sendable {
  case object([String: JSONDocument])
  case array([JSONDocument])
  case string(String)
  case int(Int)
  case bool(Bool)
  case null

  /// `.int` or `.null`.
  static func int(_ value: Int?) -> JSONDocument { value.map { .int($0) } ?? .null }
  /// `.string` or `.null`.
  static func string(_ value: String?) -> JSONDocument { value.map { .string($0) } ?? .null }

  /// The document as text, laid out as `JSONEncoder` lays out `.prettyPrinted, .sortedKeys`.
  public var text: String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(into: &out, indent: 0)
    return String(decoding: out, as: UTF8.self)
  }

  private func write(into out: inout [UInt8], indent: Int) {
    switch self {
    case .null: out += Self.nullBytes
    case .bool(let value): out += Array((value ? "true" : "false").utf8)
    case .int(let value): out += Array(String(value).utf8)
    case .string(let value): Self.quote(value, into: &out)
    case .array(let items):
      out.append(0x5B)
      out.append(0x0A)
      for (index, item) in items.enumerated() {
        Self.pad(&out, indent + 2)
        item.write(into: &out, indent: indent + 2)
        if index + 1 < items.count { out.append(0x2C) }
        out.append(0x0A)
      }
      if items.isEmpty { out.append(0x0A) }
      Self.pad(&out, indent)
      out.append(0x5D)
    case .object(let fields):
      out.append(0x7B)
      out.append(0x0A)
      let keys = fields.keys.sorted()
      for (index, key) in keys.enumerated() {
        Self.pad(&out, indent + 2)
        Self.quote(key, into: &out)
        out += Self.colon
        fields[key]!.write(into: &out, indent: indent + 2)
        if index + 1 < keys.count { out.append(0x2C) }
        out.append(0x0A)
      }
      if keys.isEmpty { out.append(0x0A) }
      Self.pad(&out, indent)
      out.append(0x7D)
    }
  }

  private static let nullBytes = Array("null".utf8)
  private static let colon = Array(" : ".utf8)

  private static func pad(_ out: inout [UInt8], _ count: Int) {
    out.append(contentsOf: repeatElement(0x20, count: count))
  }

  private static func quote(_ text: String, into out: inout [UInt8]) {
    out.append(0x22)
    for byte in text.utf8 {
      switch byte {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x0D: out += [0x5C, 0x72]
      case 0x09: out += [0x5C, 0x74]
      case 0x08: out += [0x5C, 0x62]
      case 0x0C: out += [0x5C, 0x66]
      case 0x00..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
      default: out.append(byte)
      }
    }
    out.append(0x22)
  }
}
