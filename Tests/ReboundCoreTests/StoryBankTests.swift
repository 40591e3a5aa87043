import Foundation
import Testing

@testable import ReboundCore

/// The fixture bank: two concrete stories, a concrete YAML story, and three built to fool a
/// matcher (a vague one, a keyword list, claims with nothing shown).
let storyFixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Stories/bank")

func fixtureStories() -> [Story] {
  let (stories, problems) = StoryStore(directory: storyFixtures).loadAll()
  #expect(problems.isEmpty, "\(problems)")
  return stories
}

let dataAnalystPosting = JobPosting(
  title: "Data Analyst", company: "Northwind Health",
  requirements: [
    Requirement(text: "2+ years of hands-on SQL experience", level: .must, terms: []),
    Requirement(text: "Experience with Python or R for data analysis", level: .must, terms: []),
    Requirement(text: "Strong stakeholder management and communication skills", level: .must, terms: []),
    Requirement(text: "Experience building dashboards in Power BI or Tableau", level: .must, terms: []),
    Requirement(text: "Experience with cloud data warehouses such as Snowflake or BigQuery", level: .must, terms: []),
    Requirement(text: "Full UK driving licence", level: .must, terms: []),
    Requirement(text: "Familiarity with statistics (A/B testing, regression)", level: .nice, terms: []),
  ],
  responsibilities: [], values: [])

@Suite struct StoryQualityTests {
  @Test func concreteStoriesScoreFarAboveVagueOnesAndListWhatIsMissing() throws {
    let stories = Dictionary(uniqueKeysWithValues: fixtureStories().map { ($0.id, StoryQuality($0)) })
    let vague = try #require(stories["reliable"])
    for id in ["weekly-report-sql", "clinic-dashboard", "survey-analysis"] {
      let concrete = try #require(stories[id])
      #expect(concrete.score >= vague.score + 20, "\(id): \(concrete.score) vs vague \(vague.score)")
      #expect(concrete.score >= 55, "\(id) is a good story: \(concrete.score)")
    }
    #expect(vague.score <= 30)
    #expect(vague.missing.contains("your own part"))
    #expect(vague.missing.contains("specifics"))
    #expect(try #require(stories["skills-list"]).score <= 25, "a list of skills is not a story: poor at most")
  }

  @Test func aStoryToldInPartsIsScoredAsAWhole() throws {
    let dashboard = try #require(fixtureStories().first { $0.id == "clinic-dashboard" })
    #expect(dashboard.parts[.action]?.hasPrefix("I built a Tableau dashboard") == true)
    #expect(dashboard.told.contains("Our regional managers") && dashboard.told.contains("cut their waiting lists"))
    #expect(!StoryQuality(dashboard).missing.contains("the result"))
  }
}

@Suite struct StoryMatcherTests {
  let map = StoryMatcher(stories: fixtureStories()).map(dataAnalystPosting)

  func stories(for requirement: String) -> [String] {
    map.requirements.first { $0.text.contains(requirement) }?.stories.map(\.id) ?? []
  }

  @Test func eachRequirementGetsTheStoriesThatShowItAndNotTheOnesThatOnlyNameIt() {
    #expect(stories(for: "SQL") == ["weekly-report-sql"])
    #expect(stories(for: "dashboards") == ["clinic-dashboard"], "Tableau meets 'Power BI or Tableau'")
    #expect(stories(for: "Python") == ["survey-analysis"], "'analysed … data in Python' shows data analysis")
    #expect(stories(for: "stakeholder") == ["clinic-dashboard"], "agreeing measures with four managers, tagged so")
    for entry in map.requirements {
      for decoy in ["reliable", "skills-list", "claimed-sql"] {
        #expect(!entry.stories.map(\.id).contains(decoy), "\(decoy) shows nothing for \(entry.text)")
      }
    }
  }

