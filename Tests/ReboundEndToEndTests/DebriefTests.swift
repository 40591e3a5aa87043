import Foundation
import Testing

@Suite struct DebriefTests {
  @Test func aMissingSkillDebriefPlansSQLPracticeAndTheNextSessionAsksAboutIt() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    let run = try rebound(
      ["debrief", "--company", "Acme", "--role", "Data Analyst", "--stage", "final", "--reason", "missing-skill",
       "--feedback", "They wanted more hands-on SQL", "--json", "--transcripts", folder])
    #expect(run.status == 0, "\(run.stderr)")
    let debrief = try json(run.stdout)
    let plan = try #require(debrief["plan"] as? [String: Any])
    #expect((plan["focus"] as? [String])?.contains("match") == true)
    #expect(plan["skill"] as? String == "SQL")
    #expect((debrief["note"] as? String)?.contains("Acme") == true)
    let saved = try FileManager.default.contentsOfDirectory(atPath: folder + "/debriefs")
    #expect(saved.contains { $0.hasSuffix(".json") } && saved.contains { $0.hasSuffix("-note.txt") })

    let practice = try rebound(
      ["practice", "--plan", "latest", "--count", "3", "--no-follow-ups", "--transcripts", folder],
      input: "a\n\nb\n\nc\n\n")
    #expect(practice.status == 0, "\(practice.stderr)")
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.count == 3)
    #expect(turns.contains { ($0["question"] as? String)?.contains("SQL") == true })
  }

  @Test func withPracticeForTheCompanyTheDebriefNamesTheWeakestCriterionAndMissedRequirements() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    try rebound(
      ["practice", "--company", "Acme", "--posting", samplePosting, "--count", "3", "--seed", "5",
       "--no-follow-ups", "--transcripts", folder],
      input: "I like working with people.\n\nWe did a project once.\n\nNo questions.\n\n")
    let run = try rebound(
      ["debrief", "--company", "Acme", "--reason", "no-feedback", "--json", "--transcripts", folder])
    #expect(run.status == 0, "\(run.stderr)")
    let findings = try #require(try json(run.stdout)["findings"] as? [String: Any])
    #expect(findings["attempts"] as? Int == 1)
    #expect(findings["weakestCriterion"] is String)
    let missed = try #require(findings["requirementsNeverShown"] as? [String])
    #expect(missed.contains("2+ years of hands-on SQL experience"))
    let text = try rebound(["debrief", "--company", "Acme", "--reason", "no-feedback", "--transcripts", folder]).stdout
    #expect(text.contains("Weakest criterion:"))
    #expect(text.contains("Never brought out:"))
  }

  @Test func theInteractiveDebriefWorksThroughAPipe() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    let run = try rebound(
      ["debrief", "--transcripts", folder],
      input: "Globex\nSales Executive\nsecond\n2026-11-20\n5\nI came across as nervous and rambled.\n\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Which company was it?"))
    #expect(run.stdout.contains("Something about how I came across"))
    #expect(run.stdout.contains("Debrief: Globex"))
    let list = try rebound(["debrief", "--list", "--json", "--transcripts", folder])
    let debriefs = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    #expect(debriefs.count == 1)
    #expect(debriefs.first?["reason"] as? String == "presentation")
    #expect(debriefs.first?["stage"] as? String == "second")
    #expect((debriefs.first?["plan"] as? [String: Any])?["focus"] as? [String] == ["delivery"])
    let text = try rebound(["debrief", "--list", "--transcripts", folder]).stdout
    #expect(text.contains("Globex · Sales Executive · second  [presentation]"))
  }

  @Test func anEmptyPipeCancelsWithoutSavingAnything() throws {
    let scratch = try Scratch()
    let run = try rebound(["debrief", "--transcripts", scratch.path("transcripts")], input: "")
    #expect(run.status == 64)
    #expect(run.stderr == "rebound: debrief cancelled; nothing was saved\n")
    #expect(!FileManager.default.fileExists(atPath: scratch.path("transcripts/debriefs")))
  }

  @Test func compareShowsOutcomesOnTheTimelineAndRecurringPatterns() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    try rebound(["practice", "--count", "2", "--no-follow-ups", "--transcripts", folder], input: "a\n\nb?\n\n")
    for company in ["Acme", "Initech"] {
      try rebound(["debrief", "--company", company, "--stage", "final", "--reason", "better-qualified", "--transcripts", folder])
      usleep(1_100_000)
    }
    let text = try rebound(["compare", "--transcripts", folder]).stdout
    #expect(text.contains("✗ not offered: Acme, final stage (better-qualified)"))
    #expect(text.contains("Patterns across debriefs"))
    #expect(text.contains("2× better-qualified"))
    let report = try json(try rebound(["compare", "--json", "--transcripts", folder]).stdout)
    #expect((report["outcomes"] as? [Any])?.count == 2)
    #expect(((report["patterns"] as? [String: Any])?["stages"] as? [String: Int])?["final"] == 2)
  }
}
