import Foundation
import Testing

@Suite struct BankCommandTests {
  @Test func validateReportsEveryProblemWithFileAndLineAndExits65() throws {
    let scratch = try Scratch()
    let duplicate = try scratch.write(
      "dup.yaml",
      """
      id: dup
      title: Duplicates
      questions:
        - id: same
          text: First?
          kind: general
          tips: [one]
        - id: same
          text: Second?
          kind: feelings
          tips: [two]
      """)
    let broken = try scratch.write(
      "broken.yaml",
      """
      id: broken
      title: Broken
      questions:
        - id: a
          text: "unterminated
          kind: general
      """)
    let run = try rebound(["validate", duplicate, broken])
    #expect(run.status == 65)
    let lines = run.stderr.split(separator: "\n").map(String.init)
    #expect(lines.contains("rebound: \(duplicate):8: duplicate question id 'same' (first at line 4)"))
    #expect(lines.contains { $0.hasPrefix("rebound: \(duplicate):10: unknown kind 'feelings'") })
    #expect(lines.contains { $0.hasPrefix("rebound: \(broken):") && $0.contains("invalid YAML") })
    #expect(lines.count == 3, "\(lines)")
  }

  @Test func validatePassesOnEveryBundledBank() throws {
    let run = try rebound(["validate"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("no problems found"))
  }

  @Test func banksJsonListsIdTitleRoleAndQuestionCount() throws {
    let run = try rebound(["banks", "--json"])
    #expect(run.status == 0)
    let banks = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(banks.count >= 3)
    let total = banks.compactMap { $0["questionCount"] as? Int }.reduce(0, +)
    #expect(total >= 40)
    for bank in banks {
      #expect(bank["id"] is String)
      #expect(bank["title"] is String)
      #expect(bank.keys.contains("role"), "role is present, null for a general bank")
    }
  }

  @Test func anUnknownBankIsAUsageError() throws {
    let scratch = try Scratch()
    let run = try rebound(["practice", "--bank", "nope", "--transcripts", scratch.path("t")])
    #expect(run.status == 64)
    #expect(run.stderr.hasPrefix("rebound: no bank named 'nope'"))
  }
}
