import Foundation
import Testing

@Suite struct CompareTests {
  /// Six attempts whose answers get steadily better.
  func sixAttempts(in scratch: Scratch) throws {
    let answers = [
      "I did some stuff.", "We fixed things as a team.", "I rebuilt the rota last year.",
      "Last year I rebuilt the rota and overtime fell.",
      "Last year our ward ran late, so I rebuilt the rota and overtime fell by 20%.",
      "Last spring our ward's handover ran 45 minutes. I rebuilt the rota, trained two colleagues, and as a result overtime fell by 30% in a month.",
    ]
    for answer in answers {
      let run = try rebound(
        ["practice", "--bank", "behavioral", "--count", "3", "--seed", "8", "--no-follow-ups",
         "--feedback", "end", "--transcripts", scratch.path("transcripts")],
        input: "Hello.\n\n\(answer)\n\nWhat does success look like here?\n\n")
      #expect(run.status == 0, "\(run.stderr)")
      usleep(1_100_000)  // one attempt per second: files are named by start time
    }
  }

  @Test func sixAttemptsAreListedOldestFirstWithScoresSparklinesAndChanges() throws {
    let scratch = try Scratch()
    try sixAttempts(in: scratch)
    let run = try rebound(["compare", "--json", "--transcripts", scratch.path("transcripts")])
    #expect(run.status == 0, "\(run.stderr)")
    let report = try json(run.stdout)
    let attempts = try #require(report["attempts"] as? [[String: Any]])
    #expect(attempts.count == 6)
    let started = attempts.compactMap { $0["startedAt"] as? String }
    #expect(started == started.sorted(), "oldest first")
    for attempt in attempts {
      #expect(attempt["id"] is String)
      #expect(attempt["status"] as? String == "complete")
      #expect(attempt["overall"] is Int)
      let criteria = try #require(attempt["criteria"] as? [String: Any])
      #expect(Set(criteria.keys) == ["story", "research", "match", "delivery"])
    }
    let story = try #require((report["trend"] as? [String: [String: Any]])?["story"])
    #expect((story["changeSinceFirst"] as? Int ?? 0) > 0, "the story score rose")
    #expect(report["questions"] is [[String: Any]])

    let text = try rebound(["compare", "--transcripts", scratch.path("transcripts")]).stdout
    #expect(text.contains("6 attempts, oldest first"))
    #expect(text.contains { "▁▂▃▄▅▆▇█".contains($0) }, "sparklines")
    #expect(text.contains("since first"))
    #expect(text.contains("Questions answered most"))
    #expect(text.contains("Weakest recently"))

    let csv = try rebound(["compare", "--csv", "--last", "2", "--transcripts", scratch.path("transcripts")])
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.first == "id,startedAt,status,posting,banks,overall,story,research,match,delivery")
    #expect(rows.count == 3)
  }

  @Test func anUnreadableTranscriptIsNamedInOneWarningAndSkipped() throws {
    let scratch = try Scratch()
    try rebound(
      ["practice", "--count", "2", "--no-follow-ups", "--transcripts", scratch.path("transcripts")],
      input: "One.\n\nTwo?\n\n")
    let broken = try scratch.write("transcripts/2020-01-01T00-00-00Z.json", "{\"schema\": 1, \"id\": ")
    let run = try rebound(["compare", "--json", "--transcripts", scratch.path("transcripts")])
    #expect(run.status == 0)
    let warnings = run.stderr.split(separator: "\n")
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains(broken) == true)
    #expect(((try json(run.stdout))["attempts"] as? [Any])?.count == 1)
  }
}

/// The index of transcript headers, through the binary: it only saves work.
@Suite struct TranscriptIndexEndToEndTests {
  @Test func compareGivesTheSameFiguresWithTheIndexWithoutItAndWithACorruptOne() throws {
    let scratch = try Scratch()
    let folder = scratch.path("transcripts")
    for answer in ["I did some stuff.", "Last spring I rebuilt the rota, and overtime fell by 30% in a month."] {
      try rebound(
        ["practice", "--bank", "behavioral", "--count", "2", "--seed", "3", "--no-follow-ups", "--transcripts", folder],
        input: "Hello.\n\n\(answer)\n\n")
      usleep(1_100_000)
    }
    // One attempt rewritten by another tool: compact, keys in another order.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
    let first = folder + "/" + names[0]
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: first)))
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: first))

    let fresh = try rebound(["compare", "--json", "--transcripts", folder])
    #expect(fresh.status == 0 && fresh.stderr.isEmpty, "\(fresh.stderr)")
    let index = folder + "/.rebound-index"
    #expect(FileManager.default.fileExists(atPath: index))
    let indexed = try rebound(["compare", "--json", "--transcripts", folder])
    #expect(indexed.stdout == fresh.stdout)
    try Data("rebound-index 3\ngarbage".utf8).write(to: URL(fileURLWithPath: index))
    let rebuilt = try rebound(["compare", "--json", "--transcripts", folder])
    #expect(rebuilt.stdout == fresh.stdout)
    #expect(rebuilt.stderr == "rebound: \(index): the index of transcripts could not be read; rebuilt it\n")
    #expect(try rebound(["compare", "--json", "--transcripts", folder]).stderr.isEmpty)
    let attempts = try #require((try JSONSerialization.jsonObject(with: Data(fresh.stdout.utf8)) as? [String: Any])?["attempts"] as? [Any])
    #expect(attempts.count == 2, "the rewritten attempt still counts")
  }
}