  @Test func evidenceIsTheStorysOwnWords() throws {
    let fit = try #require(map.requirements.first { $0.text.contains("dashboards") }?.stories.first)
    #expect(fit.evidence.contains { $0.contains("Tableau dashboard") }, "\(fit.evidence)")
    #expect(fit.fit >= 60)
    let storyText = try #require(fixtureStories().first { $0.id == fit.id }).told
    for words in fit.evidence where !words.hasPrefix("tag: ") { #expect(storyText.contains(words)) }
  }

  @Test func gapsAreTheMustHavesNoStoryShowsEachWithAPrompt() {
    #expect(map.gaps.map(\.text) == ["Experience with cloud data warehouses such as Snowflake or BigQuery"])
    #expect(map.gaps.first?.prompt.hasPrefix("Write a story") == true)
    #expect(!map.gaps.contains { $0.text.contains("driving") }, "logistics need no story")
    #expect(!map.gaps.contains { $0.level == .nice })
  }

  @Test func anEmptyBankLeavesEveryMustHaveAsAGap() {
    let empty = StoryMatcher(stories: []).map(dataAnalystPosting)
    #expect(empty.gaps.count == 5)
    #expect(empty.requirements.allSatisfy { $0.stories.isEmpty })
  }

  @Test func aQuestionFindsTheStoriesAboutItsSubject() {
    let matcher = StoryMatcher(stories: fixtureStories())
    let fits = matcher.stories(forQuestion: "Tell me about a time you reduced missed appointments.", limit: 3)
    #expect(fits.first?.id == "survey-analysis", "\(fits)")
    let byRequirement = matcher.stories(
      forQuestion: "What is the hardest thing you have done in hands-on SQL?",
      requirement: "2+ years of hands-on SQL experience", limit: 3)
    #expect(byRequirement.map(\.id) == ["weekly-report-sql"])
  }

  @Test func theSameStoryToldTwiceIsNoticedAndTwoStoriesAreNot() throws {
    let matcher = StoryMatcher(stories: fixtureStories())
    let retold = """
      So the Monday waiting-time report used to eat a whole day. I put SQL queries on the
      appointments database and scheduled them for 6am, and checked them against three months
      of the old reports. Now it's 20 minutes and the managers have it by 9am.
      """
    let other = "I ran a trial of text reminders at two clinics and no-shows fell from 14% to 8%."
    let found = matcher.retellings(of: [(2, retold), (3, other), (5, retold)])
    #expect(found == [Retelling(story: "Automated the weekly waiting-time report", questions: [2, 5])])
    // Outside the bank, two answers telling one story are still noticed.
    let unbanked = StoryMatcher(stories: []).retellings(of: [(1, retold), (4, other), (6, retold + " It was worth it.")])
    #expect(unbanked == [Retelling(story: nil, questions: [1, 6])])
  }
}

@Suite struct StoryFileTests {
  func parse(_ text: String, file: String = "story.md") -> Result<Story, StoryProblem> {
    StoryFile.parse(Data(text.utf8), file: file, id: "s")
  }

  func problem(_ text: String, file: String = "story.md") -> String {
    if case .failure(let problem) = parse(text, file: file) { return problem.description }
    return "parsed"
  }

  @Test func aWrittenStoryReadsBackTheSame() throws {
    let story = Story(
      title: "Cut: the close — from 9 days to 4 \"fast\"", tags: ["sql", "month end"], created: "2026-11-24 10:00",
      text: "I rebuilt the close.\n\nIt took four days.", parts: [.result: "Four days, every month since."])
    let read = try parse(StoryFile.markdown(story)).get()
    #expect(read.title == story.title)
    #expect(read.tags == story.tags)
    #expect(read.created == story.created)
    #expect(read.text == story.text)
    #expect(read.parts == story.parts)
  }

  @Test func plainMarkdownWithAHeadingIsAStoryToo() throws {
    let story = try parse("# Saved the audit\n\nI found the gap and fixed it.\n\n### The results\nNo findings.\n").get()
    #expect(story.title == "Saved the audit")
    #expect(story.parts[.result] == "No findings.")
    #expect(try parse("---\ntitle: T\ntags: sql, reporting\n---\nText.").get().tags == ["sql", "reporting"])
  }

