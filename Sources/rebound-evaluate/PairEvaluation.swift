import Foundation
import ReboundCore

/// Pairs of a stronger and a weaker answer to one question, labelled by their source.
struct PairEvaluation {
  let file: URL

  func report(quiet: Bool) throws {
    let scorer = Scorer()
    var wins = 0
    var hardWins = 0
    var hard = 0
    var misses: [String] = []
    let pairs = try readJSONLines(file)
    for pair in pairs {
      guard let question = pair["question"] as? String, let strong = pair["strong"] as? String,
        let weak = pair["weak"] as? String
      else { continue }
      let context = ScoringContext(company: pair["company"] as? String)
      let strongCard = scorer.score(strong, question: question, context: context)
      let weakCard = scorer.score(weak, question: question, context: context)
      let isHard = Double(weakCard.wordCount) >= 0.4 * Double(strongCard.wordCount)
      let won = strongCard.overall > weakCard.overall
      if won { wins += 1 }
      if isHard {
        hard += 1
        if won { hardWins += 1 }
      }
      if !won {
        let id = pair["id"] as? String ?? "?"
        misses.append(
          "  \(id)\(isHard ? " (hard)" : "") strong \(strongCard.overall) ≤ weak \(weakCard.overall)"
            + " [\(strongCard.kind.rawValue)]: \(oneLine(question, 50))")
      }
    }
    print("Answer pairs (\(file.path))")
    print("  stronger answer wins: \(percent(wins, pairs.count))")
    print("  hard pairs:           \(percent(hardWins, hard))")
    if !quiet { misses.forEach { print($0) } }
    print()
  }
}
