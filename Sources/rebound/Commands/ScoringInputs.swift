import ArgumentParser
import Foundation
import ReboundCore

/// The posting, research notes and company a score is measured against, shared by score and practice.
struct ScoringInputs: ParsableArguments {
  @Option(help: "A job posting (plain text or Markdown) to score the match against.", completion: .file())
  var posting: String?

  @Option(help: "Your research notes on the company (plain text or Markdown).", completion: .file())
  var research: String?

  @Option(help: "The company's name, for the research criterion.")
  var company: String?

  /// Reads the files and prepares the context; errors name the file.
  func context(company override: String? = nil) throws -> ScoringContext {
    let parsed = try posting.map { try PostingParser().parse(contentsOf: URL(fileURLWithPath: $0)) }
    let notes = try research.map { path -> String in
      let data: Data
      do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
        throw PostingError(file: path, reason: .unreadable, document: "research notes")
      }
      return try PostingText.decode(data, file: path, document: "research notes")
    }
    return ScoringContext(posting: parsed, research: notes, company: override ?? company)
  }
}
