import Foundation
import Testing

@testable import ReboundCore

/// The Swift scorer reproduces what `Scripts/fit-scorer.py` predicts for the project's own
/// fixture answers, from the same features: the roles of every sentence, the intent, each
/// criterion, the gate and the overall score. A change to feature extraction, or to how the
/// models are applied, fails here until the models are fitted again.
@Suite struct ScorerReferenceTests {
  struct Reference: Decodable {
    var id: String
    var question: String
    var answer: String
    var kind: String?
    var company: String?
    var posting: String?
    var intent: String
    var roles: [[Double]]
    var criteria: [String: Double]
    var gate: Double
    var overall: Double
  }

  static let references: [Reference] = {
    let file = packageRoot.appendingPathComponent("Tests/ReboundCoreTests/Fixtures/Scorer/reference.jsonl")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Reference.self, from: Data($0.utf8)) }
  }()

  @Test func thereAreReferencesToCompareWith() {
    #expect(Self.references.count >= 100, "reference.jsonl is missing or unreadable: run Scripts/fit-scorer.py")
  }

  @Test func everyFixtureAnswerIsScoredAsTheFittingScriptScoredIt() throws {
    let scorer = Scorer()
    var parsed: [String: JobPosting] = [:]
    for reference in Self.references {
      let posting = try reference.posting.map { path in
        if let known = parsed[path] { return known }
        let posting = try PostingParser().parse(contentsOf: packageRoot.appendingPathComponent(path))
        parsed[path] = posting
        return posting
      }
      let context = ScoringContext(posting: posting, company: reference.company)
      let assessment = scorer.assess(
        reference.answer, question: reference.question, kind: reference.kind.flatMap(QuestionKind.init(rawValue:)),
        context: context)
      #expect(assessment.intent.rawValue == reference.intent, "\(reference.id): intent")
      #expect(assessment.roles.count == reference.roles.count, "\(reference.id): sentences")
      for (swift, python) in zip(assessment.roles, reference.roles) {
        for (a, b) in zip(swift, python) where abs(a - b) > 1e-5 {
          Issue.record("\(reference.id): a role probability is \(a) in Swift, \(b) in the script")
        }
      }
      #expect(Set(assessment.criteria.keys.map(\.rawValue)) == Set(reference.criteria.keys), "\(reference.id): criteria")
      for (name, value) in reference.criteria {
        let swift = Criterion(rawValue: name).flatMap { assessment.criteria[$0] } ?? .nan
        #expect(abs(swift - value) < 1e-3, "\(reference.id): \(name) is \(swift) in Swift, \(value) in the script")
      }
      #expect(abs(assessment.answersQuestion - reference.gate) < 1e-5, "\(reference.id): gate")
      #expect(abs(assessment.overall - reference.overall) < 1e-3, "\(reference.id): overall \(assessment.overall) vs \(reference.overall)")
    }
  }
}
