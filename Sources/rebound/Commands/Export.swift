import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Writes a transcript as a document to share with a coach.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export a transcript as Markdown, a self-contained HTML page, or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case markdown, html, json
    }

    @OptionGroup var locations: Locations

    @Argument(
      help: "A transcript id, its number in compare, 'latest', or a path to a .json transcript.",
      completion: .custom { _, _, _ in ["latest"] + Completions.transcriptIDs })
    var transcript = "latest"

    @Option(help: "markdown, html or json.")
    var format: Format

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
      try reportingFailures {
        let store = TranscriptStore(directory: locations.transcriptsFolder)
        let loaded = try store.load(try store.resolve(transcript))
        let text: String
        switch format {
        case .json: text = String(decoding: try TranscriptStore.encode(loaded), as: UTF8.self) + "\n"
        case .markdown: text = TranscriptExporter(transcript: loaded).markdown()
        case .html:
          let (headers, _) = try store.loadHeaders()
          text = TranscriptExporter(transcript: loaded, history: Self.history(of: loaded, in: headers)).html()
        }
        if let output {
          do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
          } catch {
            throw UserFacingError(message: "\(output): cannot write the export", exitCode: ExitStatus.io)
          }
          Console.error("wrote \(output)")
        } else {
          print(text, terminator: "")
        }
      }
    }

    /// Overall scores of attempts on the same posting (or, without one, the same banks), oldest first.
    static func history(of transcript: Transcript, in headers: [TranscriptHeader]) -> [(date: Date, overall: Int)] {
      ComparableAttempts.matching(transcript, in: headers)
        .compactMap { header in header.summary?.overall.map { (header.startedAt, $0) } }
    }
  }
}
