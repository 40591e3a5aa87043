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
    try check.require(again == transcript, "the transcript written back reads differently")
    if let header {
      try check.require(
        header == TranscriptHeader(transcript), "history's header differs from the transcript's own")
    }
    let entry = TranscriptIndex.Entry(size: Int64(data.count), modified: 1, header: TranscriptHeader(transcript))
    try check.require(
      TranscriptIndexFormat.decode(TranscriptIndexFormat.encode(["fuzz.json": entry]))?["fuzz.json"] == entry,
      "the index does not keep the header as it was")
  }

  /// The index file is read as a whole index or not at all, and what it reads it writes back.
  static func runIndex(_ data: Data) throws(InvariantViolation) {
    guard let entries = TranscriptIndexFormat.decode(data) else { return }
    try ParserCheck.index.require(
      TranscriptIndexFormat.decode(TranscriptIndexFormat.encode(entries)) == entries,
      "an index read and written back reads differently")
  }
}
