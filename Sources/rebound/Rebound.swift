import ArgumentParser
import Foundation
import ReboundCore

/// The `rebound` command: a mock-interview practice simulator for the terminal.
@main
struct Rebound: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rebound",
    abstract: "Practise interviews in the terminal: answer, get scored, see what to fix.",
    discussion: """
      Exit codes: 0 fine, 64 usage, 65 bad data (a bank, a posting, a transcript), 74 I/O.
      Transcripts live in ~/.local/share/rebound/transcripts ($XDG_DATA_HOME), ./Transcripts inside
      a Rebound checkout, or --transcripts DIR / REBOUND_TRANSCRIPTS.
      """,
    version: Rebound.version,
    subcommands: [
      Practice.self, Score.self, Posting.self, Review.self, Compare.self, Export.self, Debrief.self,
      Stories.self, Banks.self,
      Validate.self,
    ],
    defaultSubcommand: Practice.self
  )

  static let version = "0.2.0"

  /// Parses, runs, and keeps every argument error to one line with a documented exit code (64).
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    // The usual names are checked without building every command's configuration (a millisecond
    // at each start); anything else is checked against the real list.
    if let first = arguments.first, !first.hasPrefix("-"), !usualNames.contains(first), !commandNames.contains(first) {
      let hint = nearest(to: first).map { "; did you mean '\($0)'?" } ?? "; see 'rebound --help'"
      FileHandle.standardError.write(Data("rebound: unknown command '\(TextSanitizer.oneLine(first))'\(hint)\n".utf8))
      Foundation.exit(64)
    }
    let command: ParsableCommand
    do {
      command = try parseAsRoot(arguments)
    } catch {
      // --help and --version are not errors: let the library print them.
      if exitCode(for: error) == .success { exit(withError: error) }
      let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
      let clean = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
      FileHandle.standardError.write(Data("rebound: \(clean)\n".utf8))
      Foundation.exit(64)
    }
    do {
      var command = command
      try command.run()
    } catch {
      exit(withError: error)
    }
  }

  static let usualNames: Set<String> = [
    "practice", "score", "posting", "review", "compare", "export", "debrief", "stories", "banks", "validate", "help",
  ]

  static var commandNames: [String] {
    configuration.subcommands.map { $0.configuration.commandName ?? String(describing: $0).lowercased() } + ["help"]
  }

  /// The command a typo was meant to be: the closest within two edits.
  static func nearest(to word: String) -> String? {
    let scored = commandNames.map { ($0, editDistance(word.lowercased(), $0)) }.filter { $0.1 <= 2 }
    return scored.min { $0.1 < $1.1 }?.0
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in 1...max(1, b.count) where !b.isEmpty {
        let current = row[j]
        // A swap of two neighbours counts as one edit, as a typist makes it.
        row[j] = a[i - 1] == b[j - 1] ? previous : min(previous, row[j], row[j - 1]) + 1
        previous = current
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}
