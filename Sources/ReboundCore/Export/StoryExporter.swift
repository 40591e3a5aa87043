/// The story bank as one Markdown document, for a coach: each story, its quality, and what it lacks.
public enum StoryExporter {
  public static func markdown(_ stories: [(story: Story, quality: StoryQuality)], date: String) -> String {
    let md = TranscriptExporter.markdownSafe
    var out = "# My interview stories\n\n"
    out += "\(stories.count) \(stories.count == 1 ? "story" : "stories"), exported \(date) from Rebound. "
    out += "Quality is how each would score told as an answer to \"tell me about a time…\".\n"
    for (story, quality) in stories {
      out += "\n## \(md(story.title))\n\n"
      var facts = ["Quality: \(quality.score)/100", "\(quality.words) words"]
      if !story.tags.isEmpty { facts.append("Tags: " + story.tags.map(md).joined(separator: ", ")) }
      if let created = story.created { facts.append("Written: \(md(created))") }
      out += "*" + facts.joined(separator: " · ") + "*\n\n"
      if !story.text.trimmedLines.isEmpty { out += md(story.text.trimmedLines) + "\n" }
      for part in StoryPart.allCases {
        guard let body = story.parts[part]?.trimmedLines, !body.isEmpty else { continue }
        out += "\n**\(part.heading).** " + md(body) + "\n"
      }
      if !quality.missing.isEmpty {
        out += "\nStill missing: " + quality.missing.map(md).joined(separator: "; ") + ".\n"
      }
    }
    return out
  }
}
