import Foundation
import Testing

@testable import ReboundCore

/// History read from transcripts in any formatting, and the index that spares reading them again.
@Suite struct TranscriptIndexTests {
  /// A scored attempt, as practice writes it.
  func attempt(_ number: Int) -> Transcript {
    let judge = Interviewer()
    let question = PlannedQuestion(question: Question(id: "q\(number % 3)", text: "Tell me about a time you fixed something.", kind: .behavioral))
    var transcript = Transcript(
      id: String(format: "2026-01-%02dT10-00-00Z", number + 1), startedAt: Date(timeIntervalSince1970: 1_790_000_000 + Double(number) * 86_400),
      banks: ["behavioral"], posting: "postings/data-analyst.md", company: "Acme")
    var turn = Turn(
      questionId: question.question.id, question: question.question.text, kind: .behavioral,
      answer: "In 2023 I rebuilt the rota and cut overtime by \(10 + number)%.", startedAt: transcript.startedAt,
      seconds: 40, skipped: false)
    turn.score = judge.score(turn.answer, for: question)
    transcript.turns = [turn]
    transcript.status = .complete
    transcript.summary = judge.summarize(transcript.turns)
    return transcript
  }

  /// The transcript as another tool might write it: compact, keys in a shuffled order.
  func compactShuffled(_ transcript: Transcript, seed: UInt64) throws -> Data {
    var generator = SplitMix64(seed: seed)
    func shuffle(_ value: Any) -> String {
      switch value {
      case let object as [String: Any]:
        let keys = object.keys.sorted().shuffled(using: &generator)
        return "{" + keys.map { key in "\"\(key)\":" + shuffle(object[key]!) }.joined(separator: ",") + "}"
      case let array as [Any]:
        return "[" + array.map(shuffle).joined(separator: ",") + "]"
      default:
        let data = try! JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
      }
    }
    let object = try JSONSerialization.jsonObject(with: TranscriptStore.encode(transcript))
    return Data(shuffle(object).utf8)
  }

  func folder(_ files: [(String, Data)]) throws -> TranscriptStore {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("index-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, data) in files { try data.write(to: url.appendingPathComponent(name)) }
    return TranscriptStore(directory: url)
  }

  @Test func anyFormattingAndKeyOrderGivesTheSameHeaders() throws {
    let transcripts = (0..<6).map(attempt)
    let ours = try folder(transcripts.map { ("\($0.id).json", try TranscriptStore.encode($0)) })
    let theirs = try folder(transcripts.enumerated().map { ("\($1.id).json", try compactShuffled($1, seed: UInt64($0))) })
    let expected = transcripts.map(TranscriptHeader.init)
    #expect(try ours.loadHeaders().headers == expected)
    #expect(try theirs.loadHeaders().headers == expected)
    #expect(try theirs.loadHeaders().headers == expected, "the same from the index")
  }

  @Test func theIndexNeverChangesAnAnswer() throws {
    let transcripts = (0..<4).map(attempt)
    let store = try folder(transcripts.map { ("\($0.id).json", try compactShuffled($0, seed: 7)) })
    let first = try store.loadHeaders()
    let index = store.directory.appendingPathComponent(TranscriptIndex.fileName)
    #expect(FileManager.default.fileExists(atPath: index.path))
    #expect(first.warnings.isEmpty)

    // A changed file is read again, whatever the index says.
    var changed = transcripts[1]
    changed.summary?.overall = 3
    try TranscriptStore.encode(changed).write(to: store.directory.appendingPathComponent("\(changed.id).json"))
    #expect(try store.loadHeaders().headers[1].summary?.overall == 3)

    // Deleted: the same figures. Corrupt: one warning line, rebuilt, the same figures.
    let now = try store.loadHeaders().headers
    try FileManager.default.removeItem(at: index)
    #expect(try store.loadHeaders().headers == now)
    try Data("{\"version\":1,\"entries\":{\"x\":".utf8).write(to: index)
    let rebuilt = try store.loadHeaders()
    #expect(rebuilt.headers == now)
    #expect(rebuilt.warnings.count == 1)
    #expect(rebuilt.warnings.first?.contains(".rebound-index: the index of transcripts could not be read; rebuilt it") == true)
    #expect(try store.loadHeaders().warnings.isEmpty, "rebuilt once, then read")

    // A file removed leaves the index.
    try FileManager.default.removeItem(at: store.directory.appendingPathComponent("\(transcripts[0].id).json"))
    #expect(try store.loadHeaders().headers == Array(now.dropFirst()))
  }

  @Test func aTruncatedOrForeignFileIsOneWarningAndTheRestStillCount() throws {
    let good = attempt(0)
    let whole = try compactShuffled(attempt(1), seed: 3)
    let store = try folder([
      ("\(good.id).json", try TranscriptStore.encode(good)),
      ("2026-01-02T10-00-00Z.json", whole.prefix(whole.count - 40)),
      ("2026-01-03T10-00-00Z.json", Data("{\"hello\": \"world\"}".utf8)),
    ])
    let (headers, warnings) = try store.loadHeaders()
    #expect(headers == [TranscriptHeader(good)])
    #expect(warnings.count == 2)
    #expect(warnings.allSatisfy { $0.hasSuffix("; skipped") })
  }

  @Test func idsSortByStartThenByAttemptNumber() {
    let ids = ["2026-01-01T10-00-00Z-10", "2026-01-01T10-00-00Z", "2026-01-01T10-00-00Z-2", "2026-01-01T09-59-59Z-data", "2026-01-01T10-00-00Z-data-2", "2026-01-01T10-00-00Z-data"]
    #expect(ids.sorted(by: TranscriptStore.startedBefore) == [
      "2026-01-01T09-59-59Z-data", "2026-01-01T10-00-00Z", "2026-01-01T10-00-00Z-2", "2026-01-01T10-00-00Z-10",
      "2026-01-01T10-00-00Z-data", "2026-01-01T10-00-00Z-data-2",
    ])
  }
}
