import Foundation
import Testing

@testable import ReboundCore

/// Every input the fuzzer found that broke a reader's promise, kept in `Fixtures/Fuzz/TARGET/`
/// and replayed through the same check it failed; and the checks themselves shown to catch
/// what they are there to catch, so a pass means something.
@Suite struct FuzzRegressionTests {
  static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Fuzz")

  /// The inputs kept for a target, and its seeds that are not fixtures elsewhere.
  static func inputs(_ check: ParserCheck) -> [URL] {
    let folders = [folder, packageRoot.appendingPathComponent("Fuzz/Seeds")].map { $0.appendingPathComponent(check.rawValue) }
    return folders.flatMap { (try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil)) ?? [] }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  @Test(arguments: ParserCheck.allCases)
  func everyInputTheFuzzerFoundNowPassesItsCheck(_ check: ParserCheck) throws {
    let inputs = Self.inputs(check)
    #expect(!inputs.isEmpty, "nothing kept for \(check.rawValue)")
    for url in inputs {
      #expect(throws: Never.self, "\(url.lastPathComponent)") { try check.run(try Data(contentsOf: url)) }
    }
  }

  @Test func aBulletSplitOnABarLosesBothMarkers() throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent("posting/bullet-split-on-a-bar.md"))
    let posting = try PostingParser().parse(data, file: "posting.md")
    #expect(posting.requirements.contains { $0.text == "Analyse appointment data to find bottlenecks" })
    #expect(!posting.requirements.contains { $0.text.hasPrefix("-") || $0.skill.hasPrefix("-") })
    // A number over a bullet, a marker after a label, a marker glued to a piece of a line.
    let text = "## Requirements\n1. · Experience in healthcare\nSkills: - SQL reporting\nSome PHP;*a portfolio of work\n"
    let items = PostingParser().parse(text: text).requirements.map(\.text)
    #expect(items.contains("Experience in healthcare"), "\(items)")
    #expect(!items.contains { BulletLine.strip($0) != nil }, "\(items)")
  }

  @Test func theScoreCheckRefusesEvidenceThatIsNotTheAnswersOwnWords() {
    let answer = "I cut the close from nine days to four."
    var card = Scorer().score(answer, question: "Tell me about a time you improved a process.")
    #expect(throws: Never.self) { try ScoreCheck.check(card, answer: answer) }
    var story = card.criteria[.story] ?? CriterionScore(score: 50)
    story.evidence = [Evidence(label: "result", text: "nine days", start: 2, end: 11)]
    card.criteria[.story] = story
    #expect(throws: InvariantViolation.self) { try ScoreCheck.check(card, answer: answer) }
    story.evidence = [Evidence(label: "result", text: "four.", start: 34, end: 60)]
    card.criteria[.story] = story
    #expect(throws: InvariantViolation.self) { try ScoreCheck.check(card, answer: answer) }
    card.criteria[.story] = CriterionScore(score: 50)
    card.overall = 101
    #expect(throws: InvariantViolation.self) { try ScoreCheck.check(card, answer: answer) }
  }

  @Test func thePostingCheckFindsRequirementWordsOnlyInThePosting() {
    let source = PostingCheck.squashed("Must have:\n• SQL & Excel (3+ yrs)")
    #expect(PostingCheck.words("SQL, Excel; 3 yrs").allSatisfy(source.contains))
    #expect(!PostingCheck.words("Python").allSatisfy(source.contains))
  }

  @Test func theIndexCheckRefusesAnIndexThatDoesNotReadBack() throws {
    // A real index, read and written back, passes; the same bytes cut short are refused whole.
    let url = packageRoot.appendingPathComponent("Fuzz/Seeds/index/three-transcripts.rebound-index")
    let data = try Data(contentsOf: url)
    #expect(TranscriptIndexFormat.decode(data)?.count == 3)
    #expect(throws: Never.self) { try ParserCheck.index.run(data) }
    #expect(TranscriptIndexFormat.decode(data.prefix(data.count - 1)) == nil)
  }
}

extension FuzzRegressionTests {
  @Test func aYAMLErrorAtTheEndOfTheFileIsOnItsLastLine() {
    for text in ["id: x\nquestions:\n  - {text: b", "id: x\nquestions:\n  - {text: b\n"] {
      guard case .failure(let problems) = BankLoader().load(Data(text.utf8), file: "b.yaml") else {
        Issue.record("an unclosed mapping read as a bank")
        continue
      }
      #expect(problems.problems.map(\.line) == [3], "\(problems)")
    }
    // YAML ends a line at a lone carriage return too, and numbers its errors so.
    if case .failure(let problems) = BankLoader().load(Data("id: x\r\rquestions:\r  - {text: b".utf8), file: "b.yaml") {
      #expect(problems.problems.map(\.line) == [4], "\(problems)")
    }
    #expect("a\r\nb\rc\u{2028}d\n".lineCount == 4)
    let story = "---\ntitle: [unclosed\n"
    guard case .failure(let problem) = StoryFile.parse(Data(story.utf8), file: "s.md", id: "s") else {
      Issue.record("an unclosed list read as a story")
      return
    }
    #expect(problem.line <= 2, "\(problem)")
  }
}

