import Foundation
import Testing

@Suite struct ReliabilityTests {
  @Test func aFolderThatCannotBeWrittenNeverCostsTheAnswers() throws {
    let scratch = try Scratch()
    _ = try scratch.write("blocker", "a regular file where a folder should be")
    let run = try rebound(
      ["practice", "--count", "2", "--no-follow-ups", "--transcripts", scratch.path("blocker/transcripts")],
      input: "First answer.\n\nSecond answer?\n\n", environment: ["TMPDIR": scratch.url.path])
    #expect(run.status == 74)
    let lines = run.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first?.contains("blocker/transcripts") == true, "said at once, naming the folder")
    #expect(lines.filter { $0.contains("kept in memory") }.count == 1, "said once, not per answer")
    let saved = try #require(lines.last)
    #expect(saved.contains("your answers were saved to"))
    let fallback = try #require(saved.components(separatedBy: "saved to ").last?.components(separatedBy: " instead").first)
    #expect(run.stdout.contains("rebound review \(fallback)"), "the end points at the file written, not at latest")
    #expect(!run.stdout.contains("review latest"))
    let data = try Data(contentsOf: URL(fileURLWithPath: fallback))
    let transcript = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let answers = (transcript["turns"] as? [[String: Any]])?.compactMap { $0["answer"] as? String }
    #expect(answers == ["First answer.", "Second answer?"])
  }

  @Test func aFolderLostMidSessionIsReportedAndTheAnswersSurvive() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    let live = try LiveRebound(
      ["practice", "--count", "3", "--seed", "1", "--no-follow-ups", "--transcripts", folder],
      environment: ["TMPDIR": scratch.url.path])
    let seen = live.output
    live.type("One.\n\n")
    #expect(eventually { seen.text.contains("Question 2 of 3") })
    // The folder becomes a file: every later write fails with ENOTDIR.
    try FileManager.default.removeItem(atPath: folder)
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder))
    live.type("Two.\n\n")
    #expect(eventually { live.errors.text.contains("kept in memory") })
    #expect(eventually { seen.text.contains("Question 3 of 3") }, "the interview goes on")
    live.type("Three?\n\n")
    live.finish()
    #expect(live.process.terminationStatus == 74)
    #expect(live.errors.text.contains("your answers were saved to"))
    let names = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
    let fallback = try #require(names.first { $0.hasPrefix("rebound-") && $0.hasSuffix(".json") })
    let data = try Data(contentsOf: scratch.url.appendingPathComponent(fallback))
    let transcript = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let answers = (transcript["turns"] as? [[String: Any]])?.compactMap { $0["answer"] as? String }
    #expect(answers == ["One.", "Two.", "Three?"])
  }

  @Test func twoSessionsStartedTogetherNeverOverwriteEachOther() async throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    let results = try await withThrowingTaskGroup(of: RunResult.self) { group in
      for index in 0..<4 {
        group.addTask {
          try rebound(
            ["practice", "--count", "2", "--seed", "\(index)", "--no-follow-ups", "--transcripts", folder],
            input: "Answer from session \(index).\n\nQuestion \(index)?\n\n")
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 4 && results.allSatisfy { $0.status == 0 })
    let transcripts = try scratch.transcripts()
    #expect(transcripts.count == 4)
    let first = Set(transcripts.compactMap { ($0["turns"] as? [[String: Any]])?.first?["answer"] as? String })
    #expect(first.count == 4)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func anInterruptedAttemptCanBeResumedWhereItStopped() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    try rebound(
      ["practice", "--count", "3", "--seed", "2", "--no-follow-ups", "--transcripts", folder],
      input: "First answer.\n\n")
    #expect(try scratch.transcripts().first?["status"] as? String == "interrupted")
    let compare = try rebound(["compare", "--transcripts", folder])
    #expect(compare.stdout.contains("* interrupted"))
    let run = try rebound(
      ["practice", "--resume", "latest", "--no-follow-ups", "--transcripts", folder],
      input: "Second answer.\n\nThird?\n\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Question 2 of 3"))
    #expect(!run.stdout.contains("Question 1 of 3"))
    let transcripts = try scratch.transcripts()
    #expect(transcripts.count == 1)
    #expect(transcripts.first?["status"] as? String == "complete")
    let answers = (transcripts.first?["turns"] as? [[String: Any]])?.compactMap { $0["answer"] as? String }
    #expect(answers == ["First answer.", "Second answer.", "Third?"])
    let again = try rebound(["practice", "--resume", "latest", "--transcripts", folder])
    #expect(again.status == 64)
  }
}
