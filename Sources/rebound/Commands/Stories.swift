import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// The story bank: the user's own success stories as plain files, scored and matched to postings.
  struct Stories: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stories",
      abstract: "Keep your own STAR stories: scored, and matched to what a posting asks for.",
      discussion: """
        One Markdown file a story, in ~/.local/share/rebound/stories ($XDG_DATA_HOME),
        --stories DIR or $REBOUND_STORIES. Edit them in any editor; keep them in git.
        """,
      subcommands: [List.self, Add.self, Show.self, Edit.self, Remove.self, Match.self, Export.self],
      defaultSubcommand: List.self)
  }
}

extension Rebound.Stories {
  /// Every story with its quality, newest first.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List your stories with their quality, newest first.")

    @OptionGroup var locations: Locations

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
      try reportingFailures {
        let stories = locations.storyBank(reporting: Console.error)
        let rows = stories.map { StoryRow($0, quality: StoryQuality($0)) }
        if json { return try JSONOutput.print(rows) }
        guard !rows.isEmpty else {
          Console.out("No stories yet in \(locations.storiesFolder.path).")
          Console.out("Add one: rebound stories add --title \"What you did\" --file story.txt")
          return
        }
        StoryRenderer.list(rows)
      }
    }
  }

  /// A new story, from a file, standard input, or the editor.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add a story from a file, standard input (--file -), or your editor.",
      discussion: """
        The file may be plain text (give --title) or a story file with its own front matter.
        With no --file in a terminal, $VISUAL or $EDITOR opens a template to fill in.
        """)

    @OptionGroup var locations: Locations

    @Option(help: "The story's title: a few words that bring it back to you.")
    var title: String?

    @Option(help: "Tags, separated by commas: sql,reporting.")
    var tags: String?

    @Option(help: "The story's text, or - for standard input.", completion: .file())
    var file: String?

    @Flag(help: "Print the saved story as JSON.")
    var json = false

    func run() throws {
      try reportingFailures {
        let store = StoryStore(directory: locations.storiesFolder)
        let given = tags.map(StoryRenderer.tagList) ?? []
        var story: Story
        if let file {
          story = try StoryInput.read(file, title: title, tags: given)
        } else if Console.isInteractive {
          guard let written = try StoryInput.fromEditor(title: title ?? "", tags: given) else {
            Console.out("Nothing was written, so no story was saved.")
            return
          }
          story = written
        } else {
          throw UserFacingError(
            message: "stories add needs --file FILE (or - for standard input), or a terminal to open your editor",
            exitCode: ExitStatus.usage)
        }
        if story.created == nil { story.created = StoryInput.today }
        let saved = try store.add(story)
        if json { return try JSONOutput.print(StoryDetail(saved, quality: StoryQuality(saved))) }
        let quality = StoryQuality(saved)
        Console.out("Saved '\(saved.id)' to \(saved.file?.path ?? "")")
        StoryRenderer.qualityLine(quality)
      }
    }
  }

  /// One story in full, with what would make it stronger.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show one story, its quality and a skeleton to strengthen it.")

    @OptionGroup var locations: Locations

    @Argument(help: "The story's id (or the start of it).", completion: .custom { _, _, _ in Completions.storyIDs })
    var id: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
      try reportingFailures {
        let story = try StoryStore(directory: locations.storiesFolder).find(id)
        let quality = StoryQuality(story)
        if json { return try JSONOutput.print(StoryDetail(story, quality: quality)) }
        Pager.page { StoryRenderer.show(story, quality: quality) }
      }
    }
  }

  /// A story opened in the editor; saved back only when it still reads.
  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "edit", abstract: "Edit a story in $VISUAL or $EDITOR.")

    @OptionGroup var locations: Locations

    @Argument(help: "The story's id (or the start of it).", completion: .custom { _, _, _ in Completions.storyIDs })
    var id: String

    func run() throws {
      try reportingFailures {
        let store = StoryStore(directory: locations.storiesFolder)
        let story = try store.find(id)
        guard let file = story.file else { return }
        guard Console.isInteractive else {
          throw UserFacingError(
            message: "stories edit needs a terminal; the story is a plain file you can edit directly: \(file.path)",
            exitCode: ExitStatus.usage)
        }
        try StoryInput.edit(story, at: file, store: store)
      }
    }
  }

  /// Deletes a story's file.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete a story.")

    @OptionGroup var locations: Locations

    @Argument(help: "The story's id (the whole id).", completion: .custom { _, _, _ in Completions.storyIDs })
    var id: String

    func run() throws {
      try reportingFailures {
        let store = StoryStore(directory: locations.storiesFolder)
        let story = try store.find(id)
        // Deleting is the one thing that cannot be undone: the whole id, not a prefix.
        guard story.id == id else {
          throw UserFacingError(message: "give the whole id to delete a story: rebound stories rm \(story.id)", exitCode: ExitStatus.usage)
        }
        try store.remove(story)
        Console.out("Removed '\(story.id)' (\(TextSanitizer.oneLine(story.title))).")
      }
    }
  }

  /// A posting's requirements with the stories that show each, and the gaps.
  struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "match",
      abstract: "Match your stories to a posting's requirements, and name the must-haves with no story.")

    @OptionGroup var locations: Locations

    @Option(help: "The job posting (plain text, Markdown or HTML).", completion: .file())
    var posting: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
      try reportingFailures {
        let parsed = try PostingParser().parse(contentsOf: URL(fileURLWithPath: posting))
        let stories = locations.storyBank(reporting: Console.error)
        let map = StoryMatcher(stories: stories).map(parsed)
        if json { return try JSONOutput.print(map) }
        Pager.page { StoryRenderer.match(map, posting: parsed, storyCount: stories.count) }
      }
    }
  }

  /// All stories as one Markdown document, for a coach or a friend.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Export your stories as Markdown, to share with a coach.")

    @OptionGroup var locations: Locations

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    func run() throws {
      try reportingFailures {
        let stories = locations.storyBank(reporting: Console.error)
        let document = StoryExporter.markdown(stories.map { ($0, StoryQuality($0)) }, date: StoryInput.today)
        guard let output else { return Console.out(document, terminator: "") }
        try AtomicFile.write(Data(document.utf8), to: URL(fileURLWithPath: output))
        Console.out("Wrote \(stories.count) \(stories.count == 1 ? "story" : "stories") to \(output)")
      }
    }
  }
}

