import ArgumentParser
import Foundation
import ReboundCore

/// Shows how the fitted models read one answer: the intent, each sentence's strongest roles,
/// each criterion, the gate. For developing the models, not for users.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Show the fitted models' reading of an answer on standard input.")

  @Option(help: "The question.") var question: String
  @Option(help: "The question's kind.") var kind: String?
  @Option(help: "A posting file.") var posting: String?
  @Option(help: "The company.") var company: String?

  func run() throws {
    let answer = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    let parsed = try posting.map { try PostingParser().parse(contentsOf: URL(fileURLWithPath: $0)) }
    let assessment = Scorer().assess(
      answer, question: question, kind: kind.flatMap(QuestionKind.init(rawValue:)),
      context: ScoringContext(posting: parsed, company: company))
    print("intent \(assessment.intent.rawValue), kind \(assessment.kind.rawValue)")
    for (index, row) in assessment.roles.enumerated() {
      let top = zip(assessment.roleNames, row).sorted { $0.1 > $1.1 }.prefix(4)
        .map { "\($0.0) \(String(format: "%.2f", $0.1))" }.joined(separator: ", ")
      let echo = assessment.features.echoes.contains(index) ? " [echo]" : ""
      print("  \(index + 1)\(echo): \(top)")
      print("     \(assessment.features.text.sentenceText(index).prefix(90))")
    }
    for (criterion, value) in assessment.criteria.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      let parts = assessment.contributions(criterion).sorted { abs($0.1) > abs($1.1) }.prefix(8)
        .map { "\($0.0) \(String(format: "%+.1f", $0.1))" }.joined(separator: ", ")
      print("  \(criterion.rawValue) \(String(format: "%.1f", value)): \(parts)")
    }
    print("  answers the question \(String(format: "%.2f", assessment.answersQuestion)), overall \(String(format: "%.1f", assessment.overall))")
  }
}
