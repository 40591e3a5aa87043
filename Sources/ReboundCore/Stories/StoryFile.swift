import Foundation
import Yams

/// Reads and writes story files: Markdown with a small front matter (the default, pleasant to
/// edit), or YAML with the same fields.
///
/// ```
/// ---
/// title: Cut the month-end close from nine days to four
/// tags: [sql, reporting]
/// created: 2026-11-24
/// ---
/// The story as you tell it. Optional parts go under their own headings:
///
/// ## Result
/// The close took four days by March.
/// ```
public enum StoryFile {
  /// The fields a story file may hold; anything else is a typo worth pointing out.
  static let frontMatterFields: Set<String> = ["title", "tags", "created"]
  static let yamlFields = frontMatterFields.union(["text"]).union(StoryPart.allCases.map(\.rawValue))

  /// Extensions a story file may have; Markdown is what Rebound writes.
  public static let extensions: Set<String> = ["md", "markdown", "yaml", "yml"]

  /// The story in `data`, or the first problem with its line.
  public static func parse(_ data: Data, file: String, id: String) -> Result<Story, StoryProblem> {
    guard let raw = String(data: data, encoding: .utf8), !data.contains(0) else {
      return .failure(StoryProblem(file: file, line: 1, message: "not UTF-8 text: a story is a Markdown or YAML file"))
    }
    // Any line endings ("\r\n", a lone "\r") as "\n", and nothing a terminal would act on when
    // the story is shown: a file from another tool reads as the one Rebound would write.
    let text = TextSanitizer.clean(raw)
    // YAML places some problems just after the last line; they are on it.
    let lastLine = text.lineCount
    let problem = { (line: Int, message: String) in StoryProblem(file: file, line: min(line, lastLine), message: message) }
    let isYAML = ["yaml", "yml"].contains((file as NSString).pathExtension.lowercased())
    let parsed = isYAML ? parseYAML(text, problem: problem) : parseMarkdown(text, problem: problem)
    return parsed.map { story in
      var story = story
      story.id = id
      return story
    }
  }

  // MARK: Markdown

