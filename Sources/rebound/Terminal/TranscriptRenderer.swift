import Foundation
import ReboundCore

/// A whole attempt as a readable report.
enum TranscriptRenderer {
  static func render(_ transcript: Transcript) {
    let status: String
    switch transcript.status {
    case .complete: status = "complete"
    case .interrupted: status = Console.styled("interrupted", .yellow)
    case .inProgress: status = "in progress"
    }
    Console.out(Console.styled("Attempt \(transcript.id)", .bold) + " · " + status)
    var facts = ["started \(ISO8601DateFormatter().string(from: transcript.startedAt))"]
    if !transcript.banks.isEmpty { facts.append("banks: " + transcript.banks.joined(separator: ", ")) }
    if let posting = transcript.posting { facts.append("posting: \(posting)") }
    if let company = transcript.company { facts.append("company: \(company)") }
    InterviewRenderer.wrapped(facts.joined(separator: " · "))
    for (index, turn) in transcript.turns.enumerated() {
      Console.out()
      let origin = turn.origin == .posting ? ", from the posting" : ""
      Console.out(
        Console.styled("Question \(index + 1) of \(transcript.turns.count)", .bold)
          + Console.styled(" (\(turn.kind.rawValue)\(origin), \(InterviewRenderer.clock(turn.seconds)))", .dim))
      InterviewRenderer.wrapped(turn.question)
      if turn.skipped {
        Console.out(Console.styled("  (skipped)", .dim))
        continue
      }
      for (number, earlier) in turn.earlierAttempts.enumerated() {
        let score = earlier.score.map { ", \($0.overall)/100" } ?? ""
        Console.out(Console.styled("  Attempt \(number + 1), before /redo\(score):", .dim))
        InterviewRenderer.wrapped(earlier.skipped ? "(skipped)" : earlier.answer, indent: "  ┊ ")
      }
      if !turn.earlierAttempts.isEmpty {
        Console.out(Console.styled("  Attempt \(turn.earlierAttempts.count + 1), the one scored:", .dim))
      }
      let spans = turn.score.map { card in card.highlightSpans } ?? []
      let mainSpans = spans.filter { $0.end <= turn.answer.unicodeScalars.count }
      ScoreRenderer.printMarked(turn.answer, spans: mainSpans, indent: "  │ ")
      for followUp in turn.followUps {
        Console.out(Console.styled("  Follow-up (\(followUp.gap)):", .dim))
        InterviewRenderer.wrapped(followUp.question, indent: "  ")
        InterviewRenderer.wrapped(followUp.answer, indent: "  │ ")
      }
      if let card = turn.score {
        Console.out(Console.styled("Score \(card.overall)/100", .bold) + "  " + ScoreRenderer.criteriaLine(card))
        for criterion in Criterion.allCases {
          let result = card[criterion]
          guard let advice = result.advice.first ?? result.reason else { continue }
          let score = result.score.map(String.init) ?? "–"
          InterviewRenderer.wrapped("\(criterion.title) \(score): \(advice)", indent: "  ")
        }
        if let skeleton = card.skeletonToShow { ScoreRenderer.skeleton(skeleton) }
      }
    }
    Console.out()
    SummaryRenderer.render(transcript)
  }
}
