import Foundation

/// The index on disk: a small binary file that loads ten thousand headers in milliseconds,
/// where JSON through Codable took a quarter of a second.
///
/// After a magic line, every distinct string once (question texts repeat across thousands of
/// attempts), then one record per transcript that refers to them by number. Every read is
/// bounds-checked; anything unexpected makes the whole index unreadable, and it is rebuilt.
enum TranscriptIndexFormat {
  static let magic = Array("rebound-index 3\n".utf8)
  /// The start of every version's magic line: an index of another version is rebuilt silently.
  static let family = Array("rebound-index ".utf8)

  /// Marks a number that is absent, or present but null, in a field that holds any `Int`.
  static let absent = Int64.min
  static let null = Int64.min + 1

  static func encode(_ entries: [String: TranscriptIndex.Entry]) -> Data {
    var strings: [String] = []
    var numbers: [String: Int32] = [:]
    func string(_ text: String?) -> Int32 {
      guard let text else { return -1 }
      if let known = numbers[text] { return known }
      let number = Int32(strings.count)
      strings.append(text)
      numbers[text] = number
      return number
    }
    var records = Writer()
    records.int32(Int32(entries.count))
    for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
      let header = entry.header
      records.int32(string(name))
      records.int(entry.size)
      records.int(entry.modified)
      records.int(Int64(header.schema))
      records.int32(string(header.id))
      records.double(header.startedAt.timeIntervalSince1970)
      records.int32(string(header.status.rawValue))
      records.int(header.pid.map(Int64.init) ?? absent)
      records.int32(string(header.posting))
      records.int32(string(header.company))
      records.int32(Int32(header.banks.count))
      for bank in header.banks { records.int32(string(bank)) }
      guard let summary = header.summary else {
        records.byte(0)
        continue
      }
      records.byte(1)
      records.int(summary.overall.map(Int64.init) ?? absent)
      for criterion in Criterion.allCases {
        switch summary.criteria[criterion] {
        case .none: records.int(absent)
        case .some(.none): records.int(null)
        case .some(.some(let value)): records.int(Int64(value))
        }
      }
      records.int32(Int32(summary.questions.count))
      for question in summary.questions {
        records.int32(string(question.questionId))
        records.int32(string(question.question))
        records.int(Int64(question.overall))
      }
      for list in [summary.mustHavesShown, summary.mustHavesMissed] {
        records.int32(Int32(list.count))
        for item in list { records.int32(string(item)) }
      }
    }
    var out = Writer()
    out.bytes += magic
    out.int32(Int32(strings.count))
    for text in strings {
      let utf8 = Array(text.utf8)
      out.int32(Int32(utf8.count))
      out.bytes += utf8
    }
    out.bytes += records.bytes
    return Data(out.bytes)
  }

  static func decode(_ data: Data) -> [String: TranscriptIndex.Entry]? {
    data.withUnsafeBytes { bytes -> [String: TranscriptIndex.Entry]? in
      var reader = Reader(bytes: bytes)
      guard reader.take(magic.count).map(Array.init) == magic, let stringCount = reader.count() else { return nil }
      var strings: [String] = []
      strings.reserveCapacity(stringCount)
      for _ in 0..<stringCount {
        guard let length = reader.int32(), length >= 0, let utf8 = reader.take(Int(length)) else { return nil }
        strings.append(String(decoding: utf8, as: UTF8.self))
      }
      func string(_ number: Int32?) -> String?? {
        guard let number else { return .none }
        if number == -1 { return .some(nil) }
        return number >= 0 && Int(number) < strings.count ? .some(strings[Int(number)]) : .none
      }
      func required(_ number: Int32?) -> String? { string(number).flatMap { $0 } }
      guard let count = reader.count() else { return nil }
      var entries: [String: TranscriptIndex.Entry] = [:]
      entries.reserveCapacity(count)
      for _ in 0..<count {
        guard let name = required(reader.int32()), let size = reader.int(), let modified = reader.int(),
          let schema = reader.int(), let id = required(reader.int32()), let started = reader.double(), started.isFinite,
          let status = required(reader.int32()).flatMap(Transcript.Status.init(rawValue:)), let pid = reader.int(),
          let posting = string(reader.int32()), let company = string(reader.int32()), let bankCount = reader.count()
        else { return nil }
        var banks: [String] = []
        for _ in 0..<bankCount {
          guard let bank = required(reader.int32()) else { return nil }
          banks.append(bank)
        }
        guard let hasSummary = reader.byte() else { return nil }
        var summary: InterviewSummary?
        if hasSummary == 1 {
          guard let overall = reader.int() else { return nil }
          var criteria: [Criterion: Int?] = [:]
          for criterion in Criterion.allCases {
            guard let value = reader.int() else { return nil }
            if value == null { criteria[criterion] = .some(nil) } else if value != absent { criteria[criterion] = Int(value) }
          }
          guard let questionCount = reader.count() else { return nil }
          var questions: [QuestionScore] = []
          for _ in 0..<questionCount {
            guard let questionId = required(reader.int32()), let text = required(reader.int32()), let score = reader.int()
            else { return nil }
            questions.append(QuestionScore(questionId: questionId, question: text, overall: Int(score)))
          }
          var lists: [[String]] = []
          for _ in 0..<2 {
            guard let itemCount = reader.count() else { return nil }
            var items: [String] = []
            for _ in 0..<itemCount {
              guard let item = required(reader.int32()) else { return nil }
              items.append(item)
            }
            lists.append(items)
          }
          summary = InterviewSummary(
            overall: overall == absent ? nil : Int(overall), criteria: criteria, mustHavesShown: lists[0],
            mustHavesMissed: lists[1], questions: questions)
        } else if hasSummary != 0 {
          return nil
        }
        let header = TranscriptHeader(
          schema: Int(schema), id: id, startedAt: Date(timeIntervalSince1970: started), status: status,
          banks: banks, posting: posting, company: company, pid: pid == absent ? nil : Int32(truncatingIfNeeded: pid), summary: summary)
        entries[name] = TranscriptIndex.Entry(size: size, modified: modified, header: header)
      }
      return reader.atEnd ? entries : nil
    }
  }

  struct Writer {
    var bytes: [UInt8] = []
    mutating func byte(_ value: UInt8) { bytes.append(value) }
    mutating func int32(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func int(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func double(_ value: Double) { int(Int64(bitPattern: value.bitPattern)) }
  }

  struct Reader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0
    var atEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
      guard count >= 0, offset + count <= bytes.count else { return nil }
      defer { offset += count }
      return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }
    mutating func byte() -> UInt8? { take(1).map { $0[0] } }
    mutating func int32() -> Int32? { take(4).map { Int32(littleEndian: $0.loadUnaligned(as: Int32.self)) } }
    mutating func int() -> Int64? { take(8).map { Int64(littleEndian: $0.loadUnaligned(as: Int64.self)) } }
    mutating func double() -> Double? { int().map { Double(bitPattern: UInt64(bitPattern: $0)) } }
    /// A non-negative count no larger than the bytes left could hold.
    mutating func count() -> Int? {
      guard let raw = int32(), raw >= 0, Int(raw) <= bytes.count - offset else { return nil }
      return Int(raw)
    }
  }
}
