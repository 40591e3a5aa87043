import Foundation
import ReboundCore

/// The end-of-interview table: each question's score, each criterion's mean, the must-haves.
enum SummaryRenderer {
  /// - Parameter review: the command that shows every score of this attempt, or nil when the
  ///   reader is already looking at them.
  static func render(_ transcript: Transcript, review: String? = nil) {
    let scored = transcript.turns.filter { $0.score != nil }
    guard !scored.isEmpty else { return }
    Console.out()
    Console.out(Console.styled(" #  score  question", .bold))
    for (index, turn) in transcript.turns.enumerated() {
      let score = turn.skipped ? "skip" : turn.score.map { String($0.overall) } ?? "–"
      let text = TextSanitizer.oneLine(turn.question)
      let room = Console.width - 12
      let question = text.count > room ? text.prefix(room - 1) + "…" : Substring(text)
      Console.out(
        String(format: "%2d", index + 1) + "  " + score.padding(toLength: 5, withPad: " ", startingAt: 0)
          + "  " + question)
    }
    defer { renderFixes(transcript, review: review) }
    guard let summary = transcript.summary else { return }
    let means = Criterion.allCases.map { criterion -> String in
      let mean = summary.criteria[criterion] ?? nil
      return "\(criterion.rawValue) " + (mean.map(String.init) ?? "–")
    }
    Console.out("Mean: " + (summary.overall.map { "\($0)/100" } ?? "–") + "  " + means.joined(separator: " · "))
    if !summary.mustHavesShown.isEmpty {
      InterviewRenderer.wrapped("Must-haves brought out: " + shortList(summary.mustHavesShown), indent: "")
    }
    if !summary.mustHavesMissed.isEmpty {
      InterviewRenderer.wrapped(
        Console.styled("Never brought out: ", .yellow) + shortList(summary.mustHavesMissed), indent: "")
    }
  }

  /// The one fix that matters most for each answer, so the end of an interview says what to do.
  static func renderFixes(_ transcript: Transcript, review: String?) {
    let fixes = transcript.turns.enumerated().compactMap { index, turn -> (Int, String)? in
      guard !turn.skipped, let card = turn.score else { return nil }
      let fix = card.advice.first ?? card.weakest.flatMap { card[$0].advice.first }
      return fix.map { (index + 1, $0) }
    }
    if !fixes.isEmpty {
      Console.out()
      Console.out(Console.styled("What to work on", .bold))
      for (number, fix) in fixes { InterviewRenderer.wrapped(fix, indent: String(format: "%2d  ", number)) }
      if let review { Console.out(Console.styled("Every score, with the words that earned it: \(review)", .dim)) }
    }
  }

  /// Requirements as the short phrases a person would say, six at most: "SQL; dashboards; and 4 more".
  static func shortList(_ requirements: [String]) -> String {
    let phrases = requirements.map { TextSanitizer.oneLine(RequirementPhrase.phrase($0)) }
    let shown = phrases.prefix(6).joined(separator: "; ")
    return phrases.count > 6 ? shown + "; and \(phrases.count - 6) more" : shown
  }
}
