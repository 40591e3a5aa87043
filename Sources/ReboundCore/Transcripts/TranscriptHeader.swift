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

  init(
    schema: Int, id: String, startedAt: Date, status: Transcript.Status, banks: [String], posting: String?,
    company: String?, pid: Int32?, summary: InterviewSummary?
  ) {
    self.schema = schema
    self.id = id
    self.startedAt = startedAt
    self.status = status
    self.banks = banks
    self.posting = posting
    self.company = company
    self.pid = pid
    self.summary = summary
  }

  enum CodingKeys: String, CodingKey {
    case schema, id, startedAt, status, banks, posting, company, pid, summary
  }

  /// The header read straight from a transcript's members, found by `JSONMembers`; nil sends
  /// the caller to `JSONDecoder`, which explains what is wrong.
  init?(members: [(key: String, value: Range<Int>)], in bytes: UnsafeRawBufferPointer) {
    let fields = Self.fields(members)
    let text = { (key: String) in fields[key].flatMap { JSONMembers.string(bytes, in: $0) } }
    let number = { (key: String) in fields[key].flatMap { JSONMembers.int(bytes, in: $0) } }
    let strings = { (range: Range<Int>?) -> [String] in
      guard let range, let items = JSONMembers.elements(bytes, in: range) else { return [] }
      return items.compactMap { JSONMembers.string(bytes, in: $0) }
    }
    guard let schema = number("schema"), schema <= Transcript.currentSchema, let id = text("id"),
      let started = text("startedAt"),
      let startedAt = TimestampParser.read(started),
      let status = text("status").flatMap(Transcript.Status.init(rawValue:))
    else { return nil }
    self.schema = schema
    self.id = id
    self.startedAt = startedAt
    self.status = status
    banks = strings(fields["banks"])
    posting = text("posting")
    company = text("company")
    pid = number("pid").map(Int32.init(truncatingIfNeeded:))
    guard let range = fields["summary"], !JSONMembers.isNull(bytes, in: range) else {
      summary = nil
      return
    }
    guard let summaryMembers = JSONMembers.members(bytes, in: range) else { return nil }
    let summaryFields = Self.fields(summaryMembers)
    var criteria: [Criterion: Int?] = [:]
    if let means = summaryFields["criteria"].flatMap({ JSONMembers.members(bytes, in: $0) }) {
      for (key, value) in means {
        // Present but null (never scored) stays present, as the decoder keeps it.
        if let criterion = Criterion(rawValue: key), criteria[criterion] == nil {
          criteria[criterion] = .some(JSONMembers.int(bytes, in: value))
        }
      }
    }
    let questions = (summaryFields["questions"].flatMap { JSONMembers.elements(bytes, in: $0) } ?? []).compactMap {
      item -> QuestionScore? in
      guard let itemMembers = JSONMembers.members(bytes, in: item) else { return nil }
      let itemFields = Self.fields(itemMembers)
      guard let questionId = itemFields["questionId"].flatMap({ JSONMembers.string(bytes, in: $0) }),
        let question = itemFields["question"].flatMap({ JSONMembers.string(bytes, in: $0) }),
        let overall = itemFields["overall"].flatMap({ JSONMembers.int(bytes, in: $0) })
      else { return nil }
      return QuestionScore(questionId: questionId, question: question, overall: overall)
    }
    summary = InterviewSummary(
      overall: summaryFields["overall"].flatMap { JSONMembers.int(bytes, in: $0) }, criteria: criteria,
      mustHavesShown: strings(summaryFields["mustHavesShown"]), mustHavesMissed: strings(summaryFields["mustHavesMissed"]),
      questions: questions)
  }

  /// Members by key; a key given twice means what `JSONDecoder` takes it to mean, its first
  /// value, so that history and `review` read one file alike.
  static func fields(_ members: [(key: String, value: Range<Int>)]) -> [String: Range<Int>] {
    Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
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
    let (names, skipped) = try listing()
    warnings += skipped.map(\.description)
    var (index, warning) = TranscriptIndex.load(from: directory)
    if let warning { warnings.append(warning) }
    // Paths as plain strings: building ten thousand URLs costs more than stat-ing the files.
    let folder = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
    var empty = 0
    for name in names {
      let url = { self.directory.appendingPathComponent(name) }
      do {
        guard let stamp = TranscriptIndex.stamp(folder + name) else { throw TranscriptError.unreadable(url().relativePath) }
        if stamp.size == 0 {
          empty += 1
          continue
        }
        var header: TranscriptHeader
        if let known = index.header(for: name, stamp: stamp) {
          header = known
        } else {
          header = try Self.header(at: url(), decoder: decoder)
          index.remember(header, for: name, stamp: stamp)
        }
        if header.status == .inProgress, !Self.isRunning(header.pid) { header.status = .interrupted }
        headers.append(header)
      } catch let error as TranscriptError {
        warnings.append("\(error); skipped")
      } catch {
        warnings.append("\(url().relativePath): cannot be read; skipped")
      }
    }
    index.keepOnly(Set(names))
    if index.changed, !names.isEmpty { index.save(to: directory) }
    // Older versions could leave an empty file after a kill; one line for all of them, with the way out.
    if empty > 0 {
      let files = empty == 1 ? "1 transcript is an empty file" : "\(empty) transcripts are empty files"
      warnings.append(
        "\(directory.relativePath): \(files), left by an older Rebound killed at the start of a practice; "
          + "'rebound compare --remove-empty' deletes \(empty == 1 ? "it" : "them")")
    }
    return (headers, warnings)
  }

  /// Deletes the transcripts that are empty files (what older versions left after a kill at the
  /// start of a practice), returning their paths; nothing else is touched.
  public func removeEmptyTranscripts() throws -> [String] {
    let folder = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
    return try listing().names.compactMap { name in
      guard TranscriptIndex.stamp(folder + name)?.size == 0, unlink(folder + name) == 0 else { return nil }
      return directory.appendingPathComponent(name).relativePath
    }
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
    // Non-blocking, and checked to be a file: a FIFO put in place since the listing must not hang us.
    let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw TranscriptError.unreadable(url.relativePath) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw TranscriptError.unreadable(url.relativePath) }
    if let reason = RegularFiles.kind(info.st_mode) { throw TranscriptError.notAFile(url.relativePath, reason) }
    var data = Data(count: 8192)
    var count = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 8192) }
    guard count >= 0 else { throw TranscriptError.unreadable(url.relativePath) }
    data.count = count
    // Not our layout, or the header runs past the start: read the rest from where we are.
    if count == 8192, !isOurLayout(data) || offset(of: turnsMarker, in: data) == nil {
      var chunk = [UInt8](repeating: 0, count: 65_536)
      repeat {
        count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65_536) }
        guard count >= 0 else { throw TranscriptError.unreadable(url.relativePath) }
        data.append(contentsOf: chunk[0..<count])
      } while count > 0
    }
    return try header(from: data, decoder: decoder, path: url.relativePath)
  }

  /// Rebound writes pretty-printed JSON: "{" and a new line, then two spaces and a key.
  static func isOurLayout(_ data: Data) -> Bool {
    data.starts(with: [0x7B, 0x0A, 0x20, 0x20, 0x22])
  }

  static func header(from data: Data, decoder: JSONDecoder, path: String) throws -> TranscriptHeader {
    // Rebound's own files have the header before "turns": the start of the file is enough.
    var bytes = data
    if isOurLayout(data), let cut = offset(of: turnsMarker, in: data) {
      bytes = Data(data.prefix(cut))
      bytes.append(contentsOf: Array("\n}".utf8))
    }
    if let header = headerMembers(bytes) { return header }
    if let header = try? decoder.decode(TranscriptHeader.self, from: bytes) { return header }
    // Not in the usual shape, or not valid: read it whole, which also says what is wrong.
    return TranscriptHeader(try decode(data, path: path))
  }

  /// The header from any formatting and key order: the members other than the turns and the
  /// plan are found by skipping, and only they are read.
  /// The header reader on its own, for the benchmark.
  public static func headerMembersForBenchmark(_ data: Data) -> TranscriptHeader? { headerMembers(data) }

  static func headerMembers(_ data: Data) -> TranscriptHeader? {
    data.withUnsafeBytes { bytes -> TranscriptHeader? in
      JSONMembers.of(bytes).flatMap { TranscriptHeader(members: $0, in: bytes) }
    }
  }
}
