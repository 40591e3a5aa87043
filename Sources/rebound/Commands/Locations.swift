import ArgumentParser
import Foundation

/// Where banks and transcripts live, shared by every command that reads them.
struct Locations: ParsableArguments {
  @Option(help: "Folder of transcripts (default: $REBOUND_TRANSCRIPTS or ./Transcripts).")
  var transcripts: String?

  @Option(help: "Folder of question banks (default: $REBOUND_BANKS or the bundled QuestionBanks).")
  var banks: String?

  var transcriptsFolder: URL {
    URL(
      fileURLWithPath: transcripts ?? ProcessInfo.processInfo.environment["REBOUND_TRANSCRIPTS"]
        ?? "Transcripts")
  }

  /// The banks folder: as given, else ./QuestionBanks, else the one shipped beside the binary.
  var banksFolder: URL {
    if let path = banks ?? ProcessInfo.processInfo.environment["REBOUND_BANKS"] {
      return URL(fileURLWithPath: path)
    }
    let local = URL(fileURLWithPath: "QuestionBanks")
    if FileManager.default.fileExists(atPath: local.path) { return local }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<5 {
      let candidate = folder.appendingPathComponent("QuestionBanks")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return local
  }
}
