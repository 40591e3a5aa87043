import Foundation
import ReboundCore
import Testing

/// Advice must never tell someone to add what their answer already has.
@Suite struct AdviceConsistencyTests {
  /// Every answer the project has labelled, with the context it is scored in.
  static let answers: [(question: String, kind: QuestionKind?, answer: String, context: ScoringContext)] = {
    var all: [(String, QuestionKind?, String, ScoringContext)] = []
    for pair in LabelledPair.all {
      let context = (try? pair.context()) ?? .none
      all.append((pair.question, pair.kind, pair.stronger, context))
      all.append((pair.question, pair.kind, pair.weaker, context))
    }
    for item in BoundedAnswer.all {
      all.append((item.question, item.kind, item.answer, ScoringContext(company: item.company)))
    }
    for set in ParaphraseSet.all {
      for wording in set.wordings { all.append((set.question, nil, wording.text, .none)) }
    }
    return all
  }()

  /// Advice that would contradict a piece of evidence the criterion already found.
  static let contradictions: [(advice: String, evidence: String)] = [
    ("Close with the result", "result"),
    ("Put a number on the result", "measured result"),
    ("Open with the situation", "situation"),
    ("Say what you did yourself", "action"),
  ]

  @Test func noAdviceAsksForWhatTheAnswerAlreadyHas() {
    for item in Self.answers {
      let card = Scorer().score(item.answer, question: item.question, kind: item.kind, context: item.context)
      for criterion in Criterion.allCases {
        let result = card[criterion]
        let labels = Set(result.evidence.map(\.label))
        for (advice, evidence) in Self.contradictions where labels.contains(evidence) {
          #expect(
            !result.advice.contains { $0.hasPrefix(advice) },
            "'\(advice)…' beside '\(evidence)' evidence in: \(item.answer.prefix(70))")
        }
        if result.score == 100 { #expect(result.advice.isEmpty, "\(criterion) at 100 still advises \(result.advice)") }
      }
    }
  }

  @Test func theFirstAdviceSaysWhenTheAnswerMissesTheQuestion() {
    for item in Self.answers {
      let card = Scorer().score(item.answer, question: item.question, kind: item.kind, context: item.context)
      let offTopic = card.advice.first?.hasPrefix("This does not answer the question asked.") ?? false
      #expect(offTopic == (card.relevance?.answersQuestion == false), "\(item.answer.prefix(60))")
      if card.relevance?.answersQuestion == false { #expect(card.overall <= 40) }
    }
  }

  @Test func everyAdviceIsSaidOnceAndTheMostImportantComesFirst() {
    for item in Self.answers {
      let card = Scorer().score(item.answer, question: item.question, kind: item.kind, context: item.context)
      #expect(Set(card.advice).count == card.advice.count)
      for criterion in Criterion.allCases {
        #expect(Set(card[criterion].advice).count == card[criterion].advice.count)
      }
      if card.overall < 65 { #expect(!card.advice.isEmpty, "no advice at \(card.overall): \(item.answer.prefix(60))") }
    }
  }
}
