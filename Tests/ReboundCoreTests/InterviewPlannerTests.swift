import Foundation
import ReboundCore
import Testing

@Suite struct InterviewPlannerTests {
  let catalog: BankCatalog = {
    var questions: [Question] = [
      Question(id: "open", text: "Tell me about yourself.", kind: .general, opener: true, bankID: "g"),
      Question(id: "close", text: "Questions for us?", kind: .closing, bankID: "g"),
    ]
    for index in 0..<6 {
      questions.append(Question(id: "b\(index)", text: "Story \(index)", kind: .behavioral, bankID: "g"))
      questions.append(Question(id: "m\(index)", text: "Why \(index)", kind: .motivation, bankID: "g"))
    }
    return BankCatalog(banks: [
      QuestionBank(id: "g", title: "G", description: "", role: nil, questions: questions, path: "g.yaml")
    ])
  }()

  @Test func opensWithAnOpenerClosesWithTheClosingAndNeverRepeats() {
    for seed in UInt64(0)..<50 {
      let plan = InterviewPlanner(catalog: catalog, banks: catalog.banks, count: 6, seed: seed).plan()
      #expect(plan.count == 6)
      #expect(plan.first?.question.id == "open")
      #expect(plan.last?.question.id == "close")
      #expect(Set(plan.map(\.question.id)).count == 6)
    }
  }

  @Test func theBodyMixesStoriesAndMotivation() {
    let plan = InterviewPlanner(catalog: catalog, banks: catalog.banks, count: 6, seed: 1).plan()
    let kinds = plan.dropFirst().dropLast().map(\.question.kind)
    #expect(kinds.contains(.behavioral))
    #expect(kinds.contains(.motivation))
  }

  @Test func aSeedReproducesTheOrderAndAnotherSeedChangesIt() {
    let planner = { (seed: UInt64) in
      InterviewPlanner(catalog: catalog, banks: catalog.banks, count: 8, seed: seed).plan()
        .map(\.question.id)
    }
    #expect(planner(11) == planner(11))
    #expect((0..<10).map { planner($0) }.contains { $0 != planner(11) })
  }

  @Test func asksNoMoreThanTheBanksHold() {
    let plan = InterviewPlanner(catalog: catalog, banks: catalog.banks, count: 100, seed: 2).plan()
    #expect(plan.count == 14)
  }
}
