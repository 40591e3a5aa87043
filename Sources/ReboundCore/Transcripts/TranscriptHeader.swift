import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A transcript without its turns: what history, compare and spaced repetition need.
public struct TranscriptHeader: Codable, Equatable, Sendable {
  public var schema: Int
  public var id: String
  public var startedAt: Date
  public var status: Transcript.Status
  public var banks: [String]
  public var posting: String?
  public var company: String?
  public var pid: Int32?
  public var summary: InterviewSummary?

  public init(_ transcript: Transcript) {
    schema = transcript.schema
    id = transcript.id
    startedAt = transcript.startedAt
    status = transcript.status
    banks = transcript.banks
    posting = transcript.posting
    company = transcript.company
    pid = transcript.pid
    summary = transcript.summary
  }

  enum CodingKeys: String, CodingKey {
    case schema, id, startedAt, status, banks, posting, company, pid, summary
  }

  /// The header from the fast reader; nil sends the caller to `JSONDecoder`, which explains errors.
  init?(json: JSONValue) {
    guard let schema = json["schema"]?.int, schema <= Transcript.currentSchema,
      let id = json["id"]?.string, let started = json["startedAt"]?.string,
      let startedAt = TimestampParser.date(started),
      let status = json["status"]?.string.flatMap(Transcript.Status.init(rawValue:))
    else { return nil }
    self.schema = schema
    self.id = id
    self.startedAt = startedAt
    self.status = status
    banks = json["banks"]?.array?.compactMap(\.string) ?? []
    posting = json["posting"]?.string
    company = json["company"]?.string
    pid = json["pid"]?.int.map(Int32.init(truncatingIfNeeded:))
    guard let summary = json["summary"], summary != .null else {
      self.summary = nil
      return
    }
    guard case .object = summary else { return nil }
    var criteria: [Criterion: Int?] = [:]
    for criterion in Criterion.allCases {
      if let value = summary["criteria"]?[criterion.rawValue] { criteria[criterion] = value.int }
    }
    let questions = (summary["questions"]?.array ?? []).compactMap { item -> QuestionScore? in
      guard let id = item["questionId"]?.string, let text = item["question"]?.string,
        let overall = item["overall"]?.int
      else { return nil }
      return QuestionScore(questionId: id, question: text, overall: overall)
    }
    self.summary = InterviewSummary(
      overall: summary["overall"]?.int, criteria: criteria,
      mustHavesShown: summary["mustHavesShown"]?.array?.compactMap(\.string) ?? [],
      mustHavesMissed: summary["mustHavesMissed"]?.array?.compactMap(\.string) ?? [],
      questions: questions)
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schema = try c.decode(Int.self, forKey: .schema)
    if schema > Transcript.currentSchema {
      throw DecodingError.dataCorruptedError(
        forKey: .schema, in: c, debugDescription: "written by a newer Rebound (schema \(schema))")
    }
    id = try c.decode(String.self, forKey: .id)
    startedAt = try c.decode(Date.self, forKey: .startedAt)
    status = try c.decode(Transcript.Status.self, forKey: .status)
    banks = try c.decodeIfPresent([String].self, forKey: .banks) ?? []
    posting = try c.decodeIfPresent(String.self, forKey: .posting)
    company = try c.decodeIfPresent(String.self, forKey: .company)
    pid = try c.decodeIfPresent(Int32.self, forKey: .pid)
    summary = try c.decodeIfPresent(InterviewSummary.self, forKey: .summary)
  }
}

extension TranscriptStore {
  /// The headers of every transcript, oldest first, and one warning per file that could not be read.
  ///
  /// Transcripts are written with sorted keys, so everything but `turns` comes first: the header
  /// is decoded from the bytes before `"turns"`, and the turns are never parsed.
  public func loadHeaders() throws -> (headers: [TranscriptHeader], warnings: [String]) {
    var headers: [TranscriptHeader] = []
    var warnings: [String] = []
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = TimestampParser.strategy
    for url in try transcriptFiles() {
      do {
        var header = try Self.header(at: url, decoder: decoder)
        if header.status == .inProgress, !Self.isRunning(header.pid) { header.status = .interrupted }
        headers.append(header)
      } catch let error as TranscriptError {
        warnings.append("\(error); skipped")
      } catch {
        warnings.append("\(url.relativePath): cannot be read; skipped")
      }
    }
    return (headers, warnings)
  }

  static let turnsMarker = Array(",\n  \"turns\" : ".utf8)

  /// Where `pattern` first occurs in `data`.
  static func offset(of pattern: [UInt8], in data: Data) -> Int? {
    data.withUnsafeBytes { bytes in
      pattern.withUnsafeBytes { ByteSearch.firstOffset(of: $0, in: bytes) }
    }
  }

  /// Reads only the start of the file when the header fits in it, which it nearly always does.
  static func header(at url: URL, decoder: JSONDecoder) throws -> TranscriptHeader {
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw TranscriptError.unreadable(url.relativePath) }
    defer { close(descriptor) }
    var start = Data(count: 8192)
    let count = start.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 8192) }
    guard count >= 0 else { throw TranscriptError.unreadable(url.relativePath) }
    start.count = count
    if count == 8192, offset(of: turnsMarker, in: start) == nil {
      guard let whole = try? Data(contentsOf: url) else { throw TranscriptError.unreadable(url.relativePath) }
      return try header(from: whole, decoder: decoder, path: url.relativePath)
    }
    return try header(from: start, decoder: decoder, path: url.relativePath)
  }

  static func header(from data: Data, decoder: JSONDecoder, path: String) throws -> TranscriptHeader {
    if let cut = offset(of: turnsMarker, in: data) {
      var prefix = Data(data.prefix(cut))
      prefix.append(contentsOf: Array("\n}".utf8))
      let fast = prefix.withUnsafeBytes { JSONValue.parse($0) }.flatMap(TranscriptHeader.init(json:))
      if let fast { return fast }
      if let header = try? decoder.decode(TranscriptHeader.self, from: prefix) { return header }
    }
    // Not written by us in the usual shape: read it whole.
    return TranscriptHeader(try decode(data, path: path))
  }
}
