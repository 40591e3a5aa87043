import Foundation
import Testing

/// What a daily user reads every time: tables that fit, the right "latest", reviews by number.
@Suite struct DailyUseTests {
  let longCompany = "The Extraordinarily Long-Named Regional Housing and Community Trust"
  let longRole = "Senior Customer Experience and Operational Excellence Programme Coordinator"

  @Test func compareAndTheDebriefListFitEightyColumnsWithLongNames() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    let posting = try scratch.write(
      "a-posting-file-with-a-very-long-name-for-a-housing-trust-role.md",
      "# \(longRole)\n\n## Requirements\n- Experience running a customer service team\n")
    for _ in 0..<2 {
      let run = try rebound(
        ["practice", "--company", longCompany, "--posting", posting, "--count", "2", "--seed", "2", "--no-follow-ups",
         "--transcripts", folder],
        input: "Last year I ran a team of twelve advisers and cut complaints by a third.\n\n/quit\n")
      #expect(run.status == 0, "\(run.stderr)")
    }
    let debrief = try rebound(
      ["debrief", "--company", longCompany, "--role", longRole, "--stage", "second round", "--reason", "better-qualified",
       "--transcripts", folder])
    #expect(debrief.status == 0, "\(debrief.stderr)")
    let compare = try rebound(["compare", "--transcripts", folder])
    #expect(compare.status == 0, "\(compare.stderr)")
    for line in compare.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line.count): \(line)") }
    #expect(!compare.stdout.contains("stage stage"))
    let list = try rebound(["debrief", "--list", "--transcripts", folder])
    for line in list.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line.count): \(line)") }
    let last = try rebound(["compare", "--last", "1", "--transcripts", folder])
    let rows = last.stdout.split(separator: "\n").filter { $0.range(of: #"^\s+\d+\s+\d\d-\d\d"#, options: .regularExpression) != nil }
    #expect(rows.count == 1, "--last 1 shows one attempt:\n\(last.stdout)")
  }

  @Test func reviewTakesTheNumberCompareShows() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    for answer in ["First answer about the rota I rebuilt.", "Second answer about the budget I cut."] {
      try rebound(
        ["practice", "--bank", "behavioral", "--count", "1", "--no-follow-ups", "--transcripts", folder],
        input: "\(answer)\n\n")
    }
    let second = try rebound(["review", "2", "--transcripts", folder])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("Second answer"))
    let latest = try rebound(["review", "latest", "--transcripts", folder])
    #expect(latest.stdout.contains("Second answer"), "two attempts within one second: latest is the second")
    let missing = try rebound(["review", "9", "--transcripts", folder])
    #expect(missing.status == 64)
  }

  @Test func theEndOfAnInterviewWithFeedbackAtTheEndSaysWhatToFix() throws {
    let scratch = try Scratch()
    let run = try rebound(
      ["practice", "--bank", "behavioral", "--count", "2", "--seed", "4", "--feedback", "end", "--no-follow-ups",
       "--transcripts", scratch.path("t")],
      input: "We did a project once.\n\nI think it went fine.\n\n")
    #expect(run.status == 0, "\(run.stderr)")
    let end = run.stdout.components(separatedBy: "What to work on").last ?? ""
    #expect(run.stdout.contains("What to work on"))
    #expect(end.contains(" 1  ") && end.contains(" 2  "), "a fix for each answer:\n\(end)")
    let saved = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch.path("t")).first { $0.hasSuffix(".json") })
    #expect(end.contains("rebound review \(scratch.path("t"))/\(saved)"), "names the file just written:\n\(end)")
  }
}
