import Foundation
import ReboundCore

/// Where a new story's words come from: a file, standard input, or the user's editor.
enum StoryInput {
  /// When a story is written, to the minute: the day alone would not order two stories written on it.
  static var today: String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: Date())
  }

  /// A story from a file or standard input: a story file with its own front matter, or plain text.
  static func read(_ path: String, title: String?, tags: [String]) throws -> Story {
    let name = path == "-" ? "standard input" : path
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let read = FileManager.default.contents(atPath: path) else {
        throw UserFacingError(message: "\(path): cannot read the file", exitCode: ExitStatus.io)
      }
      data = read
    }
    guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
      throw UserFacingError(message: "\(name): not UTF-8 text", exitCode: ExitStatus.data)
    }
    var story: Story
    if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("---") || path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
      story = try StoryFile.parse(Data(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8), file: name, id: "").get()
      if let title { story.title = title }
      if !tags.isEmpty { story.tags = tags }
    } else {
      guard let title else {
        throw UserFacingError(message: "a story needs a title: add --title \"…\"", exitCode: ExitStatus.usage)
      }
      story = Story(title: title, tags: tags, text: text.trimmedLines)
    }
    story.title = TextSanitizer.oneLine(story.title).trimmed
    guard !story.title.isEmpty else {
      throw UserFacingError(message: "a story needs a title: add --title \"…\"", exitCode: ExitStatus.usage)
    }
    guard !story.told.isEmpty else {
      throw UserFacingError(message: "\(name): the story has no text", exitCode: ExitStatus.data)
    }
    return story
  }

  /// A new story written in the editor from a template; nil when nothing was written.
  static func fromEditor(title: String, tags: [String]) throws -> Story? {
    let draft = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-story-\(getpid()).md")
    let template = StoryFile.template(title: title, tags: tags, created: today)
    try AtomicFile.write(Data(template.utf8), to: draft)
    guard Editor.edit(draft) else {
      throw UserFacingError(
        message: "the editor (\(Editor.command)) did not finish cleanly; your draft is in \(draft.path)", exitCode: ExitStatus.io)
    }
    let data = FileManager.default.contents(atPath: draft.path) ?? Data()
    if String(decoding: data, as: UTF8.self) == template {
      try? FileManager.default.removeItem(at: draft)
      return nil
    }
    switch StoryFile.parse(data, file: draft.path, id: "") {
    case .failure(let problem):
      throw UserFacingError(message: "\(problem); fix it and run 'rebound stories add --file \(draft.path)'", exitCode: ExitStatus.data)
    case .success(let parsed):
      let story = StoryFile.withoutTemplateText(parsed)
      try? FileManager.default.removeItem(at: draft)
      return story.told.isEmpty ? nil : story
    }
  }

  /// Edits a copy, and puts it in place only if it still reads as a story: a typo in the front
  /// matter never costs the story.
  static func edit(_ story: Story, at file: URL, store: StoryStore) throws {
    let copy = FileManager.default.temporaryDirectory
      .appendingPathComponent("rebound-\(story.id)-\(getpid()).\(file.pathExtension)")
    let original = FileManager.default.contents(atPath: file.path) ?? Data()
    try AtomicFile.write(original, to: copy)
    guard Editor.edit(copy) else {
      throw UserFacingError(
        message: "the editor (\(Editor.command)) did not finish cleanly; the story is unchanged, your edit is in \(copy.path)",
        exitCode: ExitStatus.io)
    }
    let edited = FileManager.default.contents(atPath: copy.path) ?? Data()
    if edited == original {
      try? FileManager.default.removeItem(at: copy)
      return Console.out("No changes.")
    }
    if case .failure(let problem) = StoryFile.parse(edited, file: file.path, id: story.id) {
      throw UserFacingError(
        message: "\(problem); the story is unchanged, your edit is in \(copy.path)", exitCode: ExitStatus.data)
    }
    try store.replace(story, contents: edited)
    try? FileManager.default.removeItem(at: copy)
    let updated = try store.find(story.id)
    Console.out("Saved '\(story.id)'.")
    StoryRenderer.qualityLine(StoryQuality(updated))
  }
}
