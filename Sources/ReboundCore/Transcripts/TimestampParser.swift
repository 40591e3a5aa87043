import Foundation

/// Reads the timestamps Rebound writes ("2026-11-23T09:17:32Z") without a date formatter,
/// which on Linux costs more than decoding the rest of a transcript header.
enum TimestampParser {
  static func date(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { bytes -> Date? in
      guard bytes.count == 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84, bytes[13] == 58,
        bytes[16] == 58, bytes[19] == 90
      else { return nil }
      func number(_ from: Int, _ length: Int) -> Int? {
        var value = 0
        for index in from..<(from + length) {
          let digit = Int(bytes[index]) - 48
          guard (0...9).contains(digit) else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
        let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
        (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
      else { return nil }
      // Days since 1970-01-01 by the civil-from-days algorithm (Howard Hinnant's).
      let y = month <= 2 ? year - 1 : year
      let era = (y >= 0 ? y : y - 399) / 400
      let yoe = y - era * 400
      let mp = (month + 9) % 12
      let doy = (153 * mp + 2) / 5 + day - 1
      let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
      let days = era * 146_097 + doe - 719_468
      return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }
  }

  /// "2026-11-23T09:17:32Z", as `JSONEncoder`'s `.iso8601` writes it, without a formatter.
  static func string(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let time = seconds - days * 86_400
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(two(month))-\(two(day))T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
  }

  /// The dates a transcript can hold: from 1970 to the end of year 9999, where every calendar
  /// agrees on the day (before 1582 Foundation's is Julian and ours is not).
  static let years = 0.0..<253_402_300_800.0

  /// A transcript's timestamp: the fast path, then any ISO 8601 form; within `years` and to the
  /// whole second, as Rebound writes them, so a transcript written back reads the same.
  static func read(_ text: String) -> Date? {
    guard let date = date(text) ?? ISO8601DateFormatter().date(from: text),
      years.contains(date.timeIntervalSince1970)
    else { return nil }
    return Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
  }

  /// The decoding strategy for transcripts, by `read`.
  static let strategy = JSONDecoder.DateDecodingStrategy.custom { decoder in
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    if let date = read(text) { return date }
    throw DecodingError.dataCorruptedError(
      in: container, debugDescription: "'\(text)' is not a date and time")
  }
}
