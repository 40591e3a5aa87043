import Foundation
import ReboundCore

/// Answers an experienced interviewer scored 0–100, with the groups and ladders they form.
struct CalibrationEvaluation {
  let file: URL

  struct Case {
    let id: String
    let group: String
    let honest: Int
    let score: Int
    let card: ScoreCard
  }

  func report(quiet: Bool) throws {
    let folder = file.deletingLastPathComponent()
    let scorer = Scorer()
    let parser = PostingParser()
    var cases: [Case] = []
    for object in try readJSONLines(file) {
      guard let id = object["id"] as? String, let question = object["question"] as? String,
        let answer = object["answer"] as? String, let honest = object["honest_score"] as? Int
      else { continue }
      let posting = try (object["posting"] as? String).map {
        try parser.parse(contentsOf: folder.appendingPathComponent($0))
      }
      let research = try (object["research"] as? String).map {
        try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
      }
      let context = ScoringContext(posting: posting, research: research, company: object["company"] as? String)
      let kind = (object["kind"] as? String).flatMap(QuestionKind.init(rawValue:))
      let card = scorer.score(answer, question: question, kind: kind, context: context)
      cases.append(
        Case(id: id, group: object["group"] as? String ?? "", honest: honest, score: card.overall, card: card))
    }
    let xs = cases.map { Double($0.score) }
    let ys = cases.map { Double($0.honest) }
    let gap = zip(xs, ys).map { abs($0 - $1) }.reduce(0, +) / Double(max(1, cases.count))
    let failing = cases.filter { $0.honest <= 25 }
    let passing = failing.filter { $0.score > 40 }
    print("Calibration (\(file.path))")
    print(String(format: "  Pearson r:         %.2f", pearson(xs, ys)))
    print(String(format: "  mean absolute gap: %.1f", gap))
    print("  failing answers (≤ 25) above 40: \(passing.count) of \(failing.count)")
    for ladder in Set(cases.map(\.group)).filter({ $0.hasPrefix("ladder") }).sorted() {
      let rungs = cases.filter { $0.group == ladder }.sorted { $0.honest < $1.honest }
      let ordered = zip(rungs, rungs.dropFirst()).allSatisfy { $0.score < $1.score }
      print("  \(ladder) in order: \(ordered ? "yes" : "no") (\(rungs.map { String($0.score) }.joined(separator: ", ")))")
    }
    for group in Set(cases.map(\.group)).sorted() {
      let members = cases.filter { $0.group == group }
      let mean = { (values: [Int]) in Double(values.reduce(0, +)) / Double(max(1, values.count)) }
      print(
        String(
          format: "  %-17@ n=%-2d interviewer %5.1f  rebound %5.1f", group as NSString, members.count,
          mean(members.map(\.honest)), mean(members.map(\.score))))
    }
    if !quiet {
      print("  misses (gap over 12, or a failing answer above 40):")
      for item in cases where abs(item.score - item.honest) > 12 || (item.honest <= 25 && item.score > 40) {
        let relevance = item.card.relevance.map { $0.answersQuestion ? "" : " off-topic" } ?? ""
        print(
          "    \(item.id.padding(toLength: 11, withPad: " ", startingAt: 0)) interviewer \(item.honest)"
            + "  rebound \(item.score) [\(item.card.kind.rawValue)\(relevance)]")
      }
    }
    print()
  }

  func pearson(_ xs: [Double], _ ys: [Double]) -> Double {
    let n = Double(xs.count)
    guard n > 1 else { return 0 }
    let mx = xs.reduce(0, +) / n
    let my = ys.reduce(0, +) / n
    let cov = zip(xs, ys).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
    let vx = xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +)
    let vy = ys.map { ($0 - my) * ($0 - my) }.reduce(0, +)
    return vx > 0 && vy > 0 ? cov / (vx * vy).squareRoot() : 0
  }
}
