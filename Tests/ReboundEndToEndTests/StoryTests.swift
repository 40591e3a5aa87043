import Foundation
import Testing

/// The story bank through the built binary, as a person or a script uses it.
@Suite struct StoryTests {
  let sql = """
    At a community health trust in 2023 the weekly waiting-time report took two of us most of Monday to \
    assemble from spreadsheet exports. I wrote SQL queries against the appointments database that joined \
    bookings, cancellations and clinic rotas, and I scheduled them to run at 6am every Monday. I checked the \
    output against three months of old reports and fixed two joins that double-counted cancelled slots. The \
    report now takes 20 minutes instead of a day, and the clinic managers have it before their 9am meeting.
    """
  let dashboard = """
    Our regional managers could not see which clinics were falling behind until the monthly review. I built \
    a Power BI dashboard that showed each clinic's waiting list, no-show rate and staffing on one page, and I \
    met the four managers to agree which three measures mattered most. Within a quarter two flagged clinics \
    cut their waiting lists by 30%, and the dashboard is now used in every weekly meeting.
    """
  let vague = """
    I am a hard worker and a team player. I always communicate well and I care about doing a good job, and \
    people say I go the extra mile.
    """

  func json(_ result: RunResult) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }

  /// Three stories added the way the issue describes, in a fresh bank in `scratch`.
  func bank(_ scratch: Scratch) throws -> [String: String] {
    let env = ["REBOUND_STORIES": scratch.path("stories")]
    try rebound(["stories", "add", "--title", "Automated the weekly report", "--tags", "sql,reporting", "--file", scratch.write("sql.txt", sql)], environment: env)
    try rebound(["stories", "add", "--title", "Clinic dashboard", "--file", "-"], input: dashboard, environment: env)
    let added = try rebound(["stories", "add", "--title", "Why I am reliable", "--file", scratch.write("vague.txt", vague)], environment: env)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("Saved 'why-i-am-reliable'"))
    #expect(added.stdout.contains("missing:") && added.stdout.contains("your own part"), "the quality comes with the save:\n\(added.stdout)")
    return env
  }

  @Test func listScoresConcreteStoriesFarAboveAVagueOneNewestFirst() throws {
    let scratch = try Scratch()
    let env = try bank(scratch)
    let rows = try #require(try json(rebound(["stories", "list", "--json"], environment: env)) as? [[String: Any]])
    #expect(rows.map { $0["id"] as? String } == ["why-i-am-reliable", "clinic-dashboard", "automated-the-weekly-report"])
    let score = { (id: String) in rows.first { $0["id"] as? String == id }?["score"] as? Int ?? -1 }
    #expect(score("automated-the-weekly-report") >= score("why-i-am-reliable") + 20)
    #expect(score("clinic-dashboard") >= score("why-i-am-reliable") + 20)
    let first = try #require(rows.first)
    #expect(Set(first.keys) == ["id", "title", "tags", "score", "words", "missing"])
    #expect((rows.last?["tags"] as? [String]) == ["sql", "reporting"])
    let text = try rebound(["stories", "list"], environment: env).stdout
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text)")
  }

  @Test func matchPutsEachStoryUnderWhatItShowsAndNamesTheGaps() throws {
    let scratch = try Scratch()
    let env = try bank(scratch)
    let posting = packageRoot.appendingPathComponent("QuestionBanks/postings/data-analyst.md").path
    let result = try rebound(["stories", "match", "--posting", posting, "--json"], environment: env)
    #expect(result.status == 0, "\(result.stderr)")
    let map = try #require(try json(result) as? [String: Any])
    let requirements = try #require(map["requirements"] as? [[String: Any]])
    let stories = { (words: String) -> [String] in
      let entry = requirements.first { ($0["text"] as? String)?.contains(words) == true }
      return (entry?["stories"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    }
    #expect(stories("SQL") == ["automated-the-weekly-report"])
    #expect(stories("dashboards") == ["clinic-dashboard"])
    #expect(!requirements.contains { (($0["stories"] as? [[String: Any]]) ?? []).contains { $0["id"] as? String == "why-i-am-reliable" } })
    let fit = try #require((requirements.first { ($0["text"] as? String)?.contains("SQL") == true }?["stories"] as? [[String: Any]])?.first)
    #expect(Set(fit.keys) == ["id", "title", "fit", "evidence"])
    #expect((fit["evidence"] as? [String])?.contains("SQL") == true)
    let gaps = try #require(map["gaps"] as? [[String: Any]])
    #expect(gaps.contains { ($0["text"] as? String)?.contains("Python or R") == true })
    #expect(gaps.allSatisfy { ($0["prompt"] as? String)?.hasPrefix("Write a story") == true })
    let text = try rebound(["stories", "match", "--posting", posting], environment: env).stdout
    #expect(text.contains("Write these next"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text)")
  }

  @Test func showExportAndRemove() throws {
    let scratch = try Scratch()
    let env = try bank(scratch)
    let shown = try rebound(["stories", "show", "why-i", "--json"], environment: env)
    let story = try #require(try json(shown) as? [String: Any])
    #expect(story["id"] as? String == "why-i-am-reliable", "a prefix names one story")
    #expect((story["skeleton"] as? String)?.contains("[What you did yourself: 'I …'.]") == true, "\(story["skeleton"] ?? "")")
    let text = try rebound(["stories", "show", "why-i-am-reliable"], environment: env).stdout
    #expect(text.contains("Skeleton from your own words (not a model answer)"))

    let exported = try rebound(["stories", "export", "--output", scratch.path("coach.md")], environment: env)
    #expect(exported.stdout.contains("Wrote 3 stories"))
    let document = try String(contentsOfFile: scratch.path("coach.md"), encoding: .utf8)
    #expect(document.hasPrefix("# My interview stories"))
    #expect(document.contains("## Clinic dashboard") && document.contains("Quality: "))

    #expect(try rebound(["stories", "rm", "why-i"], environment: env).status == 64, "deleting needs the whole id")
    let removed = try rebound(["stories", "rm", "why-i-am-reliable"], environment: env)
    #expect(removed.stdout.contains("Removed 'why-i-am-reliable'"))
    let missing = try rebound(["stories", "show", "why-i-am-reliable"], environment: env)
    #expect(missing.status == 64)
    #expect(missing.stderr.hasPrefix("rebound: no story 'why-i-am-reliable'"))
  }

  @Test func aMalformedFileIsOneLineAndTheOthersStillLoad() throws {
    let scratch = try Scratch()
    let env = try bank(scratch)
    let broken = try scratch.write("stories/broken.md", "---\ntitle: Broken\ntags: [sql\n---\nI did a thing.\n")
    let listed = try rebound(["stories", "list", "--json"], environment: env)
    #expect(listed.status == 0)
    #expect(listed.stderr == "rebound: \(broken):4: invalid YAML: did not find expected ',' or ']'\n")
    #expect((try json(listed) as? [Any])?.count == 3)
    let shown = try rebound(["stories", "show", "broken"], environment: env)
    #expect(shown.status == 65)
    #expect(shown.stderr.hasPrefix("rebound: \(broken):4: invalid YAML"))
    #expect(try String(contentsOfFile: broken, encoding: .utf8).contains("tags: [sql"), "nothing rewrites the user's file")
  }

  @Test func badInputGetsOneLineAndADocumentedExitCode() throws {
    let scratch = try Scratch()
    let env = ["REBOUND_STORIES": scratch.path("stories")]
    let noTitle = try rebound(["stories", "add", "--file", scratch.write("a.txt", "I did it.")], environment: env)
    #expect(noTitle.status == 64)
    #expect(noTitle.stderr == "rebound: a story needs a title: add --title \"…\"\n")
    let noFile = try rebound(["stories", "add", "--title", "T"], environment: env)
    #expect(noFile.status == 64)
    #expect(noFile.stderr.contains("needs --file FILE"))
    let empty = try rebound(["stories", "add", "--title", "T", "--file", "-"], input: "  \n", environment: env)
    #expect(empty.status == 65)
    let binary = try rebound(["stories", "add", "--title", "T", "--file", "-"], input: "a\u{0}b", environment: env)
    #expect(binary.status == 65 && binary.stderr.contains("not UTF-8 text"))
    let edit = try rebound(["stories", "edit", "x"], environment: env)
    #expect(edit.status == 64, "no such story")
    let left = (try? FileManager.default.contentsOfDirectory(atPath: scratch.path("stories"))) ?? []
    #expect(left.isEmpty, "nothing saved from bad input: \(left)")
  }

  @Test func storiesSurviveAKillAtAnyMomentOfAWrite() throws {
    let scratch = try Scratch()
    let folder = scratch.path("stories")
    let long = String(repeating: sql + "\n\n", count: 400)
    for round in 0..<20 {
      let live = try LiveRebound(["stories", "add", "--title", "Round \(round)", "--file", "-"], environment: ["REBOUND_STORIES": folder])
      live.type(long)
      usleep(UInt32.random(in: 0...40_000))
      live.killNine()
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasSuffix(".md") && !name.hasPrefix(".") {
      let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      #expect(text.hasPrefix("---\ntitle: Round "), "\(name) is whole")
      #expect(text.hasSuffix("9am meeting.\n"), "\(name) is whole")
    }
    let listed = try rebound(["stories", "list", "--json"], environment: ["REBOUND_STORIES": folder])
    #expect(listed.stderr.isEmpty, "every file that exists reads: \(listed.stderr)")
  }

  @Test func scoreJSONCarriesASkeletonOfTheAnswersOwnWords() throws {
    let scratch = try Scratch()
    let answer = "Last spring the monthly sales report was always late. We moved the whole thing into SQL. We rebuilt the queries with the finance team."
    let result = try rebound([
      "score", "--question", "Tell me about a time you improved a process.", "--answer-file", scratch.write("a.txt", answer), "--json",
    ])
    let card = try #require(try json(result) as? [String: Any])
    let skeleton = try #require(card["skeleton"] as? String)
    #expect(skeleton.contains("We moved the whole thing into SQL."))
    #expect(skeleton.contains("[What you did yourself: 'I …'.]"), "\(skeleton)")
    #expect((card["missing"] as? [String])?.contains("your own part") == true, "\(card["missing"] ?? "")")
    let salary = try rebound(["score", "--question", "What are your salary expectations?", "--answer-file", scratch.write("s.txt", "Around 45k."), "--json"])
    let salaryCard = try #require(try json(salary) as? [String: Any])
    #expect(salaryCard["skeleton"] is NSNull, "a figure has no parts to order, and says so with null")
  }
}

/// The story bank inside a practice interview.
@Suite(.serialized) struct StoryPracticeTests {
  static let strong = """
    At Calder Foods in 2023 our month-end close took nine days because bank reconciliations were done by hand, \
    and the finance director could not report to the board on time. My job was to get the close under five days \
    before the year-end audit. I wrote SQL that matched the ledger against the bank feeds every night, and I \
    trained the three accountants to work from the exceptions list instead of the full statements. I rewrote the \
    close checklist so each check had one owner and a deadline. By March the close took four days instead of nine, \
    the auditors signed off two weeks early, and we still use the exceptions list every month. I learned to fix \
    the process before asking people to work harder, and I now start every improvement by timing each step.
    """

  /// A bank of one behavioural question, asked first.
  func oneQuestionBank(_ scratch: Scratch) throws -> String {
    try scratch.write("bank.yaml", """
      id: mine
      title: Mine
      description: One question.
      questions:
        - id: close
          text: Tell me about a time you made a process faster.
          kind: behavioral
          opener: true
          tips: [One real story.]
      """)
  }

  @Test func theEndNamesAStoryToldTwiceAndTheMustHavesWithNoStory() throws {
    let scratch = try Scratch()
    let env = ["REBOUND_STORIES": scratch.path("stories")]
    try rebound(["stories", "add", "--title", "Faster month-end close", "--file", "-"], input: Self.strong, environment: env)
    let posting = packageRoot.appendingPathComponent("QuestionBanks/postings/data-analyst.md").path
    let result = try rebound(
      ["practice", "--posting", posting, "--count", "3", "--seed", "2", "--no-follow-ups", "--transcripts", scratch.path("t")],
      input: "/stories\n\(Self.strong)\n\n/better\n\(Self.strong)\n\n/quit\n", environment: env)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Told twice: questions 1 and 2 both got your story 'Faster month-end close'"), "\(result.stdout)")
    #expect(result.stdout.contains("No story in your bank yet for: "))
    #expect(result.stdout.contains("Skeleton from your own words (not a model answer)"), "/better answers")
    #expect(!result.stdout.contains("Keep this answer"), "no offer through a pipe: nothing is saved without a yes")
    #expect((try FileManager.default.contentsOfDirectory(atPath: scratch.path("stories"))).count == 1)
  }

  @Test func aStrongAnswerIsKeptAsAStoryOnlyOnYesInARealTerminal() throws {
    let scratch = try Scratch()
    let stories = scratch.path("stories")
    let repl = try TmuxSession(
      ["practice", "--bank", try oneQuestionBank(scratch), "--count", "2", "--company", "Acme", "--no-follow-ups",
       "--stories", stories, "--transcripts", scratch.path("t")],
      scratch: scratch)
    try #require(repl.waitFor("Q1 0:0"))
    try repl.type(Self.strong)
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Keep this answer in your story bank? [y/N]"))
    try repl.type("y")
    try repl.press("Enter")
    try #require(repl.waitFor("Title [A time I made a process faster]:"))
    try repl.type("Month-end close")
    try repl.press("Enter")
    try #require(repl.waitFor("Kept as 'month-end-close'"))
    try #require(repl.waitFor("Question 2 of 2"))
    try repl.type("/better")
    try repl.press("Enter")
    #expect(repl.waitFor("Skeleton from your own words"))
    try repl.press("C-d")
    #expect(repl.waitFor("[exit 0]"))
    let saved = try String(contentsOfFile: stories + "/month-end-close.md", encoding: .utf8)
    #expect(saved.contains("title: Month-end close"))
    #expect(saved.contains("I wrote SQL that matched the ledger"))
  }
}

/// Writing and editing stories in the user's own editor, in a real terminal.
@Suite(.serialized) struct StoryEditorTests {
  /// An "editor" that runs a shell line on the file it is given, as a person's edit would.
  func editor(_ scratch: Scratch, _ name: String, _ script: String) throws -> String {
    let path = try scratch.write(name, "#!/bin/sh\n\(script)\n")
    chmod(path, 0o755)
    return path
  }

  @Test func addOpensTheEditorOnATemplateAndKeepsOnlyWhatWasWritten() throws {
    let scratch = try Scratch()
    let fill = try editor(scratch, "fill.sh", """
      sed -i 's/^What did you do yourself, step by step? .*/I rang three suppliers and moved the order to the one with stock./' "$1"
      """)
    let repl = try TmuxSession(
      ["stories", "add", "--title", "Saved the launch", "--stories", scratch.path("stories")], scratch: scratch,
      environment: ["EDITOR": fill, "VISUAL": ""])
    #expect(repl.waitFor("Saved 'saved-the-launch'"))
    #expect(repl.waitFor("[exit 0]"))
    let saved = try String(contentsOfFile: scratch.path("stories/saved-the-launch.md"), encoding: .utf8)
    #expect(saved.contains("## Action\n\nI rang three suppliers"))
    #expect(!saved.contains("Where and when was this"), "the template's prompts are not part of the story:\n\(saved)")
    #expect(!saved.contains("Tell it in a few sentences"))
  }

  @Test func anEditThatBreaksTheFileLeavesTheStoryAsItWasAndKeepsTheEdit() throws {
    let scratch = try Scratch()
    let folder = scratch.path("stories")
    try rebound(["stories", "add", "--title", "Audit", "--file", "-"], input: "In 2024 I found the gap and fixed it in a week.", environment: ["REBOUND_STORIES": folder])
    let before = try String(contentsOfFile: folder + "/audit.md", encoding: .utf8)
    let breaking = try editor(scratch, "break.sh", "sed -i 's/^title: .*/title: [unclosed/' \"$1\"")
    let repl = try TmuxSession(["stories", "edit", "audit", "--stories", folder], scratch: scratch, environment: ["EDITOR": breaking, "VISUAL": ""])
    #expect(repl.waitFor("invalid YAML"))
    #expect(repl.waitFor("the story is unchanged, your edit is in"))
    #expect(repl.waitFor("[exit 65]"))
    #expect(try String(contentsOfFile: folder + "/audit.md", encoding: .utf8) == before)

    let fixing = try editor(scratch, "fix.sh", "sed -i 's/fixed it in a week/fixed it in a week, and the next audit found nothing/' \"$1\"")
    // A second terminal of its own, as a person would open later.
    let later = try Scratch()
    let again = try TmuxSession(["stories", "edit", "aud", "--stories", folder], scratch: later, environment: ["EDITOR": fixing, "VISUAL": ""])
    #expect(again.waitFor("Saved 'audit'"))
    #expect(try String(contentsOfFile: folder + "/audit.md", encoding: .utf8).contains("the next audit found nothing"))
  }
}