  static func parseMarkdown(_ text: String, problem: (Int, String) -> StoryProblem) -> Result<Story, StoryProblem> {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var title: String?
    var tags: [String] = []
    var created: String?
    var bodyStart = 0
    if lines.first?.trimmedLines == "---" {
      guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmedLines) }) else {
        return .failure(problem(1, "the front matter opened here is never closed with a '---' line"))
      }
      let yaml = lines[1..<close].joined(separator: "\n")
      switch frontMatter(yaml, lineOffset: 1, problem: problem) {
      case .failure(let failure): return .failure(failure)
      case .success(let fields):
        (title, tags, created) = (fields.title, fields.tags, fields.created)
      }
      bodyStart = close + 1
    } else if let first = lines.firstIndex(where: { !$0.trimmedLines.isEmpty }), lines[first].hasPrefix("# ") {
      // A plain Markdown file: its first heading is the title.
      title = label(String(lines[first].dropFirst(2)))
      bodyStart = first + 1
    }
    guard let title, !title.isEmpty else {
      return .failure(problem(1, "a story needs a title: start the file with '---', 'title: …', '---'"))
    }
    var story = Story(title: title, tags: tags, created: created, text: "")
    var current: StoryPart?
    var collected: [String] = []
    func flush() {
      let body = collected.joined(separator: "\n").trimmedLines
      if let current {
        story.parts[current] = [story.parts[current], body].compactMap { $0 }.filter { !$0.isEmpty }
          .joined(separator: "\n\n")
      } else {
        story.text = body
      }
      collected = []
    }
    for line in lines.dropFirst(bodyStart) {
      if let part = partHeading(line) {
        flush()
        current = part
      } else {
        // "\## Result": a line of the story that only looks like a heading, escaped as Markdown does.
        collected.append(isEscapedHash(line) ? String(line.dropFirst()) : line)
      }
    }
    flush()
    guard !story.told.isEmpty else {
      return .failure(problem(min(bodyStart + 1, lines.count), "the story has no text: write it below the front matter"))
    }
    return .success(story)
  }

  /// A title or tag as one clean line: no control or invisible characters, which a pasted title
  /// may carry and which would not survive the file being written again.
  static func label(_ text: String) -> String { TextSanitizer.oneLine(text).trimmedLines }

  /// The part a line heads, as Markdown reads headings: one to six '#', then a space.
  static func partHeading(_ line: String) -> StoryPart? {
    guard line.hasPrefix("#") else { return nil }
    let name = line.drop { $0 == "#" }
    guard line.count - name.count <= 6, name.isEmpty || name.first == " " || name.first == "\t" else { return nil }
    return StoryPart(heading: String(name))
  }

  /// "\#…", "\\#…": one or more backslashes before a '#', of which reading takes one away.
  static func isEscapedHash(_ line: String) -> Bool {
    line.first == "\\" && line.drop { $0 == "\\" }.first == "#"
  }

  /// A story's own lines as Markdown: one that would read as a part's heading is escaped.
  static func escaped(_ body: String) -> String {
    body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      partHeading(String(line)) != nil || isEscapedHash(String(line)) ? "\\" + line : String(line)
    }.joined(separator: "\n")
  }

  struct Fields {
    var title: String?
    var tags: [String] = []
    var created: String?
    var text: String?
    var parts: [StoryPart: String] = [:]
  }

  /// The front matter's fields; `lineOffset` is the file line before the YAML's first line.
  static func frontMatter(
    _ yaml: String, lineOffset: Int, allowed: Set<String> = frontMatterFields, problem: (Int, String) -> StoryProblem
  ) -> Result<Fields, StoryProblem> {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml, .basic)
    } catch let error as YamlError {
      let (line, message) = error.located
      return .failure(problem(line + lineOffset, "invalid YAML: \(message)"))
    } catch {
      return .failure(problem(lineOffset + 1, "invalid YAML"))
    }
    var fields = Fields()
    guard let root else { return .success(fields) }
    guard case .mapping(let mapping) = root else {
      return .failure(problem(root.line + lineOffset, "expected fields such as 'title: …', one a line"))
    }
    for (key, value) in mapping {
      guard let name = key.string, allowed.contains(name) else {
        let expected = allowed.sorted().joined(separator: ", ")
        return .failure(problem(key.line + lineOffset, "unknown field '\(key.string ?? "?")' (expected: \(expected))"))
      }
      if name == "tags" {
        switch value {
        case .sequence(let items):
          for item in items {
            guard let tag = item.string.map(label), !tag.isEmpty else {
              return .failure(problem(item.line + lineOffset, "a tag must be a word or two of text"))
            }
            fields.tags.append(tag)
          }
        case .scalar(let scalar):
          fields.tags = scalar.string.split(separator: ",").map { label(String($0)) }.filter { !$0.isEmpty }
        default:
          return .failure(problem(value.line + lineOffset, "'tags' must be a list, such as [sql, reporting]"))
        }
        continue
      }
      guard case .scalar(let scalar) = value else {
        return .failure(problem(value.line + lineOffset, "'\(name)' must be text"))
      }
      let text = scalar.string.trimmedLines
      switch name {
      case "title": fields.title = label(text)
      case "created": fields.created = text.isEmpty ? nil : text
      case "text": fields.text = text
      default: if let part = StoryPart(rawValue: name), !text.isEmpty { fields.parts[part] = text }
      }
    }
    return .success(fields)
  }

  // MARK: YAML

  static func parseYAML(_ text: String, problem: (Int, String) -> StoryProblem) -> Result<Story, StoryProblem> {
    frontMatter(text, lineOffset: 0, allowed: yamlFields, problem: problem).flatMap { fields in
      guard let title = fields.title, !title.isEmpty else {
        return .failure(problem(1, "a story needs a title: add 'title: …'"))
      }
      let story = Story(
        title: title, tags: fields.tags, created: fields.created, text: fields.text ?? "", parts: fields.parts)
      guard !story.told.isEmpty else {
        return .failure(problem(1, "the story has no text: add 'text: |' and the story below it"))
      }
      return .success(story)
    }
  }

  // MARK: Writing

  /// The story as a Markdown file with front matter, the form Rebound writes.
  public static func markdown(_ story: Story) -> String {
    var pairs: [(Node, Node)] = [("title", Node(story.title))]
    if !story.tags.isEmpty {
      pairs.append(("tags", Node.sequence(Node.Sequence(story.tags.map { Node($0) }, .implicit, .flow))))
    }
    if let created = story.created { pairs.append(("created", Node(created))) }
    let yaml = (try? Yams.serialize(node: .mapping(Node.Mapping(pairs)), width: -1, allowUnicode: true))
      ?? "title: \(story.title)\n"
    var out = "---\n" + yaml + "---\n\n"
    if !story.text.trimmedLines.isEmpty { out += escaped(story.text.trimmedLines) + "\n" }
    for part in StoryPart.allCases {
      guard let body = story.parts[part]?.trimmedLines, !body.isEmpty else { continue }
      out += "\n## \(part.heading)\n\n" + escaped(body) + "\n"
    }
    return out
  }

  /// What a new story's file starts as in the editor: the fields, and the parts to fill.
  public static func template(title: String, tags: [String], created: String) -> String {
    var story = Story(title: title.isEmpty ? "A short title for the story" : title, tags: tags, created: created, text: "")
    story.text = templateIntro
    for part in StoryPart.allCases { story.parts[part] = placeholder(part) }
    return markdown(story)
  }

  /// The story without the template's prompts the user left in place.
  public static func withoutTemplateText(_ story: Story) -> Story {
    var story = story
    if story.text.hasPrefix(templateIntro.prefix(40)) { story.text = "" }
    for part in StoryPart.allCases where story.parts[part]?.trimmedLines == placeholder(part) { story.parts[part] = nil }
    return story
  }

  static let templateIntro = """
    Tell it in a few sentences, as you would in an interview. Or fill the parts below and
    delete this paragraph; delete any heading you do not need.
    """

  static func placeholder(_ part: StoryPart) -> String {
    switch part {
    case .situation: "Where and when was this, and what was at stake?"
    case .task: "What were you asked to achieve, or what did you set out to do?"
    case .action: "What did you do yourself, step by step? Say 'I'."
    case .result: "What changed, and by how much? A number, a time, money, people."
    }
  }
}
