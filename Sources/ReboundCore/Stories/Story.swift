import Foundation

/// One of the user's own success stories, kept as a plain file they can edit and keep in git.
public struct Story: Equatable, Sendable {
  /// The file's name without its extension: "cut-the-month-end-close".
  public var id: String
  public var title: String
  public var tags: [String]
  /// The day it was first written, as the file says it ("2026-11-24").
  public var created: String?
  /// The story as the user tells it.
  public var text: String
  /// The parts the user wrote out under their own headings, if any.
  public var parts: [StoryPart: String]
  /// Where the story lives, and when it last changed: newer stories come first.
  public var file: URL?
  public var modified: Date?

  public init(
    id: String = "", title: String, tags: [String] = [], created: String? = nil, text: String,
    parts: [StoryPart: String] = [:], file: URL? = nil, modified: Date? = nil
  ) {
    self.id = id
    self.title = title
    self.tags = tags
    self.created = created
    self.text = text
    self.parts = parts
    self.file = file
    self.modified = modified
  }

  /// Everything the story says, in the order it is told: the text, then its parts in STAR order.
  public var told: String {
    ([text] + StoryPart.allCases.compactMap { parts[$0] }).map(\.trimmedLines).filter { !$0.isEmpty }
      .joined(separator: "\n\n")
  }
}

/// The parts of a STAR story a user may write out separately.
public enum StoryPart: String, CaseIterable, Codable, Sendable {
  case situation, task, action, result

  /// "Situation", as a heading.
  public var heading: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  /// The part a heading names: "Actions", "The result", "Task:" all count.
  public init?(heading: String) {
    var words = heading.lowercased().trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    if words.hasPrefix("the ") { words = String(words.dropFirst(4)) }
    if words.hasSuffix("s") { words = String(words.dropLast()) }
    self.init(rawValue: words)
  }
}