/// One row of `stories list --json`.
struct StoryRow: Encodable {
  var id: String
  var title: String
  var tags: [String]
  var score: Int
  var words: Int
  var missing: [String]

  init(_ story: Story, quality: StoryQuality) {
    id = story.id
    title = story.title
    tags = story.tags
    score = quality.score
    words = quality.words
    missing = quality.missing
  }
}

/// `stories show --json`: the story, its file, and its quality.
struct StoryDetail: Encodable {
  var id: String
  var title: String
  var tags: [String]
  var created: String?
  var file: String?
  var text: String
  var parts: [String: String]
  var score: Int
  var words: Int
  var missing: [String]
  var advice: [String]
  var skeleton: String?

  init(_ story: Story, quality: StoryQuality) {
    id = story.id
    title = story.title
    tags = story.tags
    created = story.created
    file = story.file?.path
    text = story.text
    parts = Dictionary(uniqueKeysWithValues: story.parts.map { ($0.key.rawValue, $0.value) })
    score = quality.score
    words = quality.words
    missing = quality.missing
    advice = quality.advice
    skeleton = quality.skeleton
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(tags, forKey: .tags)
    try c.encode(created, forKey: .created)
    try c.encode(file, forKey: .file)
    try c.encode(text, forKey: .text)
    try c.encode(parts, forKey: .parts)
    try c.encode(score, forKey: .score)
    try c.encode(words, forKey: .words)
    try c.encode(missing, forKey: .missing)
    try c.encode(advice, forKey: .advice)
    try c.encode(skeleton, forKey: .skeleton)
  }

  enum CodingKeys: String, CodingKey {
    case id, title, tags, created, file, text, parts, score, words, missing, advice, skeleton
  }
}
