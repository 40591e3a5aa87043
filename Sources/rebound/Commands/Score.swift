import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Scores one answer without the REPL, for scripts and for checking a prepared story.
  struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "score",
      abstract: "Score one answer against the checklist, with evidence and advice.")

    @Option(help: "The interview question.")
    var question: String

    @Option(help: "A file holding the answer, or - for standard input.")
    var answerFile: String

    @Option(help: "The question's kind (inferred from its wording when omitted): \(QuestionKind.names).")
    var kind: QuestionKind?

    @OptionGroup var inputs: ScoringInputs

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
      try reportingFailures {
        let answer = try readAnswer()
        let card = Scorer().score(
          answer, question: question, kind: kind, context: try inputs.context())
        if json {
          try JSONOutput.print(card)
        } else {
          ScoreRenderer.details(card, answer: answer)
        }
      }
    }

    private func readAnswer() throws -> String {
      let data: Data
      if answerFile == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
      } else {
        do { data = try Data(contentsOf: URL(fileURLWithPath: answerFile)) } catch {
          throw UserFacingError(message: "\(answerFile): cannot read the file", exitCode: ExitStatus.io)
        }
      }
      guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
        throw UserFacingError(
          message: "\(answerFile == "-" ? "standard input" : answerFile): the answer is not UTF-8 text",
          exitCode: ExitStatus.data)
      }
      return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
  }
}

extension QuestionKind: ExpressibleByArgument {}
