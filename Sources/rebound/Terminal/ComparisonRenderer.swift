import Foundation
import ReboundCore

/// The compare report: a table of attempts, a sparkline per criterion, repeated questions, advice.
enum ComparisonRenderer {
  static func render(_ comparison: AttemptComparison) {
    guard !comparison.attempts.isEmpty || !comparison.outcomes.isEmpty else {
      Console.out("No scored attempts yet. Run 'rebound practice' to make one.")
      return
    }
    let count = comparison.attempts.count
    Console.out(Console.styled("\(count) attempt\(count == 1 ? "" : "s"), oldest first", .bold))
    Console.out(Console.styled("date        what                     overall story resrch match deliv", .dim))
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "UTC")
    // Practice and real outcomes on one timeline, in date order.
    var outcomes = comparison.outcomes[...]
    func printOutcomes(before date: Date?) {
      while let outcome = outcomes.first, date.map({ outcome.createdAt <= $0 }) ?? true {
        let what = [outcome.company, outcome.role, outcome.stage.map { "\($0) stage" }].compactMap { $0 }
          .joined(separator: ", ")
        Console.out(
          formatter.string(from: outcome.createdAt) + "   "
            + Console.styled("✗ not offered: \(TextSanitizer.oneLine(what)) (\(outcome.reason.rawValue))", .yellow))
        outcomes = outcomes.dropFirst()
      }
    }
    for attempt in comparison.attempts {
      printOutcomes(before: attempt.startedAt)
      let what = attempt.posting.map { ($0 as NSString).lastPathComponent }
        ?? attempt.banks.joined(separator: ",")
      let label = TextSanitizer.oneLine(what)
      let shortLabel = label.count > 24 ? String(label.prefix(23)) + "…" : label
      let marker = attempt.status == .complete ? " " : "*"
      let cells = ([attempt.overall] + Criterion.allCases.map { attempt.criteria[$0] ?? nil })
        .map { ($0.map(String.init) ?? "–").leftPadded(to: 6) }
      Console.out(
        formatter.string(from: attempt.startedAt) + marker + "  "
          + shortLabel.padding(toLength: 24, withPad: " ", startingAt: 0) + cells.joined())
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
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
