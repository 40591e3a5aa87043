import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Shows what a job posting asks for: the list a candidate should prepare stories for.
  struct Posting: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "posting",
      abstract: "Show what a job posting is looking for: requirements, responsibilities, values.")

    @Argument(help: "The posting, as plain text or Markdown.")
    var file: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
      try reportingFailures {
        let posting = try PostingParser().parse(contentsOf: URL(fileURLWithPath: file))
        if json { try JSONOutput.print(posting) } else { render(posting) }
      }
    }

    private func render(_ posting: JobPosting) {
      let title = posting.title.map(TextSanitizer.oneLine) ?? "Untitled role"
      let company = posting.company.map { " at " + TextSanitizer.oneLine($0) } ?? ""
      Console.out(Console.styled(title + company, .bold))
      section("Must-haves (prepare a story for each)", posting.requirements.filter { $0.level == .must }.map(\.text))
      section("Nice to have", posting.requirements.filter { $0.level == .nice }.map(\.text))
      section("Responsibilities", posting.responsibilities)
      section("What they say about themselves", posting.values)
    }

    private func section(_ title: String, _ items: [String]) {
      guard !items.isEmpty else { return }
      Console.out()
      Console.out(Console.styled(title, .bold))
      for item in items { InterviewRenderer.wrapped(item, indent: "  • ") }
    }
  }
}
