import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Shows scores across attempts: the table, trends as sparklines, questions answered most.
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "compare",
      abstract: "Compare scores across attempts: trends, repeated questions, what to practise next.")

    @OptionGroup var locations: Locations

    @Option(help: "Only attempts on this posting (matched by file name).")
    var posting: String?

    @Option(help: "Only attempts for this company.")
    var company: String?

    @Option(help: "Only attempts that drew from this bank.")
    var bank: String?

    @Option(help: "Only the last N attempts.")
    var last: Int?

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Print the attempts as CSV.")
    var csv = false

    @Flag(help: "First delete transcripts that are empty files (left by older versions after a kill).")
    var removeEmpty = false

    func validate() throws {
      if json && csv { throw ValidationError("Choose one of --json and --csv.") }
      if let last, last < 1 { throw ValidationError("--last must be at least 1.") }
    }

    func run() throws {
      try reportingFailures {
        let store = TranscriptStore(directory: locations.transcriptsFolder)
        if removeEmpty {
          for path in try store.removeEmptyTranscripts() { Console.error("\(path): empty; removed") }
        }
        let (headers, warnings) = try store.loadHeaders()
        for warning in warnings { Console.error(warning) }
        var comparison = AttemptComparison(
          headers, filter: .init(posting: posting, company: company, bank: bank, last: last))
        let (debriefs, debriefWarnings) = DebriefStore(transcripts: locations.transcriptsFolder).loadAll()
        for warning in debriefWarnings { Console.error(warning) }
        comparison.include(debriefs, company: company, posting: posting, sinceFirst: last != nil)
        if json {
          Console.out(comparison.jsonDocument.text)
        } else if csv {
          printCSV(comparison)
        } else {
          let files = (try? store.transcriptFiles()) ?? []
          let numbers = Dictionary(
            files.enumerated().map { ($1.deletingPathExtension().lastPathComponent, $0 + 1) }, uniquingKeysWith: { a, _ in a })
          ComparisonRenderer.render(comparison, numbers: numbers)
        }
      }
    }

    private func printCSV(_ comparison: AttemptComparison) {
      Console.out("id,startedAt,status,posting,banks,overall,story,research,match,delivery")
      let formatter = ISO8601DateFormatter()
      for attempt in comparison.attempts {
        let scores = [attempt.overall] + Criterion.allCases.map { attempt.criteria[$0] ?? nil }
        let fields =
          [attempt.id, formatter.string(from: attempt.startedAt), attempt.status.rawValue,
           attempt.posting ?? "", attempt.banks.joined(separator: " ")].map(Self.csvField)
          + scores.map { $0.map(String.init) ?? "" }
        Console.out(fields.joined(separator: ","))
      }
    }

    static func csvField(_ text: String) -> String {
      let clean = TextSanitizer.oneLine(text)
      guard clean.contains(where: { $0 == "," || $0 == "\"" }) else { return clean }
      return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }
}