extension FuzzRegressionTests {
  @Test func aLineThatOnlyLooksLikeAHeadingStaysInTheStory() throws {
    // "#&situation:" is no Markdown heading; "## Result" inside a YAML story's text is escaped when written.
    let plain = try StoryFile.parse(Data("# Title\n#&situation: the ward\n".utf8), file: "s.md", id: "s").get()
    #expect(plain.text == "#&situation: the ward" && plain.parts.isEmpty)
    let yaml = try StoryFile.parse(
      Data("title: T\ntext: \"## Result\\nI cut it.\"\n".utf8), file: "s.yaml", id: "s"
    ).get()
    let written = StoryFile.markdown(yaml)
    #expect(written.contains("\\## Result"))
    #expect(try StoryFile.parse(Data(written.utf8), file: "s.md", id: "s").get() == yaml)
  }
}

extension FuzzRegressionTests {
  @Test func aStoryFromAnotherToolReadsAsReboundWouldWriteIt() throws {
    // Old Mac line ends, Windows line ends, a byte-order mark in the title, an escape sequence.
    let file = "---\r\ntitle: \u{FEFF}Cut the close\r\n---\r\nI rebuilt it.\rIt took \u{1B}[31mfour\u{1B}[0m days.\r\n"
    let story = try StoryFile.parse(Data(file.utf8), file: "s.md", id: "s").get()
    #expect(story.title == "Cut the close")
    #expect(story.text == "I rebuilt it.\nIt took four days.")
    #expect(try StoryFile.parse(Data(StoryFile.markdown(story).utf8), file: "s.md", id: "s").get() == story)
  }
}

extension FuzzRegressionTests {
  @Test func aTranscriptsDatesAreTheOnesItWouldWriteBack() {
    // Before 1582 Foundation's calendar is Julian and ours is proleptic Gregorian: six days apart.
    #expect(TimestampParser.read("1013-11-24T04:47:50Z") == nil)
    #expect(TimestampParser.read("1969-12-31T23:59:59Z") == nil)
    // Fractions of a second are not written, so they are not read either.
    let date = TimestampParser.read("2026-11-24T04:47:50.75Z") ?? TimestampParser.read("2026-11-24T04:47:50+00:00")
    #expect(date.map(TimestampParser.string) == "2026-11-24T04:47:50Z")
    #expect(TimestampParser.read("2026-11-24T05:47:50+01:00").map(TimestampParser.string) == "2026-11-24T04:47:50Z")
  }
}

extension FuzzRegressionTests {
  static let header = TranscriptHeader(
    schema: 1, id: "a", startedAt: Date(timeIntervalSince1970: 1_800_000_000), status: .complete, banks: ["b"],
    posting: nil, company: nil, pid: nil,
    summary: InterviewSummary(
      overall: 99_999_999_999, criteria: [.story: Optional(70), .research: Optional<Int>.none], mustHavesShown: [], mustHavesMissed: [],
      questions: [QuestionScore(questionId: "q", question: "Q?", overall: -5_000_000_000)]))

  @Test func theIndexKeepsAnyNumberATranscriptHoldsAndRefusesATimeThatIsNoTime() {
    // A score too big for 32 bits once stopped `compare` with a crash while it wrote the index.
    let entry = TranscriptIndex.Entry(size: 10, modified: 1, header: Self.header)
    #expect(TranscriptIndexFormat.decode(TranscriptIndexFormat.encode(["a.json": entry]))?["a.json"] == entry)
    var nan = entry
    nan.header.startedAt = Date(timeIntervalSince1970: .nan)
    #expect(TranscriptIndexFormat.decode(TranscriptIndexFormat.encode(["a.json": nan])) == nil)
  }
}

extension FuzzRegressionTests {
  @Test func backslashesBeforeAHashSurviveBeingWrittenBack() throws {
    for line in ["\\#", "\\\\#", "\\## Result", "#", "# Result"] {
      var story = Story(title: "T", text: "I did it.")
      story.parts[.result] = "It worked.\n" + line
      let again = try StoryFile.parse(Data(StoryFile.markdown(story).utf8), file: "s.md", id: "").get()
      #expect(again.parts[.result] == story.parts[.result], "\(line)")
    }
  }
}

extension FuzzRegressionTests {
  @Test func historyReadsATrailingCommaAsJSONDecoderDoes() {
    // JSONDecoder takes a comma before a closing bracket; history dropped the question instead.
    let json = Data(#"{"a": [1, 2, ], "b": {"c": 3,}, }"#.utf8)
    json.withUnsafeBytes { bytes in
      let members = JSONMembers.of(bytes)
      #expect(members?.map(\.key) == ["a", "b"])
      if let a = members?.first?.value { #expect(JSONMembers.elements(bytes, in: a)?.count == 2) }
    }
    // Two commas, or one with nothing before it, stay errors (a value is skipped unread until asked for).
    Data(#"{"a": [1,, 2]}"#.utf8).withUnsafeBytes { bytes in
      #expect(JSONMembers.of(bytes).flatMap { JSONMembers.elements(bytes, in: $0[0].value) } == nil)
    }
    Data(#"{, "a": 1}"#.utf8).withUnsafeBytes { bytes in #expect(JSONMembers.of(bytes) == nil) }
  }
}
