import Foundation

/// A transcript reads whole or fails with a `TranscriptError`; once read it writes back and
/// reads again unchanged; history's fast header reader agrees with the whole read; and the
/// index keeps a header exactly.
enum TranscriptCheck {
  static func run(_ data: Data) throws(InvariantViolation) {
    let check = ParserCheck.transcript
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = TimestampParser.strategy
    let header = try? TranscriptStore.header(from: data, decoder: decoder, path: "fuzz.json")
    let transcript: Transcript
    do {
      transcript = try TranscriptStore.decode(data, path: "fuzz.json")
    } catch let error as TranscriptError {
      try check.require("\(error)".hasPrefix("fuzz.json: "), "an error that does not name the file: \(error)")
      return
    } catch {
      throw InvariantViolation(check, "an untyped error: \(error)")
    }
    guard let written = try? TranscriptStore.encode(transcript),
      let again = try? TranscriptStore.decode(written, path: "again.json")
    else { throw InvariantViolation(check, "a transcript that was read cannot be written back") }
    try check.require(
      again == transcript, "the transcript written back reads differently: \(difference(transcript, again))")
    if let header {
      let own = TranscriptHeader(transcript)
      try check.require(header == own, "history's header differs from the transcript's own: \(difference(header, own))")
    }
    let entry = TranscriptIndex.Entry(size: Int64(data.count), modified: 1, header: TranscriptHeader(transcript))
    try check.require(
      TranscriptIndexFormat.decode(TranscriptIndexFormat.encode(["fuzz.json": entry]))?["fuzz.json"] == entry,
      "the index does not keep the header as it was")
  }

  /// Where two values first differ, as a path through their JSON, to say what was lost.
  static func difference<Value: Encodable>(_ one: Value, _ other: Value) -> String {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .secondsSince1970
    func object(_ value: Value) -> Any? {
      (try? encoder.encode(value)).flatMap { try? JSONSerialization.jsonObject(with: $0, options: .fragmentsAllowed) }
    }
    func first(_ a: Any?, _ b: Any?, _ path: String) -> String? {
      switch (a, b) {
      case (let a as [String: Any], let b as [String: Any]):
        for key in Set(a.keys).union(b.keys).sorted() {
          if let found = first(a[key], b[key], path + "." + key) { return found }
        }
        return nil
      case (let a as [Any], let b as [Any]):
        for index in 0..<max(a.count, b.count) {
          if let found = first(index < a.count ? a[index] : nil, index < b.count ? b[index] : nil, path + "[\(index)]") {
            return found
          }
        }
        return nil
      default:
        let (x, y) = (a.map { "\($0)" } ?? "absent", b.map { "\($0)" } ?? "absent")
        return x == y ? nil : "\(path.isEmpty ? "value" : String(path.dropFirst())): \(x.debugDescription) vs \(y.debugDescription)"
      }
    }
    return first(object(one), object(other), "") ?? "no difference in their JSON"
  }

  /// The index file is read as a whole index or not at all, and what it reads it writes back.
  static func runIndex(_ data: Data) throws(InvariantViolation) {
    guard let entries = TranscriptIndexFormat.decode(data) else { return }
    try ParserCheck.index.require(
      TranscriptIndexFormat.decode(TranscriptIndexFormat.encode(entries)) == entries,
      "an index read and written back reads differently")
  }
}
