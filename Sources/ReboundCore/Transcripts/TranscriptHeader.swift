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

  /// The header from Foundation's parse of the header's members; nil sends the caller to
  /// `JSONDecoder`, which explains what is wrong.
  init?(object: [String: Any]) {
    guard let schema = object["schema"] as? Int, schema <= Transcript.currentSchema,
      let id = object["id"] as? String, let started = object["startedAt"] as? String,
      let startedAt = TimestampParser.date(started) ?? ISO8601DateFormatter().date(from: started),
      let status = (object["status"] as? String).flatMap(Transcript.Status.init(rawValue:))
    else { return nil }
    self.schema = schema
    self.id = id
    self.startedAt = startedAt
    self.status = status
    banks = (object["banks"] as? [Any])?.compactMap { $0 as? String } ?? []
    posting = object["posting"] as? String
    company = object["company"] as? String
    pid = (object["pid"] as? Int).map(Int32.init(truncatingIfNeeded:))
    guard let summary = object["summary"], !(summary is NSNull) else {
      self.summary = nil
      return
    }
    guard let fields = summary as? [String: Any] else { return nil }
    var criteria: [Criterion: Int?] = [:]
    let means = fields["criteria"] as? [String: Any] ?? [:]
    for criterion in Criterion.allCases {
      if let value = means[criterion.rawValue] { criteria[criterion] = value as? Int }
    }
    let questions = (fields["questions"] as? [Any] ?? []).compactMap { item -> QuestionScore? in
      guard let item = item as? [String: Any], let id = item["questionId"] as? String,
        let text = item["question"] as? String, let overall = item["overall"] as? Int
      else { return nil }
      return QuestionScore(questionId: id, question: text, overall: overall)
    }
    self.summary = InterviewSummary(
      overall: fields["overall"] as? Int, criteria: criteria,
      mustHavesShown: (fields["mustHavesShown"] as? [Any])?.compactMap { $0 as? String } ?? [],
      mustHavesMissed: (fields["mustHavesMissed"] as? [Any])?.compactMap { $0 as? String } ?? [],
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
  /// Headers of files unchanged since the last run come from the folder's index; the others are
  /// read, at most the start of the file for Rebound's own, and the index is brought up to date.
  public func loadHeaders() throws -> (headers: [TranscriptHeader], warnings: [String]) {
    var headers: [TranscriptHeader] = []
    var warnings: [String] = []
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = TimestampParser.strategy
    let files = try transcriptFiles()
    var (index, warning) = TranscriptIndex.load(from: directory)
    if let warning { warnings.append(warning) }
    for url in files {
      let name = url.lastPathComponent
      do {
        guard let stamp = TranscriptIndex.stamp(url) else { throw TranscriptError.unreadable(url.relativePath) }
        var header: TranscriptHeader
        if let known = index.header(for: name, stamp: stamp) {
          header = known
        } else {
          header = try Self.header(at: url, decoder: decoder)
          index.remember(header, for: name, stamp: stamp)
        }
        if header.status == .inProgress, !Self.isRunning(header.pid) { header.status = .interrupted }
        headers.append(header)
      } catch let error as TranscriptError {
        warnings.append("\(error); skipped")
      } catch {
        warnings.append("\(url.relativePath): cannot be read; skipped")
      }
    }
    index.keepOnly(Set(files.map(\.lastPathComponent)))
    if index.changed, !files.isEmpty { index.save(to: directory) }
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
    // Rebound's own files have the header before "turns": the start of the file is enough.
    var bytes = data
    if let cut = offset(of: turnsMarker, in: data) {
      bytes = Data(data.prefix(cut))
      bytes.append(contentsOf: Array("\n}".utf8))
    }
    if let header = headerMembers(bytes) { return header }
    if let header = try? decoder.decode(TranscriptHeader.self, from: bytes) { return header }
    // Not in the usual shape, or not valid: read it whole, which also says what is wrong.
    return TranscriptHeader(try decode(data, path: path))
  }

  /// The header from any formatting and key order: the members other than the turns and the
  /// plan, found by skipping, then parsed by Foundation.
  static func headerMembers(_ data: Data) -> TranscriptHeader? {
    data.withUnsafeBytes { bytes -> TranscriptHeader? in
      guard let members = JSONMembers.of(bytes) else { return nil }
      var header: [UInt8] = [0x7B]
      for (key, range) in members where key != "turns" && key != "plan" {
        if header.count > 1 { header.append(0x2C) }
        header += Array("\"\(key)\":".utf8)
        header += bytes[range]
      }
      header.append(0x7D)
      let object = try? JSONSerialization.jsonObject(with: Data(header)) as? [String: Any]
      return object.flatMap(TranscriptHeader.init(object:))
    }
  }
}
