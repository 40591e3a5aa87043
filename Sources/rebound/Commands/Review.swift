import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Shows one past attempt: every question, answer, score, evidence and advice.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review",
      abstract: "Show a past attempt with its answers, scores, evidence and advice.")

    @OptionGroup var locations: Locations

    @Argument(
      help: "A transcript id, its number in compare, 'latest', or a path to a .json transcript.",
      completion: .custom { _, _, _ in ["latest"] + Completions.transcriptIDs })
    var transcript = "latest"

    @Flag(help: "Print the transcript as JSON.")
    var json = false

    func run() throws {
      try reportingFailures {
        let store = TranscriptStore(directory: locations.transcriptsFolder)
        let loaded = try store.load(try store.resolve(transcript))
        if json { try JSONOutput.print(loaded) } else { Pager.page { TranscriptRenderer.render(loaded) } }
      }
    }
  }
}
