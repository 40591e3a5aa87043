import Foundation
import Testing

let samplePosting = packageRoot.appendingPathComponent("QuestionBanks/postings/data-analyst.md").path

func json(_ text: String) throws -> [String: Any] {
  try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Suite struct ScoreCommandTests {
  let strong = """
    At Riverside I was asked to find why clinics overran. I pulled two years of appointment data \
    with SQL, built a Power BI dashboard, and presented it to six clinic leads. As a result, \
    no-shows fell by 23% within three months.
    """

  @Test func scoreJsonHasTheDocumentedKeysAndEvidenceSpans() throws {
    let run = try rebound(
      ["score", "--question", "Tell me about a time you used data.", "--answer-file", "-",
       "--posting", samplePosting, "--json"], input: strong)
    #expect(run.status == 0, "\(run.stderr)")
    let card = try json(run.stdout)
    #expect(card["kind"] as? String == "behavioral", "kind inferred from the wording")
    #expect((card["overall"] as? Int ?? 0) >= 40, "a complete short story is at least average")
    let criteria = try #require(card["criteria"] as? [String: [String: Any]])
    #expect(Set(criteria.keys) == ["story", "research", "match", "delivery"])
    let relevance = try #require(card["relevance"] as? [String: Any])
    #expect(relevance["answersQuestion"] as? Bool == true)
    #expect((card["advice"] as? [String]) != nil)
    let whyUs = ["score", "--question", "Why do you want to work here?", "--answer-file", "-", "--json"]
    let withPosting = try json(try rebound(whyUs + ["--posting", samplePosting], input: strong).stdout)
    let postingCriteria = try #require(withPosting["criteria"] as? [String: [String: Any]])
    #expect(postingCriteria["research"]?["score"] is Int, "the posting names the company")
    let bare = try json(try rebound(whyUs, input: strong).stdout)
    let bareCriteria = try #require(bare["criteria"] as? [String: [String: Any]])
    #expect(bareCriteria["research"]?["score"] is NSNull, "research is null without a company")
    #expect((bareCriteria["research"]?["reason"] as? String)?.contains("--company") == true)
    #expect(bareCriteria["match"]?["score"] is NSNull, "match is null without a posting")
    let evidence = try #require(criteria["story"]?["evidence"] as? [[String: Any]])
    let answer = Array(strong.unicodeScalars)
    for span in evidence {
      let start = try #require(span["start"] as? Int)
      let end = try #require(span["end"] as? Int)
      var text = String.UnicodeScalarView()
      text.append(contentsOf: answer[start..<end])
      #expect(String(text) == span["text"] as? String)
    }
    let match = try #require(criteria["match"]?["evidence"] as? [[String: Any]])
    #expect(
      match.contains { ($0["text"] as? String)?.contains("with SQL") == true && ($0["label"] as? String)?.hasPrefix("requirement") == true },
      "the sentence that brings out SQL: \(match)")
  }

  @Test func theTextViewShowsEvidenceAndAdvice() throws {
    let run = try rebound(
      ["score", "--question", "Why do you want to work here?", "--answer-file", "-", "--company", "Acme"],
      input: "You are a great company with a great culture.")
    #expect(run.status == 0)
    #expect(run.stdout.contains("Company research:"))
    #expect(run.stdout.contains("→ "), "advice is shown")
    #expect(run.stdout.contains("great company"))
  }

  @Test func aMissingAnswerFileIsAnIOError() throws {
    let run = try rebound(["score", "--question", "Q?", "--answer-file", "/nonexistent/answer.txt"])
    #expect(run.status == 74)
    #expect(run.stderr == "rebound: /nonexistent/answer.txt: cannot read the file\n")
  }

  @Test func postingJsonListsRequirementsWithLevelsAndTerms() throws {
    let run = try rebound(["posting", samplePosting, "--json"])
    #expect(run.status == 0)
    let posting = try json(run.stdout)
    #expect(posting["title"] as? String == "Data Analyst")
    #expect(posting["company"] as? String == "Northwind Health")
    let requirements = try #require(posting["requirements"] as? [[String: Any]])
    #expect(requirements.filter { $0["level"] as? String == "must" }.count == 4)
    #expect(requirements.filter { $0["level"] as? String == "nice" }.count == 2)
    #expect(requirements.allSatisfy { !(($0["terms"] as? [String]) ?? []).isEmpty })
    #expect(posting["responsibilities"] is [String])
    #expect(posting["values"] is [String])
  }

  @Test func anEmptyOrBinaryPostingIsRefusedWithExit65() throws {
    let scratch = try Scratch()
    let empty = try scratch.write("empty.md", "\n  \n")
    let run = try rebound(["posting", empty])
    #expect(run.status == 65)
    #expect(run.stderr == "rebound: \(empty): the posting is empty; paste the job ad's text into it\n")
  }
}

