import Foundation
import ReboundCore
import Testing

/// Thousands of generated, truncated and corrupted inputs: every one gives a result or a typed error.
@Suite struct PropertyTests {
  /// Seeded, so a failing case can be replayed.
  var generator = SplitMix64(seed: 0x5EED)

  static let postingFragments = [
    "# Data Analyst\n", "## Requirements\n", "Minimum qualifications:\n", "Nice to have\n", "- SQL\n",
    "• Python · R\n", "* 3+ years of experience\n", "1) A degree\n", "&amp; &#x27; &bogus; &#99999999;",
    "<li>Item</li>", "<h2>About us</h2>", "**What you'll bring**\n", "experienceWorking withTeams\n",
    "\u{1B}[2J", "\u{0}", "é ✓ — 日本語", "\r\n", ":", "(", ")", "preferred", "\n\n\n", "Company: Acme\n",
    "About Acme\nAcme is a firm.\n", "You have strong SQL. Experience in fintech is a plus.",
  ]

  @Test mutating func thePostingParserHandlesAnyMixOfFragmentsAndBytes() throws {
    let parser = PostingParser()
    for round in 0..<1500 {
      var text = ""
      for _ in 0..<Int(generator.next() % 12) {
        text += Self.postingFragments[Int(generator.next() % UInt64(Self.postingFragments.count))]
      }
      if round % 5 == 0 {
        text += String(decoding: (0..<Int(generator.next() % 64)).map { _ in UInt8(generator.next() % 256) }, as: UTF8.self)
      }
      do {
        let posting = try parser.parse(Data(text.utf8), file: "fuzz.md")
        for requirement in posting.requirements { #expect(!requirement.text.isEmpty) }
      } catch is PostingError {
        // A typed, explained refusal is a fine answer.
      }
    }
  }

  @Test mutating func theBankLoaderReportsProblemsForEveryTruncationAndCorruption() throws {
    let bank = try String(
      contentsOf: packageRoot.appendingPathComponent("QuestionBanks/behavioral.yaml"), encoding: .utf8)
    let bytes = Array(bank.utf8)
    let loader = BankLoader()
    for round in 0..<600 {
      var mutated = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count))))
      if round % 2 == 0, !mutated.isEmpty {
        for _ in 0..<3 { mutated[Int(generator.next() % UInt64(mutated.count))] = UInt8(generator.next() % 128) }
      }
      switch loader.load(Data(mutated), file: "fuzz.yaml") {
      case .success(let loaded): #expect(!loaded.id.isEmpty)
      case .failure(let problems):
        #expect(!problems.problems.isEmpty)
        for problem in problems.problems {
          #expect(problem.line >= 1)
          #expect(problem.description.hasPrefix("fuzz.yaml:"))
        }
      }
    }
  }

  @Test mutating func theTranscriptDecoderNeverCrashesOnTruncatedOrCorruptedFiles() throws {
    var transcript = Transcript(id: "fuzz", startedAt: Date(timeIntervalSince1970: 1_800_000_000), banks: ["b"])
    let card = Scorer().score("I rebuilt it and costs fell 20%.", question: "Tell me about a time.")
    transcript.turns = [
      Turn(
        questionId: "q", question: "Q?", kind: .behavioral, answer: "I rebuilt it and costs fell 20%.",
        startedAt: transcript.startedAt, seconds: 3, skipped: false, score: card)
    ]
    transcript.summary = Interviewer().summarize(transcript.turns)
    let bytes = Array(try TranscriptStore.encode(transcript))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let store = TranscriptStore(directory: directory)
    for round in 0..<1500 {
      var mutated = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1))))
      if round % 3 == 0, !mutated.isEmpty {
        mutated[Int(generator.next() % UInt64(mutated.count))] = UInt8(generator.next() % 256)
      }
      do {
        _ = try TranscriptStore.decode(Data(mutated), path: "fuzz.json")
      } catch let error as TranscriptError {
        #expect("\(error)".hasPrefix("fuzz.json: "))
      }
      if round % 10 == 0 {
        try Data(mutated).write(to: directory.appendingPathComponent(String(format: "%05d.json", round)))
      }
    }
    // Reading a folder of broken files warns per file and never throws.
    let (headers, warnings) = try store.loadHeaders()
    #expect(headers.count + warnings.count == 150)
  }
}
