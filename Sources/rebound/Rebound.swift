import ArgumentParser

/// The `rebound` command: a mock-interview practice simulator for the terminal.
@main
struct Rebound: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rebound",
    abstract: "Practise interviews in the terminal: answer, get scored, see what to fix.",
    discussion: """
      Exit codes: 0 fine, 64 usage, 65 bad data (a bank, a posting, a transcript), 74 I/O.
      Transcripts live in ./Transcripts (or --transcripts DIR, or REBOUND_TRANSCRIPTS).
      """,
    subcommands: [
      Practice.self, Score.self, Posting.self, Review.self, Compare.self, Export.self, Debrief.self,
      Banks.self,
      Validate.self,
    ],
    defaultSubcommand: Practice.self
  )
}
