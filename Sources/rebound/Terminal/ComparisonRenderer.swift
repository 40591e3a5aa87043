import Foundation
import ReboundCore

/// The compare report: a table of attempts, a sparkline per criterion, repeated questions, advice.
enum ComparisonRenderer {
  /// The text cut to `width` characters with an ellipsis, so a row never wraps.
  static func fit(_ text: String, _ width: Int) -> String {
    text.count > width ? String(text.prefix(width - 1)) + "…" : text
  }

  /// `numbers`: each attempt's place among all transcripts, the N that `rebound review N` takes.
  static func render(_ comparison: AttemptComparison, numbers: [String: Int] = [:]) {
    guard !comparison.attempts.isEmpty || !comparison.outcomes.isEmpty else {
      Console.out("No scored attempts yet. Run 'rebound practice' to make one.")
      return
    }
    let count = comparison.attempts.count
    Console.out(Console.styled("\(count) attempt\(count == 1 ? "" : "s"), oldest first (rebound review N shows one)", .bold))
    Console.out(Console.styled("  N  date        what              overall story resrch match deliv", .dim))
    let formatter = DateFormatter()
    formatter.dateFormat = "MM-dd HH:mm"
    formatter.timeZone = TimeZone(identifier: "UTC")
    // Practice and real outcomes on one timeline, in date order.
    var outcomes = comparison.outcomes[...]
    func printOutcomes(before date: Date?) {
      while let outcome = outcomes.first, date.map({ outcome.createdAt <= $0 }) ?? true {
        let stage = outcome.stage.map { $0.lowercased().hasSuffix("stage") ? $0 : "\($0) stage" }
        let what = [outcome.company, outcome.role, stage].compactMap { $0 }.joined(separator: ", ")
        let line = "✗ not offered: \(TextSanitizer.oneLine(what)) (\(outcome.reason.rawValue))"
        Console.out("     " + formatter.string(from: outcome.createdAt) + "  " + Console.styled(fit(line, Console.width - 18), .yellow))
        outcomes = outcomes.dropFirst()
      }
    }
    for (number, attempt) in comparison.attempts.enumerated() {
      printOutcomes(before: attempt.startedAt)
      let what = attempt.posting.map { ($0 as NSString).lastPathComponent }
        ?? attempt.banks.joined(separator: ",")
      let label = TextSanitizer.oneLine(what)
      let shortLabel = fit(label, 17)
      let marker = attempt.status == .complete ? " " : "*"
      let cells = ([attempt.overall] + Criterion.allCases.map { attempt.criteria[$0] ?? nil })
        .map { ($0.map(String.init) ?? "–").leftPadded(to: 6) }
      Console.out(
        String(numbers[attempt.id] ?? number + 1).leftPadded(to: 3) + "  " + formatter.string(from: attempt.startedAt) + marker + " "
          + shortLabel.padding(toLength: 17, withPad: " ", startingAt: 0) + cells.joined())
    }
    printOutcomes(before: nil)
    if comparison.attempts.contains(where: { $0.status != .complete }) {
      Console.out(Console.styled("* interrupted or in progress", .dim))
    }
    Console.out()
    Console.out(Console.styled("Trend", .bold))
    for criterion in Criterion.allCases {
      guard let trend = comparison.trend[criterion], trend.values.contains(where: { $0 != nil }) else {
        continue
      }
      var line = criterion.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        + Sparkline.render(Array(trend.values.suffix(30)))
      if let first = trend.changeSinceFirst, let previous = trend.changeSincePrevious {
        line += "  \(signed(first)) since first, \(signed(previous)) since previous"
      }
      Console.out(line)
    }
    let recurring = comparison.patterns.reasons.filter { $0.value > 1 }.sorted { $0.value > $1.value }
      + comparison.patterns.stages.filter { $0.value > 1 }.sorted { $0.value > $1.value }
    if !recurring.isEmpty {
      Console.out()
      Console.out(Console.styled("Patterns across debriefs", .bold))
      for (name, count) in recurring { Console.out("\(count)× \(TextSanitizer.oneLine(name))") }
    }
    let repeated = comparison.questions.filter { $0.times > 1 }.prefix(5)
    if !repeated.isEmpty {
      Console.out()
      Console.out(Console.styled("Questions answered most", .bold))
      for question in repeated {
        Console.out("\(question.times)× best \(question.best), latest \(question.latest), mean \(question.mean)")
        InterviewRenderer.wrapped(question.question, indent: "   ")
      }
    }
    if let weakest = comparison.weakest {
      Console.out()
      InterviewRenderer.wrapped(
        Console.styled("Weakest recently: \(weakest.title.lowercased()).", .yellow) + " " + practiceAdvice(weakest))
    }
  }

  static func practiceAdvice(_ criterion: Criterion) -> String {
    switch criterion {
    case .story:
      "Drill success stories: rebound practice --bank behavioral --focus weak. Tell each as situation, your actions, and a result with a number."
    case .research:
      "Research the company and bring notes: rebound practice --bank motivation --company NAME --research notes.md."
    case .match:
      "Prepare a story for each must-have: rebound posting FILE, then rebound practice --posting FILE."
    case .delivery:
      "Keep answers to the length band, and cut fillers, hedges and blame: /score after each answer shows them."
    }
  }

  static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
