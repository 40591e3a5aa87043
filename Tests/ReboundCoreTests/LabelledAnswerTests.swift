import Foundation
import ReboundCore
import Testing

@Suite struct LabelledAnswerTests {
  @Test func theLabelledSetIsLargeAndCoversEveryKind() {
    #expect(LabelledPair.all.count >= 80)
    let kinds = Set(LabelledPair.all.compactMap(\.kind))
    #expect(kinds == Set(QuestionKind.allCases))
  }

  @Test(arguments: LabelledPair.all)
  func theStrongerAnswerScoresHigher(_ pair: LabelledPair) throws {
    let scorer = Scorer()
    let context = try pair.context()
    let stronger = scorer.score(pair.stronger, question: pair.question, kind: pair.kind, context: context)
    let weaker = scorer.score(pair.weaker, question: pair.question, kind: pair.kind, context: context)
    #expect(
      stronger.overall > weaker.overall,
      "stronger \(stronger.overall) \(ScoreSummary(stronger)) vs weaker \(weaker.overall) \(ScoreSummary(weaker))")
  }

  @Test(arguments: LabelledPair.all)
  func inferringTheKindFromTheQuestionKeepsTheOrder(_ pair: LabelledPair) throws {
    let scorer = Scorer()
    let context = try pair.context()
    let stronger = scorer.score(pair.stronger, question: pair.question, context: context)
    let weaker = scorer.score(pair.weaker, question: pair.question, context: context)
    #expect(stronger.overall > weaker.overall, "kind inferred as \(stronger.kind)")
  }
}

/// A one-line view of a card for failure messages.
struct ScoreSummary: CustomStringConvertible {
  let card: ScoreCard
  init(_ card: ScoreCard) { self.card = card }
  var description: String {
    Criterion.allCases.map { "\($0.rawValue)=\(card[$0].score.map(String.init) ?? "-")" }
      .joined(separator: " ")
  }
}
