import ArgumentParser
import Foundation
import ReboundCore

/// Where banks and transcripts live, shared by every command that reads them.
///
/// Banks: the bundled ones, compiled in, plus the user's own in `$XDG_DATA_HOME/rebound/banks`;
/// `--banks DIR` or `REBOUND_BANKS` replaces them with a folder. Transcripts: `--transcripts`,
/// `REBOUND_TRANSCRIPTS`, `./Transcripts` inside a Rebound checkout, else
/// `$XDG_DATA_HOME/rebound/transcripts`; nothing is written into an unrelated current folder.
/// Stories: `--stories`, `REBOUND_STORIES`, else `$XDG_DATA_HOME/rebound/stories`.
struct Locations: ParsableArguments {
  @Option(help: "Folder of transcripts (default: $REBOUND_TRANSCRIPTS, ./Transcripts in a Rebound checkout, else ~/.local/share/rebound/transcripts).")
  var transcripts: String?

  @Option(help: "Folder of question banks to use instead of the bundled ones (default: $REBOUND_BANKS).")
  var banks: String?

  @Option(help: "Folder of your stories (default: $REBOUND_STORIES, else ~/.local/share/rebound/stories).")
  var stories: String?

  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// `$XDG_DATA_HOME/rebound`, or `~/.local/share/rebound`.
  static var dataHome: URL {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg).appendingPathComponent("rebound")
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".local/share/rebound")
  }

  var transcriptsFolder: URL {
    if let path = transcripts ?? Self.environment["REBOUND_TRANSCRIPTS"] { return URL(fileURLWithPath: path) }
    if Self.insideCheckout { return URL(fileURLWithPath: "Transcripts") }
    return Self.dataHome.appendingPathComponent("transcripts")
  }

  /// Stories: `--stories`, `REBOUND_STORIES`, else `$XDG_DATA_HOME/rebound/stories`. Never the
  /// checkout: they are the user's own, like a diary, and belong with their data.
  var storiesFolder: URL {
    if let path = stories ?? Self.environment["REBOUND_STORIES"], !path.isEmpty { return URL(fileURLWithPath: path) }
    return Self.dataHome.appendingPathComponent("stories")
  }

  /// The story bank, each file that does not read reported on its own line.
  func storyBank(reporting report: (String) -> Void) -> [Story] {
    let (stories, problems) = StoryStore(directory: storiesFolder).loadAll()
    for problem in problems { report(problem.description) }
    return stories
  }

  /// True in the root of a Rebound checkout, where `./Transcripts` is the project's own folder.
  static var insideCheckout: Bool {
    let manager = FileManager.default
    guard let package = try? String(contentsOfFile: "Package.swift", encoding: .utf8) else { return false }
    return package.contains("name: \"Rebound\"") && manager.fileExists(atPath: "Transcripts/README.md")
  }

  /// The folder given with --banks or REBOUND_BANKS, if any.
  var banksFolder: URL? {
    (banks ?? Self.environment["REBOUND_BANKS"]).map { URL(fileURLWithPath: $0) }
  }

  /// The user's own banks, added to the bundled ones.
  static var userBanksFolder: URL { dataHome.appendingPathComponent("banks") }

  /// Every bank in use: a given folder's, or the bundled ones with the user's own added.
  func catalog() throws -> BankCatalog {
    if let folder = banksFolder { return try BankCatalog.load(from: folder) }
    let user = Self.userBanksFolder
    let files = (try? BankCatalog.bankFiles(in: user)) ?? []
    guard !files.isEmpty else { return BankCatalog.bundled }
    return BankCatalog.bundled.adding(try BankCatalog.load(files: files))
  }
}
