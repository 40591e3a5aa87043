import Foundation
import ReboundCore

/// Shows score cards: a few lines after an answer, the full card on `/score` and in review.
enum ScoreRenderer {
  /// The score, its band, and the one fix that matters most.
  static func brief(_ card: ScoreCard) {
    Console.out(Console.styled("Score \(card.overall)/100", .bold) + " (\(band(card.overall)))  " + criteriaLine(card))
    if let advice = card.advice.first {
      InterviewRenderer.wrapped(advice, indent: "  ")
    } else if let weakest = card.weakest, let advice = card[weakest].advice.first {
      InterviewRenderer.wrapped("\(weakest.title): \(advice)", indent: "  ")
    }
  }

  /// "average", "good", "excellent": what a score means on the calibrated scale.
  static func band(_ score: Int) -> String {
    Rubric.bands.first { $0.range.contains(score) }?.name ?? ""
  }

  static func criteriaLine(_ card: ScoreCard) -> String {
    Criterion.allCases.map { criterion in
      "\(criterion.rawValue) " + (card[criterion].score.map(String.init) ?? "–")
    }.joined(separator: " · ")
  }

  /// Every criterion with its evidence and advice, and the answer with the evidence marked.
  static func details(_ card: ScoreCard, answer: String) {
    Console.out(
      Console.styled("Score \(card.overall)/100", .bold)
        + " (\(band(card.overall)); \(card.kind.rawValue) question, \(card.wordCount) \(card.wordCount == 1 ? "word" : "words"))")
    if let relevance = card.relevance {
      if relevance.answersQuestion {
        let shown = relevance.evidence.first.map { ": “\(TextSanitizer.oneLine($0.text))”" } ?? ""
        InterviewRenderer.wrapped("Answers the question\(shown)", indent: "  ")
      } else {
        InterviewRenderer.wrapped(
          Console.styled("Does not answer the question: it needs \(relevance.missing ?? "what was asked").", .bold),
          indent: "  ")
      }
    }
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
    if !card.advice.isEmpty {
      Console.out(Console.styled("What to fix first", .bold))
      for advice in card.advice.prefix(3) { InterviewRenderer.wrapped(advice, indent: "  → ") }
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
