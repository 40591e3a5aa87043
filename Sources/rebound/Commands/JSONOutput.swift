import Foundation

/// `--json` output: pretty, sorted keys, ISO dates, so scripts and diffs both read it well.
enum JSONOutput {
  static func print<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let data = try encoder.encode(value)
    Console.out(String(decoding: data, as: UTF8.self))
  }
}
