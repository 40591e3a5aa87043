import Foundation
import ReboundCore

/// Turns interview events into text for the terminal, wrapped and sanitised.
enum InterviewRenderer {
  static func render(_ event: InterviewEvent) {
    switch event {
    case .ask(let number, let total, let question, _):
      Console.out()
      Console.out(Console.styled("Question \(number) of \(total)", .bold))
      wrapped(question)
    case .followUp(let question):
      Console.out()
      Console.out(Console.styled("Follow-up", .bold))
      wrapped(question)
    case .help(let commands):
      for command in commands {
        Console.out("  " + command.typed.padding(toLength: 9, withPad: " ", startingAt: 0) + command.summary)
      }
    case .hint(let tips):
      Console.out(Console.styled("A strong answer:", .dim))
      for tip in tips { wrapped(tip, indent: "  - ") }
    case .time(let answer, let total, let limit):
      var line = "This answer: \(clock(answer)); interview so far: \(clock(total))"
      if let limit { line += "; limit per answer: \(clock(limit))" }
      Console.out(line)
    case .overTime(let seconds, let limit):
      Console.out(
        Console.styled("That took \(clock(seconds)), over the \(clock(limit)) limit.", .yellow)
          + " Aim to finish sooner.")
    case .feedback(let card): ScoreRenderer.brief(card)
    case .scoreDetails(let card, let answer): ScoreRenderer.details(card, answer: answer)
    case .skeleton(let text): ScoreRenderer.skeleton(text)
    case .stories(let fits, let bankSize):
      guard !fits.isEmpty else {
        wrapped("None of your \(bankSize) stories fits this question yet. Answer it, and if it scores well, keep it as a story.")
        return
      }
      Console.out(Console.styled("Your stories that fit:", .dim))
      for fit in fits {
        let words = fit.evidence.prefix(3).map { "“\(TextSanitizer.oneLine($0))”" }.joined(separator: ", ")
        wrapped(TextSanitizer.oneLine(fit.title) + " [\(fit.id)]" + (words.isEmpty ? "" : ": \(words)"), indent: "  • ")
      }
    case .strongAnswer: break
    case .discarded: Console.out(Console.styled("(answer discarded)", .dim))
    case .notice(let text): Console.out(Console.styled(TextSanitizer.oneLine(text), .dim))
    case .save, .finished, .restored: break
    }
  }

  static func renderEnd(_ transcript: Transcript, review: String) {
    Console.out()
    let answered = transcript.turns.filter { !$0.skipped }.count
    Console.out(
      Console.styled("Interview over.", .bold)
        + " \(answered) answered, \(transcript.turns.count - answered) skipped.")
    SummaryRenderer.render(transcript, review: review)
  }

  static func wrapped(_ text: String, indent: String = "") {
    let lines = TextWrapper.wrap(TextSanitizer.clean(text), width: Console.width, indent: indent)
    for (index, line) in lines.enumerated() {
      Console.out(index == 0 ? line : String(repeating: " ", count: indent.count) + line.dropFirst(indent.count))
    }
  }

  static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return String(format: "%d:%02d", whole / 60, whole % 60)
  }
}
