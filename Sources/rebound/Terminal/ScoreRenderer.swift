import Foundation
import ReboundCore

/// Shows score cards: a few lines after an answer, the full card on `/score` and in review.
enum ScoreRenderer {
  /// The score, the criterion that cost most, and its advice.
  static func brief(_ card: ScoreCard) {
    Console.out(Console.styled("Score \(card.overall)/100", .bold) + "  " + criteriaLine(card))
    if let weakest = card.weakest, let advice = card[weakest].advice.first {
      InterviewRenderer.wrapped("\(weakest.title): \(advice)", indent: "  ")
    }
  }

  static func criteriaLine(_ card: ScoreCard) -> String {
    Criterion.allCases.map { criterion in
      "\(criterion.rawValue) " + (card[criterion].score.map(String.init) ?? "–")
    }.joined(separator: " · ")
  }

  /// Every criterion with its evidence and advice, and the answer with the evidence marked.
  static func details(_ card: ScoreCard, answer: String) {
    Console.out(Console.styled("Score \(card.overall)/100", .bold) + " (\(card.kind.rawValue) question, \(card.wordCount) words)")
    for criterion in Criterion.allCases {
      let result = card[criterion]
      let score = result.score.map { "\($0)" } ?? "not scored"
      Console.out(Console.styled("\(criterion.title): \(score)", .bold))
      if let reason = result.reason { InterviewRenderer.wrapped(reason, indent: "  ") }
      if !result.evidence.isEmpty {
        // Delivery's evidence is the whole answer's length: its label says it all.
        let words = result.evidence.prefix(8).map { item in
          item.text == answer && answer.count > 40
            ? item.label : "\(item.label): “\(TextSanitizer.oneLine(item.text))”"
        }
        InterviewRenderer.wrapped("Earned by " + words.joined(separator: "; "), indent: "  + ")
      }
      if !result.penalties.isEmpty {
        let words = result.penalties.prefix(8).map { "\($0.label): “\(TextSanitizer.oneLine($0.text))”" }
        InterviewRenderer.wrapped("Cost by " + words.joined(separator: "; "), indent: "  - ")
      }
      for advice in result.advice.prefix(2) { InterviewRenderer.wrapped(advice, indent: "  → ") }
    }
    let spans = card.highlightSpans
    Console.out(Console.styled("Your answer, with the words that earned points marked:", .dim))
    InterviewRenderer.wrapped(marked(answer, spans: spans), indent: "  ")
  }

  /// The answer with evidence in colour on a terminal, in [brackets] otherwise.
  static func marked(_ answer: String, spans: [Evidence]) -> String {
    let clean = { (text: String) in TextSanitizer.clean(text) }
    if Console.useColour {
      return EvidenceHighlighter.highlight(
        answer, spans: spans, open: "\u{1B}[32m", close: "\u{1B}[0m", escape: clean)
    }
    return EvidenceHighlighter.highlight(answer, spans: spans, open: "[", close: "]", escape: clean)
  }
}