@Suite struct PracticeScoringTests {
  @Test func aWeakAnswerDrawsAFollowUpWhoseAnswerIsKeptInTheTurn() throws {
    let scratch = try Scratch()
    let run = try rebound(
      ["practice", "--bank", "behavioral", "--count", "3", "--seed", "1",
       "--transcripts", scratch.path("transcripts")],
      input: "Opening answer.\n\nWe worked on it as a team and it went fine.\n\n"
        + "I rewrote the rota myself and overtime fell by 30% in a month.\n\nThanks.\n\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Follow-up"))
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    let probed = try #require(turns.first { !(($0["followUps"] as? [[String: Any]]) ?? []).isEmpty })
    let followUp = try #require((probed["followUps"] as? [[String: Any]])?.first)
    #expect(followUp["gap"] as? String == "action")
    #expect((followUp["answer"] as? String)?.hasPrefix("I rewrote the rota") == true)
    #expect(probed["score"] is [String: Any], "the turn is scored with the follow-up")
  }

  @Test func feedbackAtTheEndHoldsScoresBackAndTheSummaryNamesMissedMustHaves() throws {
    let scratch = try Scratch()
    let run = try rebound(
      ["practice", "--count", "2", "--seed", "2", "--feedback", "end", "--no-follow-ups",
       "--posting", samplePosting, "--transcripts", scratch.path("transcripts")],
      input: "I build dashboards in Power BI.\n\nWhat does success look like in six months?\n\n")
    #expect(run.status == 0, "\(run.stderr)")
    let beforeEnd = run.stdout.components(separatedBy: "Interview over.").first ?? ""
    #expect(!beforeEnd.contains("Score "), "no scores during the interview")
    #expect(run.stdout.contains("Never brought out:"))
    let transcript = try #require(try scratch.transcripts().first)
    let summary = try #require(transcript["summary"] as? [String: Any])
    let missed = try #require(summary["mustHavesMissed"] as? [String])
    #expect(missed.contains("2+ years of hands-on SQL experience"))
  }
}

@Suite struct ProgressTests {
  @Test func theEndOfAnInterviewShowsTheChangeSinceTheLastAttemptOnTheSameBanks() throws {
    let scratch = try Scratch()
    var outputs: [String] = []
    for answer in ["We did a thing.", "Last year I rebuilt the rota and overtime fell by 30% in a month."] {
      let run = try rebound(
        ["practice", "--bank", "behavioral", "--count", "3", "--seed", "4", "--no-follow-ups",
         "--feedback", "end", "--transcripts", scratch.path("transcripts")],
        input: "\(answer)\n\n\(answer)\n\nWhat does success look like?\n\n")
      outputs.append(run.stdout)
      usleep(1_100_000)
    }
    #expect(!outputs[0].contains("Since your last attempt"), "nothing to compare the first time")
    let line = try #require(outputs[1].split(separator: "\n").first { $0.hasPrefix("Since your last attempt on these banks:") })
    #expect(line.contains("(+"), "the score rose: \(line)")
  }
}
