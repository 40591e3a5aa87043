import Foundation
import ReboundCore

/// The story bank in the terminal: the list, one story, and a posting's requirements with their stories.
enum StoryRenderer {
  /// "sql, reporting ,, SQL" → ["sql", "reporting"]: trimmed, no empties, no repeats.
  static func tagList(_ text: String) -> [String] {
    var seen = Set<String>()
    return text.split(separator: ",").map { TextSanitizer.oneLine(String($0)).trimmed }
      .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
  }

  static func list(_ rows: [StoryRow]) {
    Console.out(Console.styled("score  id" + String(repeating: " ", count: 26) + "title", .dim))
    for row in rows {
      let id = ComparisonRenderer.fit(row.id, 26).padding(toLength: 26, withPad: " ", startingAt: 0)
      let title = ComparisonRenderer.fit(TextSanitizer.oneLine(row.title), max(10, Console.width - 35))
      Console.out(String(row.score).leftPadded(to: 5) + "  " + id + "  " + title)
      if !row.missing.isEmpty {
        Console.out(Console.styled(String(repeating: " ", count: 7) + ComparisonRenderer.fit("missing: " + row.missing.joined(separator: "; "), Console.width - 7), .dim))
      }
    }
    Console.out(Console.styled("rebound stories show ID: a story in full, with a skeleton to make it stronger", .dim))
  }

  /// "Quality 72/100 (good); missing: the result."
  static func qualityLine(_ quality: StoryQuality) {
    let missing = quality.missing.isEmpty ? "" : "; missing: " + quality.missing.joined(separator: ", ")
    InterviewRenderer.wrapped("Quality \(quality.score)/100 (\(ScoreRenderer.band(quality.score)))\(missing).")
  }

  static func show(_ story: Story, quality: StoryQuality) {
    Console.out(Console.styled(TextSanitizer.oneLine(story.title), .bold))
    var facts = [story.id]
    if !story.tags.isEmpty { facts.append(story.tags.joined(separator: ", ")) }
    if let created = story.created { facts.append(created) }
    Console.out(Console.styled(TextSanitizer.oneLine(facts.joined(separator: " · ")), .dim))
    Console.out()
    if !story.text.trimmedLines.isEmpty { InterviewRenderer.wrapped(story.text.trimmedLines) }
    for part in StoryPart.allCases {
      guard let body = story.parts[part]?.trimmedLines, !body.isEmpty else { continue }
      Console.out()
      Console.out(Console.styled(part.heading, .bold))
      InterviewRenderer.wrapped(body)
    }
    Console.out()
    qualityLine(quality)
    for advice in quality.advice.prefix(3) { InterviewRenderer.wrapped(advice, indent: "  → ") }
    if let skeleton = quality.skeleton, !quality.missing.isEmpty {
      Console.out()
      ScoreRenderer.skeleton(skeleton)
    }
    if let file = story.file { Console.out(Console.styled("File: \(file.path)", .dim)) }
  }

  static func match(_ map: StoryMap, posting: JobPosting, storyCount: Int) {
    let title = posting.title.map(TextSanitizer.oneLine) ?? "This posting"
    let company = posting.company.map { " at " + TextSanitizer.oneLine($0) } ?? ""
    let mustHaves = map.requirements.filter { $0.level == .must && $0.kind != .logistics }
    let covered = mustHaves.filter { !$0.stories.isEmpty }.count
    Console.out(Console.styled(title + company, .bold))
    Console.out("\(covered) of \(mustHaves.count) must-haves have a story (from \(storyCount) \(storyCount == 1 ? "story" : "stories")).")
    for entry in map.requirements where entry.kind != .logistics {
      Console.out()
      let level = entry.level == .must ? "must" : "nice"
      InterviewRenderer.wrapped(Console.styled(level, .dim) + "  " + Console.styled(entry.text, .bold), indent: "")
      if entry.stories.isEmpty {
        Console.out(Console.styled("      no story yet", entry.level == .must ? .yellow : .dim))
      }
      for fit in entry.stories.prefix(3) {
        let words = fit.evidence.prefix(3).map { "“\(TextSanitizer.oneLine($0))”" }.joined(separator: ", ")
        InterviewRenderer.wrapped(
          "\(fit.id) (\(fit.fit)%): \(words)", indent: String(fit.fit >= 60 ? "  ✓   " : "  ~   "))
      }
    }
    guard !map.gaps.isEmpty else { return }
    Console.out()
    Console.out(Console.styled("Write these next", .bold))
    for gap in map.gaps { InterviewRenderer.wrapped(gap.prompt, indent: "  • ") }
    Console.out(Console.styled("Then: rebound stories add --title \"…\" --file story.md", .dim))
  }
}
