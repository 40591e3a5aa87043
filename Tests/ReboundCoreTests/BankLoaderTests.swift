import Foundation
import ReboundCore
import Testing

@Suite struct BankLoaderTests {
  func problems(_ yaml: String) -> [String] {
    switch BankLoader().load(Data(yaml.utf8), file: "bank.yaml") {
    case .success: return []
    case .failure(let failure): return failure.problems.map(\.description)
    }
  }

  @Test func aValidBankLoadsWithItsQuestions() throws {
    let result = BankLoader().load(
      Data(
        """
        id: core
        title: Core
        role: nursing
        questions:
          - id: one
            text: Tell me about yourself.
            kind: general
            opener: true
            tips: [Be brief.]
            lookFors: [a clear arc]
            followUps: [Why nursing?]
        """.utf8), file: "core.yaml")
    let bank = try result.get()
    #expect(bank.id == "core")
    #expect(bank.role == "nursing")
    #expect(bank.questions.first?.opener == true)
    #expect(bank.questions.first?.followUps == ["Why nursing?"])
    #expect(bank.questions.first?.bankID == "core")
  }

  @Test func everyProblemIsReportedWithItsLine() {
    let found = problems(
      """
      id: core
      title: Core
      questions:
        - id: one
          text: First?
          kind: general
          tips: [a]
        - id: one
          kind: chat
          tips: []
          lookfor: [typo]
        - id: three
          text: Tell me about {skill}.
          kind: behavioral
          tips: [a]
          followUps: [""]
      """)
    #expect(
      found == [
        "bank.yaml:11: unknown field 'lookfor' in question (expected: followUps, id, kind, lookFors, opener, requirementKinds, text, tips)",
        "bank.yaml:8: question is missing 'text'",
        "bank.yaml:9: unknown kind 'chat' (expected one of: general, behavioral, situational, motivation, qualification, weakness, salary, closing)",
        "bank.yaml:10: 'tips' is empty",
        "bank.yaml:8: duplicate question id 'one' (first at line 4)",
        "bank.yaml:16: an entry in 'followUps' is empty or not text",
        "bank.yaml:13: unknown placeholder '{skill}' (expected one of: company, requirement, role)",
      ])
  }

  @Test func brokenYamlNamesTheLine() {
    let found = problems("id: x\ntitle: [unclosed\nquestions: []\n")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("bank.yaml:3: invalid YAML") == true, "\(found)")
  }

  @Test func binaryIsRefusedPlainly() {
    #expect(problems("\u{0}\u{1}\u{2}") == ["bank.yaml:1: not UTF-8 text: a bank must be a YAML file"])
  }

  @Test func nullRolesAndBooleanOpenersAreReadAsWritten() throws {
    let bank = try BankLoader().load(
      Data(
        """
        id: g
        title: G
        role: null
        questions:
          - {id: a, text: "A?", kind: general, opener: yes, tips: [t]}
          - {id: b, text: "B?", kind: general, opener: false, tips: [t]}
        """.utf8), file: "g.yaml"
    ).get()
    #expect(bank.role == nil)
    #expect(bank.questions.map(\.opener) == [true, false])
    #expect(
      problems("id: g\ntitle: G\nquestions:\n  - {id: a, text: A, kind: general, opener: maybe, tips: [t]}\n")
        == ["bank.yaml:4: 'opener' must be true or false"])
  }
}
