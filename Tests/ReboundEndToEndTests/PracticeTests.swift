import Foundation
import Testing

@Suite struct PracticeTests {
  @Test func pipedAnswersLeaveOneCompleteTranscriptWithMultiLineAnswers() throws {
    let scratch = try Scratch()
    let run = try rebound(
      ["practice", "--count", "2", "--transcripts", scratch.path("transcripts")],
      input: "answer one\n\nline one\nline two\n\n")
    #expect(run.status == 0, "\(run.stderr)")
    let transcripts = try scratch.transcripts()
    try #require(transcripts.count == 1)
    let transcript = transcripts[0]
    #expect(transcript["status"] as? String == "complete")
    #expect(transcript["schema"] as? Int == 1)
    let turns = try #require(transcript["turns"] as? [[String: Any]])
    #expect(turns.count == 2)
    #expect(turns.first?["answer"] as? String == "answer one")
    #expect(turns.last?["answer"] as? String == "line one\nline two")
    for key in ["questionId", "question", "kind", "answer", "startedAt", "seconds", "skipped"] {
      #expect(turns[0][key] != nil, "turn is missing \(key)")
    }
    for key in ["id", "startedAt", "endedAt", "status", "banks", "turns"] {
      #expect(transcript[key] != nil, "transcript is missing \(key)")
    }
  }

  @Test func eachQuestionIsAnnouncedWithItsNumberAndThePipedOutputHasNoPrompt() throws {
    let scratch = try Scratch()
    let run = try rebound(
      ["--count", "3", "--seed", "7", "--no-follow-ups", "--transcripts", scratch.path("transcripts")],
      input: "a\n\nb\n\nc\n\n")
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("Question 1 of 3"))
    #expect(lines.contains("Question 2 of 3"))
    #expect(lines.contains("Question 3 of 3"))
    #expect(!run.stdout.contains("›"), "no prompt decoration on a pipe")
    #expect(!run.stdout.contains("\u{1B}"), "no escape codes on a pipe")
  }

  @Test func theInterviewOpensWithAnOpenerAndClosesWithTheCandidatesQuestions() throws {
    let scratch = try Scratch()
    try rebound(
      ["practice", "--count", "5", "--seed", "42", "--no-follow-ups", "--transcripts", scratch.path("transcripts")],
      input: String(repeating: "an answer\n\n", count: 5))
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.count == 5)
    #expect(turns.first?["kind"] as? String == "general")
    #expect(turns.last?["kind"] as? String == "closing")
    let ids = turns.compactMap { $0["questionId"] as? String }
    #expect(Set(ids).count == ids.count, "no question repeats")
  }

  @Test func theSameSeedAsksTheSameQuestions() throws {
    let scratch = try Scratch()
    for folder in ["one", "two"] {
      try rebound(
        ["practice", "--count", "4", "--seed", "99", "--no-follow-ups", "--transcripts", scratch.path(folder)],
        input: String(repeating: "x\n\n", count: 4))
    }
    let first = try scratch.transcripts(in: "one")[0]["turns"] as? [[String: Any]]
    let second = try scratch.transcripts(in: "two")[0]["turns"] as? [[String: Any]]
    #expect(
      first?.compactMap { $0["questionId"] as? String }
        == second?.compactMap { $0["questionId"] as? String })
  }

  @Test func skipRedoAndHintWorkFromAPipe() throws {
    let scratch = try Scratch()
    let run = try rebound(
      ["practice", "--count", "3", "--seed", "3", "--no-follow-ups", "--transcripts", scratch.path("transcripts")],
      input: "first try\n\n/redo\nbetter answer\n\n/hint\n/skip\nlast\n\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("A strong answer:"))
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.count == 3)
    #expect(turns[0]["answer"] as? String == "better answer")
    #expect(turns[1]["skipped"] as? Bool == true)
    #expect(turns[2]["answer"] as? String == "last")
    let earlier = try #require(turns[0]["earlierAttempts"] as? [[String: Any]], "/redo keeps the first attempt")
    #expect(earlier.map { $0["answer"] as? String } == ["first try"])
    #expect(earlier.first?["score"] != nil, "with its score")

    let review = try rebound(["review", "latest", "--transcripts", scratch.path("transcripts")])
    let before = try #require(review.stdout.range(of: "first try"), "review shows the attempt /redo replaced")
    let after = try #require(review.stdout.range(of: "better answer"))
    #expect(before.lowerBound < after.lowerBound, "in the order they were given")
    #expect(review.stdout.contains("before /redo"))
    let markdown = try rebound(["export", "latest", "--format", "markdown", "--transcripts", scratch.path("transcripts")])
    #expect(markdown.stdout.contains("> first try") && markdown.stdout.contains("better answer"))
  }

  @Test func endOfInputMidInterviewSavesWhatWasSaidAsInterrupted() throws {
    let scratch = try Scratch()
    let run = try rebound(
      ["practice", "--count", "4", "--no-follow-ups", "--transcripts", scratch.path("transcripts")],
      input: "only one answer\n\nhalf typed")
    #expect(run.status == 0)
    let transcript = try #require(try scratch.transcripts().first)
    #expect(transcript["status"] as? String == "interrupted")
    let turns = try #require(transcript["turns"] as? [[String: Any]])
    #expect(turns.map { $0["answer"] as? String } == ["only one answer", "half typed"])
  }

  @Test func anAnswerIsOnDiskBeforeTheNextQuestionAndSurvivesKillNine() throws {
    let scratch = try Scratch()
    let live = try LiveRebound(
      ["practice", "--count", "3", "--no-follow-ups", "--transcripts", scratch.path("transcripts")])
    let seen = live.output

    #expect(eventually { seen.text.contains("Question 1 of 3") })
    live.type("My answer é ✓ survives\n\n")
    #expect(eventually { seen.text.contains("Question 2 of 3") })
    // The moment the next question shows, the answer must already be saved.
    let saved = try scratch.transcripts()
    let turns = try #require(saved.first?["turns"] as? [[String: Any]])
    #expect(turns.first?["answer"] as? String == "My answer é ✓ survives")

    live.type("typing something unfinished\n")
    live.killNine()
    let afterKill = try scratch.transcripts()
    #expect(afterKill.count == 1)
    #expect(afterKill.first?["status"] as? String == "in-progress")
    let keptTurns = try #require(afterKill.first?["turns"] as? [[String: Any]])
    #expect(keptTurns.count == 1)

    let review = try rebound(["review", "latest", "--transcripts", scratch.path("transcripts")])
    #expect(review.status == 0)
    #expect(review.stdout.contains("interrupted"))
    #expect(review.stdout.contains("My answer é ✓ survives"))
  }
}

/// Collects a pipe's output on a background thread so the test can poll it.
final class OutputCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  private var closed = false

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      while true {
        let chunk = handle.availableData
        lock.lock()
        if chunk.isEmpty { closed = true } else { data.append(chunk) }
        lock.unlock()
        if chunk.isEmpty { break }
      }
    }
  }

  /// True once the writer has closed its end and everything has been read.
  var isClosed: Bool {
    lock.lock()
    defer { lock.unlock() }
    return closed
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: data, as: UTF8.self)
  }
}
