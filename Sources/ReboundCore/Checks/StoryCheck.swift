import Foundation

/// A story file reads as a story or one problem on one of its lines, and a story Rebound
/// writes back (`stories add`, `stories edit`) reads as the same story.
enum StoryCheck {
  static func run(_ data: Data) throws(InvariantViolation) {
    let check = ParserCheck.story
    let lines = String(decoding: data, as: UTF8.self).lineCount
    for file in ["story.md", "story.yaml"] {
      switch StoryFile.parse(data, file: file, id: "story") {
      case .failure(let problem):
        try check.require(problem.file == file, "a problem in another file: \(problem)")
        try check.require((1...lines).contains(problem.line), "a problem on line \(problem.line) of \(lines): \(problem)")
      case .success(let story):
        let written = StoryFile.markdown(story)
        switch StoryFile.parse(Data(written.utf8), file: "again.md", id: "story") {
        case .failure(let problem):
          throw InvariantViolation(check, "\(file): the story as written back does not read: \(problem)")
        case .success(let again):
          let expected = normalised(story)
          try check.require(
            again == expected, "\(file): the story as written back reads differently: \(difference(expected, again))")
        }
      }
    }
  }

  /// The first field that differs, to say what was lost.
  static func difference(_ story: Story, _ again: Story) -> String {
    if story.title != again.title { return "title \(story.title.debugDescription) became \(again.title.debugDescription)" }
    if story.tags != again.tags { return "tags \(story.tags) became \(again.tags)" }
    if story.created != again.created { return "created \(String(describing: story.created)) became \(String(describing: again.created))" }
    if story.text != again.text { return "text \(story.text.debugDescription) became \(again.text.debugDescription)" }
    return "parts \(story.parts) became \(again.parts)"
  }

  /// What writing a story may change: surrounding blank lines and spaces, which it trims.
  static func normalised(_ story: Story) -> Story {
    var story = story
    story.text = story.text.trimmedLines
    story.parts = story.parts.mapValues(\.trimmedLines).filter { !$0.value.isEmpty }
    return story
  }
}
