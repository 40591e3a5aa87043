import Foundation
import Testing

@Suite struct FocusTests {
  @Test func focusWeakAsksFirstTheQuestionThatScoredLowest() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    let strong = "Last year our clinic ran late every day. I rebuilt the rota, trained two colleagues and set up a huddle, and as a result overtime fell by 30% within a month."
    let run = try rebound(
      ["practice", "--bank", "behavioral", "--count", "4", "--seed", "21", "--no-follow-ups",
       "--transcripts", folder],
      input: "\(strong)\n\nNo idea.\n\n\(strong)\n\nWhat does success look like in the first six months?\n\n")
    #expect(run.status == 0, "\(run.stderr)")
    let summary = try #require(try scratch.transcripts().first?["summary"] as? [String: Any])
    let scores = try #require(summary["questions"] as? [[String: Any]])
    let lowest = try #require(scores.min { ($0["overall"] as? Int ?? 0) < ($1["overall"] as? Int ?? 0) })
    let lowestText = try #require(lowest["question"] as? String)

    usleep(1_100_000)
    let drill = try rebound(
      ["practice", "--focus", "weak", "--count", "3", "--no-follow-ups", "--transcripts", folder],
      input: "a\n\nb\n\nc\n\n")
    #expect(drill.status == 0, "\(drill.stderr)")
    let lines = drill.stdout.split(separator: "\n").map(String.init)
    let first = try #require(lines.firstIndex(of: "Question 1 of 3"))
    #expect(lines[first + 1] == lowestText || drill.stdout.contains("Question 1 of 3\n\(lowestText)"))
  }

  @Test func focusNewPrefersQuestionsNeverAnswered() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    // The same bank and seed twice would ask the same questions; --focus new must not.
    try rebound(
      ["practice", "--bank", "behavioral", "--count", "4", "--seed", "1", "--no-follow-ups", "--transcripts", folder],
      input: String(repeating: "An answer.\n\n", count: 4))
    let seen = Set(
      (try scratch.transcripts().first?["turns"] as? [[String: Any]] ?? []).compactMap { $0["questionId"] as? String })
    usleep(1_100_000)
    try rebound(
      ["practice", "--bank", "behavioral", "--focus", "new", "--count", "4", "--seed", "1", "--no-follow-ups",
       "--transcripts", folder],
      input: String(repeating: "An answer.\n\n", count: 4))
    let latest = try #require(try scratch.transcripts().last?["turns"] as? [[String: Any]])
    let body = latest.dropFirst().dropLast().compactMap { $0["questionId"] as? String }
    #expect(!body.isEmpty && body.allSatisfy { !seen.contains($0) })
  }
}
