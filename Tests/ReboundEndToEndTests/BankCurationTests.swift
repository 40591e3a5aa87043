import Foundation
import Testing

@Suite struct BankCurationTests {
  @Test func theBundledBanksCoverGeneralBehavioralAndEightRoles() throws {
    let run = try rebound(["banks", "--json"])
    let banks = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(banks.count >= 14)
    #expect(banks.filter { $0["role"] is String }.count >= 8)
    #expect(banks.compactMap { $0["questionCount"] as? Int }.reduce(0, +) >= 350)
    let ids = Set(banks.compactMap { $0["id"] as? String })
    for id in ["general", "behavioral", "motivation", "closing", "salary-logistics", "bouncing-back",
      "software", "data", "nursing", "teaching", "sales", "support", "project-management", "marketing"]
    {
      #expect(ids.contains(id), "missing bank \(id)")
    }
  }

  @Test func listingOneBankShowsItsQuestionsWithTips() throws {
    let run = try rebound(["banks", "nursing", "--json"])
    #expect(run.status == 0)
    let bank = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let questions = try #require(bank["questions"] as? [[String: Any]])
    #expect(questions.count >= 25)
    #expect(questions.allSatisfy { !(($0["tips"] as? [String]) ?? []).isEmpty })
    let text = try rebound(["banks", "nursing"]).stdout
    #expect(text.contains("Tell me about a time you recognised a patient was deteriorating."))
  }

  static let postings = try! FileManager.default.contentsOfDirectory(
    atPath: packageRoot.appendingPathComponent("QuestionBanks/postings").path
  ).sorted()

  @Test(arguments: postings)
  func anInterviewOnAPostingProbesItsRequirementsBetweenOpenerAndClosing(_ posting: String) throws {
    let scratch = try Scratch()
    let path = packageRoot.appendingPathComponent("QuestionBanks/postings/\(posting)").path
    let run = try rebound(
      ["practice", "--posting", path, "--count", "6", "--seed", "11", "--no-follow-ups",
       "--feedback", "end", "--transcripts", scratch.path("transcripts")],
      input: String(repeating: "An answer.\n\n", count: 6))
    #expect(run.status == 0, "\(run.stderr)")
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.count == 6)
    let fromPosting = turns.filter { $0["origin"] as? String == "posting" }
    #expect(fromPosting.count >= 2)
    #expect(fromPosting.allSatisfy { $0["requirement"] is String })
    #expect(fromPosting.allSatisfy { !(($0["question"] as? String) ?? "{").contains("{") })
    #expect(turns.first?["kind"] as? String == "general")
    #expect(turns.first?["origin"] as? String == "bank")
    #expect(turns.last?["kind"] as? String == "closing")
    let ids = turns.compactMap { $0["questionId"] as? String }
    #expect(Set(ids).count == ids.count)
  }

  @Test func aRoleBankSuppliesTheBody() throws {
    let scratch = try Scratch()
    try rebound(
      ["practice", "--role", "nursing", "--count", "5", "--seed", "4", "--no-follow-ups",
       "--transcripts", scratch.path("transcripts")],
      input: String(repeating: "An answer.\n\n", count: 5))
    let transcript = try #require(try scratch.transcripts().first)
    #expect(transcript["banks"] as? [String] == ["nursing"])
    let turns = try #require(transcript["turns"] as? [[String: Any]])
    let nursingIDs = try Set(
      (JSONSerialization.jsonObject(with: Data(try rebound(["banks", "nursing", "--json"]).stdout.utf8))
        as? [String: Any])?["questions"].flatMap { $0 as? [[String: Any]] }?.compactMap { $0["id"] as? String } ?? [])
    let body = turns.dropFirst().dropLast().compactMap { $0["questionId"] as? String }
    #expect(!body.isEmpty && body.allSatisfy { nursingIDs.contains($0) })
  }

  @Test func aBankCanBeGivenAsAFile() throws {
    let scratch = try Scratch()
    let file = try scratch.write(
      "mine.yaml",
      """
      id: mine
      title: My questions
      questions:
        - {id: only, kind: behavioral, text: "Tell me about my favourite project.", tips: ["Be specific."]}
      """)
    let run = try rebound(
      ["practice", "--bank", file, "--count", "3", "--seed", "1", "--no-follow-ups",
       "--transcripts", scratch.path("transcripts")],
      input: "a\n\nb\n\nc\n\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Tell me about my favourite project."))
  }
}
