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
    printMarked(answer, spans: spans, indent: "  ")
  }

  /// The answer with its evidence marked, wrapped: green on a terminal, [brackets] otherwise.
  ///
  /// The marks are placeholders while the text is cleaned and wrapped, and become colour only
  /// after, so the sanitiser that strips escape sequences from the answer cannot strip them too.
  static func printMarked(_ answer: String, spans: [Evidence], indent: String) {
    let text = EvidenceHighlighter.highlight(
      answer, spans: spans, open: String(openMark), close: String(closeMark),
      escape: { TextSanitizer.clean($0).replacingOccurrences(of: String(openMark), with: "").replacingOccurrences(of: String(closeMark), with: "") })
    let (open, close) = Console.useColour ? ("\u{1B}[32m", "\u{1B}[0m") : ("[", "]")
    let lines = TextWrapper.wrap(text, width: Console.width, indent: indent)
    var inside = false
    for (index, line) in lines.enumerated() {
      var out = index == 0 ? line : String(repeating: " ", count: indent.count) + line.dropFirst(indent.count)
      // A mark left open at a line's end is closed there and opened again on the next line.
      if inside && Console.useColour { out = out.prefix(indent.count) + open + out.dropFirst(indent.count) }
      for character in out where character == openMark || character == closeMark { inside = character == openMark }
      out = out.replacingOccurrences(of: String(openMark), with: open).replacingOccurrences(of: String(closeMark), with: close)
      if inside && Console.useColour { out += close }
      Console.out(out)
    }
  }

  /// A skeleton from the user's own words, its placeholders in colour (they are ours, so they
  /// stand out from what the user said).
  static func skeleton(_ text: String, indent: String = "  ") {
    Console.out(Console.styled("Skeleton from your own words (not a model answer): fill the brackets.", .dim))
    let lines = text.split(separator: "\n").flatMap { TextWrapper.wrap(TextSanitizer.clean(String($0)), width: Console.width, indent: indent) }
    var inside = false
    for line in lines {
      guard Console.useColour else {
        Console.out(line)
        continue
      }
      var out = inside ? "\u{1B}[33m" : ""
      for character in line {
        if character == "[" && !inside { out += "\u{1B}[33m"; inside = true }
        out.append(character)
        if character == "]" && inside { out += "\u{1B}[0m"; inside = false }
      }
      Console.out(inside ? out + "\u{1B}[0m" : out)
    }
  }

  static let openMark: Character = "\u{E000}"
  static let closeMark: Character = "\u{E001}"
}
