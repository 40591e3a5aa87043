import Foundation
import ReboundCore

/// What shell completion offers: bank ids, roles, transcript ids. Called by the shell's completion
/// script through the binary, so it reads the same folders a command would.
enum Completions {
  static var bankIDs: [String] { BankCatalog.bundled.banks.map(\.id) }

  static var roles: [String] { BankCatalog.bundled.banks.compactMap { $0.role == nil ? nil : $0.id } }

  /// Transcript ids in the default folder, newest first.
  static var transcriptIDs: [String] {
    let store = TranscriptStore(directory: Locations().transcriptsFolder)
    return ((try? store.transcriptFiles()) ?? []).reversed().map { $0.deletingPathExtension().lastPathComponent }
  }

  /// Story ids in the default folder.
  static var storyIDs: [String] {
    StoryStore(directory: Locations().storiesFolder).loadAll().stories.map(\.id)
  }

  /// Files in the current folder with this extension.
  static func files(_ suffix: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: ".")) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
  }
}
