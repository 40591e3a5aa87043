import Foundation
import Testing

@Suite struct ExportTests {
  let hostile = "I cleared \u{1B}[2J the screen <script>alert('x')</script> and cut costs by 30%."

  func practise(_ scratch: Scratch, answer: String, times: Int = 1) throws {
    for _ in 0..<times {
      let run = try rebound(
        ["practice", "--bank", "behavioral", "--count", "2", "--seed", "3", "--no-follow-ups",
         "--transcripts", scratch.path("transcripts")],
        input: "\(answer)\n\nWhat does success look like here?\n\n")
      #expect(run.status == 0, "\(run.stderr)")
      if times > 1 { usleep(1_100_000) }
    }
  }

  @Test func htmlIsOneSelfContainedPageWithAChartAndMarkedEvidence() throws {
    let scratch = try Scratch()
    try practise(scratch, answer: "Last year I rebuilt the rota, and as a result overtime fell by 30%.", times: 3)
    let run = try rebound(["export", "latest", "--format", "html", "--transcripts", scratch.path("transcripts")])
    #expect(run.status == 0, "\(run.stderr)")
    let html = run.stdout
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<style>"))
    #expect(html.contains("<svg"))
    #expect(html.components(separatedBy: "<circle").count - 1 == 3, "one point per attempt on these banks")
    #expect(html.contains("<mark>Last year I rebuilt the rota, and as a result overtime fell by 30%.</mark>"), "the evidence marked in the answer")
    #expect(html.contains("Question 2"))
    #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="), "no network")
    #expect(!html.contains("<script"))
  }

  @Test func theReportLeadsWithWhatWasPractisedAndItsFixesAndChartsOnlyEarlierAttempts() throws {
    let scratch = try Scratch()
    try practise(scratch, answer: "Last year I rebuilt the rota, and as a result overtime fell by 30%.", times: 3)
    let first = try rebound(["export", "1", "--format", "html", "--transcripts", scratch.path("transcripts")]).stdout
    #expect(first.components(separatedBy: "<circle").count - 1 == 1, "no attempt made after this one is drawn")
    #expect(first.contains("this attempt") && first.contains("earlier attempts"), "the chart has a legend")
    let glance = try #require(first.range(of: "At a glance"))
    let question = try #require(first.range(of: "<h2>Question 1</h2>"))
    #expect(glance.lowerBound < question.lowerBound, "the summary comes before the answers")
    #expect(first.contains("The fixes that matter most"))
    #expect(!first.contains("--company") && !first.contains("--research"), "nothing addressed to the command line")
  }

  @Test func hostileAnswersComeBackInertThroughReviewAndEveryExport() throws {
    let scratch = try Scratch()
    try practise(scratch, answer: hostile)
    let folder = scratch.path("transcripts")
    let review = try rebound(["review", "latest", "--transcripts", folder])
    #expect(review.status == 0)
    #expect(!review.stdout.contains("\u{1B}"), "no raw ESC reaches the terminal")
    #expect(review.stdout.contains("<script>"), "text is shown, just made harmless")

    let html = try rebound(["export", "latest", "--format", "html", "--transcripts", folder]).stdout
    #expect(!html.contains("<script"))
    #expect(!html.contains("\u{1B}"))
    #expect(html.contains("&lt;script&gt;"))

    let markdown = try rebound(["export", "latest", "--format", "markdown", "--transcripts", folder]).stdout
    #expect(!markdown.contains("<script"))
    #expect(!markdown.contains("\u{1B}"))

    let json = try rebound(["export", "latest", "--format", "json", "--transcripts", folder]).stdout
    let transcript = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let turns = try #require(transcript["turns"] as? [[String: Any]])
    #expect(turns.first?["answer"] as? String == hostile, "the transcript itself keeps what was typed")
  }

  @Test func exportWritesAFileWhenAsked() throws {
    let scratch = try Scratch()
    try practise(scratch, answer: "I led the move and it finished on time.")
    let out = scratch.path("coach.md")
    let run = try rebound(
      ["export", "latest", "--format", "markdown", "-o", out, "--transcripts", scratch.path("transcripts")])
    #expect(run.status == 0)
    let text = try String(contentsOfFile: out, encoding: .utf8)
    #expect(text.hasPrefix("# Mock interview"))
    #expect(text.contains("| Success story |"))
  }

  @Test func transcriptReferencesCannotEscapeTheFolder() throws {
    let scratch = try Scratch()
    for command in [["review", "../../etc/passwd"], ["export", "../../etc/passwd", "--format", "json"]] {
      let run = try rebound(command + ["--transcripts", scratch.path("transcripts")])
      #expect(run.status == 64)
      #expect(run.stderr.contains("is not a transcript id"))
      #expect(!run.stdout.contains("root:"))
    }
  }
}
