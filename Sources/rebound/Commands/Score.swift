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
        let context = try inputs.context()
        let answer = try readAnswer()
        let card = Scorer().score(answer, question: question, kind: kind, context: context)
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
      let source = answerFile == "-" ? "standard input" : answerFile
      if data.contains(0) {
        throw UserFacingError(
          message: "\(source): holds NUL bytes, so it is not a text file; save the answer as plain text",
          exitCode: ExitStatus.data)
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw UserFacingError(message: "\(source): the answer is not UTF-8 text; save it as UTF-8", exitCode: ExitStatus.data)
      }
      let answer = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if TextSanitizer.clean(answer).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw UserFacingError(message: "\(source): the answer is empty; write the answer into it", exitCode: ExitStatus.data)
      }
      let words = AnswerLimit.wordCount(answer)
      if words > AnswerLimit.words {
        throw UserFacingError(
          message: "\(source): the answer holds \(AnswerLimit.grouped(words)) words; an answer can hold at most \(AnswerLimit.grouped(AnswerLimit.words))",
          exitCode: ExitStatus.data)
      }
      return answer
    }
  }
}

extension QuestionKind: ExpressibleByArgument {}
