import Foundation

/// The folder of story files: one plain file a story, written atomically, read back however the
/// user has edited them.
public struct StoryStore: Sendable {
  public let directory: URL

  public init(directory: URL) { self.directory = directory }

  /// Every story that reads, newest first, and one line for each file that does not.
  public func loadAll() -> (stories: [Story], problems: [StoryProblem]) {
    let isStory = { (name: String) in
      !name.hasPrefix(".") && StoryFile.extensions.contains((name as NSString).pathExtension.lowercased())
    }
    guard let (names, skipped) = try? RegularFiles.list(directory.path, keep: isStory) else { return ([], []) }
    var stories: [Story] = []
    var problems = skipped.map { StoryProblem(file: $0.path, line: 1, message: $0.reason) }
    for name in names.sorted() {
      let url = directory.appendingPathComponent(name)
      switch read(url) {
      case .success(let story): stories.append(story)
      case .failure(let problem): problems.append(problem)
      }
    }
    return (Self.newestFirst(stories), problems)
  }

  /// Most recently written first (the `created` field, a day or a day and time), then most
  /// recently edited, then by id: so the order survives a git clone, which resets file times.
  static func newestFirst(_ stories: [Story]) -> [Story] {
    stories.sorted { lhs, rhs in
      let (a, b) = (lhs.created ?? "", rhs.created ?? "")
      if a != b { return a > b }
      let (c, d) = (lhs.modified ?? .distantPast, rhs.modified ?? .distantPast)
      if c != d { return c > d }
      return lhs.id < rhs.id
    }
  }

  /// One story file.
  public func read(_ url: URL) -> Result<Story, StoryProblem> {
    let shown = url.relativePath
    let data: Data
    do { data = try RegularFiles.contents(url.path) } catch {
      if case .notAFile(let reason) = error { return .failure(StoryProblem(file: shown, line: 1, message: reason)) }
      return .failure(StoryProblem(file: shown, line: 1, message: "cannot read the file"))
    }
    let id = url.deletingPathExtension().lastPathComponent
    return StoryFile.parse(data, file: shown, id: id).map { story in
      var story = story
      story.file = url
      story.modified = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
      return story
    }
  }

  /// The story an id names: the whole id, or the start of just one.
  public func find(_ reference: String) throws -> Story {
    let (stories, problems) = loadAll()
    if let exact = stories.first(where: { $0.id == reference }) { return exact }
    // A file that does not read is still the one the user meant: say what is wrong with it.
    if let broken = problems.first(where: { ($0.file as NSString).lastPathComponent.hasPrefix(reference + ".") }) {
      throw StoryError.invalid(broken)
    }
    let matches = stories.filter { $0.id.hasPrefix(reference.lowercased()) }
    if matches.count == 1 { return matches[0] }
    if matches.isEmpty { throw StoryError.notFound(reference, folder: directory.relativePath, known: stories.map(\.id)) }
    throw StoryError.ambiguous(reference, matches: matches.map(\.id).sorted())
  }

  /// Saves a new story under an id made from its title, never over another story.
  @discardableResult
  public func add(_ story: Story) throws -> Story {
    try makeFolder()
    let base = Self.slug(story.title)
    // An id names one story whatever its file's extension: "x.yaml" takes "x".
    let taken = Set(((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).map {
      ($0 as NSString).deletingPathExtension
    })
    for number in 1...1000 {
      let id = number == 1 ? base : "\(base)-\(number)"
      if taken.contains(id) { continue }
      let url = directory.appendingPathComponent(id + ".md")
      var saved = story
      saved.id = id
      saved.file = url
      // Created whole under a name nobody has, so two sessions adding one title get two files
      // and a crash never leaves half a story.
      guard try AtomicFile.create(Data(StoryFile.markdown(saved).utf8), at: url) else { continue }
      return saved
    }
    throw StoryError.unwritable(directory.relativePath, reason: "too many stories with this title")
  }

  /// Writes a story back to its own file, whole or not at all.
  public func replace(_ story: Story, contents: Data) throws {
    guard let url = story.file else { throw StoryError.notFound(story.id, folder: directory.relativePath, known: []) }
    try AtomicFile.write(contents, to: url)
  }

  /// Deletes a story's file.
  public func remove(_ story: Story) throws {
    guard let url = story.file else { return }
    do {
      try FileManager.default.removeItem(at: url)
    } catch {
      throw StoryError.unwritable(url.relativePath, reason: "cannot remove the file")
    }
  }

  func makeFolder() throws {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw StoryError.unwritable(directory.relativePath, reason: "cannot create the folder")
    }
  }

  /// "Cut the month-end close from 9 days to 4!" → "cut-the-month-end-close-from-9-days": whole
  /// words up to 36 letters, with no small word left dangling at the end.
  public static func slug(_ title: String) -> String {
    var words: [String] = []
    var length = 0
    for word in title.lowercased().split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }) {
      guard length + word.count <= 36 else { break }
      words.append(String(word))
      length += word.count + 1
    }
    while words.count > 1, let last = words.last, danglers.contains(last) { words.removeLast() }
    return words.isEmpty ? "story" : words.joined(separator: "-")
  }

  static let danglers: Set<String> = [
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "my", "our",
  ]
}

/// Why a story command could not do what was asked, in words a user understands.
public enum StoryError: Error, Equatable, CustomStringConvertible {
  case notFound(String, folder: String, known: [String])
  case ambiguous(String, matches: [String])
  case invalid(StoryProblem)
  case unwritable(String, reason: String)

  public var description: String {
    switch self {
    case .notFound(let reference, let folder, let known):
      let hint = known.isEmpty ? "there are no stories in \(folder) yet; add one with 'rebound stories add'" : "see 'rebound stories list'"
      return "no story '\(reference)' in \(folder); \(hint)"
    case .ambiguous(let reference, let matches):
      return "'\(reference)' could be any of: \(matches.joined(separator: ", ")); give more of the id"
    case .invalid(let problem): return problem.description
    case .unwritable(let path, let reason): return "\(path): \(reason)"
    }
  }
}