  @Test func eachMalformedFileIsOneLineNamingTheFileAndTheLine() {
    #expect(problem("---\ntitle: T\nNo closing line.\n") == "story.md:1: the front matter opened here is never closed with a '---' line")
    #expect(problem("---\ntitle: T\ntags: [sql\n---\nText.\n").hasPrefix("story.md:4: invalid YAML"))
    #expect(problem("---\ntitle: T\ntitel: U\n---\nText.\n") == "story.md:3: unknown field 'titel' (expected: created, tags, title)")
    #expect(problem("---\ntags: [a]\n---\nText.\n").hasPrefix("story.md:1: a story needs a title"))
    #expect(problem("---\ntitle: T\n---\n\n").hasPrefix("story.md:4: the story has no text"))
    // At the end of the file: on its last line, not the one after it.
    #expect(problem("title: T\ntext: [unclosed\n", file: "s.yaml").hasPrefix("s.yaml:2: invalid YAML"))
    #expect(problem("title: T\n", file: "s.yaml").hasPrefix("s.yaml:1: the story has no text"))
    if case .failure(let binary) = StoryFile.parse(Data([0x74, 0x00, 0xFF]), file: "b.md", id: "b") {
      #expect(binary.description == "b.md:1: not UTF-8 text: a story is a Markdown or YAML file")
    } else {
      Issue.record("binary data is not a story")
    }
  }

  @Test func templatePromptsLeftInPlaceAreNotPartOfTheStory() throws {
    var written = try parse(StoryFile.template(title: "T", tags: [], created: "2026-11-24")).get()
    written.parts[.action] = "I rang the supplier."
    let story = StoryFile.withoutTemplateText(written)
    #expect(story.text.isEmpty)
    #expect(story.parts == [.action: "I rang the supplier."])
  }
}

@Suite struct StoryStoreTests {
  @Test func storiesAreAddedUnderTheirTitleAndNeverOverwriteEachOther() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stories-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = StoryStore(directory: folder)
    let first = try store.add(Story(title: "Cut the close from 9 days to 4!", text: "I rebuilt it."))
    let second = try store.add(Story(title: "Cut the close from 9 days to 4", text: "Another telling."))
    #expect(first.id == "cut-the-close-from-9-days-to-4")
    #expect(second.id == "cut-the-close-from-9-days-to-4-2")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["cut-the-close-from-9-days-to-4-2.md", "cut-the-close-from-9-days-to-4.md"], "no temporary files left")
    #expect(try store.find("cut-the-close-from-9-days-to-4").text == "I rebuilt it.")
    #expect(throws: StoryError.ambiguous("cut", matches: [second.id, first.id].sorted())) { try store.find("cut") }
    #expect(StoryStore.slug("The audit, and what I did with it") == "the-audit-and-what-i-did-with-it")
    #expect(StoryStore.slug("Saved £40k for the team of") == "saved-40k-for-the-team")
  }

  @Test func aMalformedFileIsReportedAndTheOthersStillLoad() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stories-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: storyFixtures.path) {
      try FileManager.default.copyItem(at: storyFixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    try Data("---\ntitle: Broken\ntags: [a\n---\nText.\n".utf8).write(to: folder.appendingPathComponent("broken.md"))
    try Data("not a story".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let (stories, problems) = StoryStore(directory: folder).loadAll()
    #expect(stories.count == 6)
    #expect(problems.count == 1)
    #expect(problems.first?.description.hasSuffix("broken.md:4: invalid YAML: did not find expected ',' or ']'") == true, "\(problems)")
    #expect(throws: StoryError.self) { try StoryStore(directory: folder).find("broken") }
  }

  @Test func newestFirstByWhenTheyWereWrittenThenEdited() {
    let old = Story(id: "a", title: "A", created: "2025-01-01", text: "x", modified: Date(timeIntervalSince1970: 100))
    let new = Story(id: "b", title: "B", created: "2025-06-01 09:00", text: "x", modified: Date(timeIntervalSince1970: 100))
    let edited = Story(id: "c", title: "C", created: "2025-06-01 09:00", text: "x", modified: Date(timeIntervalSince1970: 200))
    #expect(StoryStore.newestFirst([old, new, edited]).map(\.id) == ["c", "b", "a"])
  }
}
