import Foundation

/// Builds a debrief: reads the reason, the feedback and past practice, and writes the plan and the note.
public struct DebriefBuilder: Sendable {
  public var catalog: BankCatalog?
  public var postingText: JobPosting?
  /// The user's story bank, to find the must-haves no story shows yet.
  public var stories: [Story]
  let tokenizer = Tokenizer()
  let lexicon = Lexicon.standard

  public init(catalog: BankCatalog?, posting: JobPosting?, stories: [Story] = []) {
    self.catalog = catalog
    self.postingText = posting
    self.stories = stories
  }

  public func build(_ input: DebriefInput, history: [TranscriptHeader], id: String, now: Date) -> Debrief {
    let relevant = history.filter { header in
      if header.company?.lowercased() == input.company.lowercased() { return true }
      if let posting = input.posting, let had = header.posting {
        return (had as NSString).lastPathComponent == (posting as NSString).lastPathComponent
      }
      return false
    }.filter { $0.summary != nil }
    var means: [Criterion: Int?] = [:]
    for criterion in Criterion.allCases {
      let values = relevant.compactMap { $0.summary?.criteria[criterion] ?? nil }
      means[criterion] = values.isEmpty ? nil : values.reduce(0, +) / values.count
    }
    let weakest = Criterion.allCases.compactMap { criterion in
      (means[criterion] ?? nil).map { (criterion, $0) }
    }.min { $0.1 < $1.1 }?.0
    let shown = Set(relevant.flatMap { $0.summary?.mustHavesShown ?? [] })
    var neverShown: [String] = []
    for header in relevant {
      for missed in header.summary?.mustHavesMissed ?? [] where !shown.contains(missed) && !neverShown.contains(missed) {
        neverShown.append(missed)
      }
    }
    let skill = input.reason == .missingSkill ? Self.skill(in: input.feedback ?? "", lexicon: lexicon, tokenizer: tokenizer) : nil

    var focus = input.reason.focus
    if input.reason == .noFeedback, let weakest { focus = [weakest] + focus.filter { $0 != weakest } }
    if input.reason == .betterQualified || input.reason == .missingSkill, focus.first != .match {
      focus.insert(.match, at: 0)
    }
    var requirements = neverShown
    if let skill, let posting = postingText {
      let matching = posting.requirements.filter { $0.text.lowercased().includes(skill.lowercased()) }.map(\.text)
      requirements = matching + requirements.filter { !matching.contains($0) }
    }
    if input.reason == .betterQualified, requirements.isEmpty, let posting = postingText {
      requirements = posting.mustHaves.map(\.text)
    }
    // A must-have no story shows is the first thing to fix: without a story there is nothing to practise.
    // The skill the feedback names counts as a must-have too, unless the posting already asks for it.
    let posted = postingText?.requirements ?? []
    let named = skill.flatMap { skill in
      posted.contains { $0.text.lowercased().includes(skill.lowercased()) }
        ? nil : Requirement(text: skill, level: .must, terms: [], kind: .skill, skill: skill)
    }
    let wanted = (named.map { [$0] } ?? []) + posted
    let gaps = wanted.isEmpty ? [] : StoryMatcher(stories: stories).map(
      JobPosting(title: nil, company: nil, requirements: wanted, responsibilities: [], values: [])
    ).gaps
    let withoutStory = gaps.map(\.text)
    var steps = gaps.prefix(3).map { "Write a story for \($0.skill): rebound stories add --title \"…\"" }
    steps.append("Drill the plan: rebound practice --plan \(id)")
    if let skill { steps.append("Work on \(skill) itself, and keep a note of what you did: it becomes your next story.") }
    let plan = PracticePlan(
      steps: steps, focus: focus, skill: skill, requirements: Array(requirements.prefix(5)),
      banks: banks(for: focus, role: input.role), questions: questions(skill: skill, requirements: requirements, company: input.company),
      command: "rebound practice --plan \(id)")
    let findings = Debrief.Findings(
      meaning: input.reason.meaning, skill: skill, attempts: relevant.count, criterionMeans: means,
      weakestCriterion: weakest, requirementsNeverShown: neverShown, mustHavesWithoutStory: withoutStory)
    return Debrief(
      id: id, createdAt: now, company: input.company, role: input.role, stage: input.stage,
      date: input.date, reason: input.reason, feedback: input.feedback, posting: input.posting,
      findings: findings, plan: plan, note: FollowUpNote.write(input, skill: skill),
      perspective: Self.perspective)
  }

  static let perspective = [
    "Rejection is part of nearly every job search; most people hear no many times before a yes.",
    "It is rarely personal: they matched people against their criteria on one day, and that is not a measure of your worth.",
    "Keep applying while you practise; the next interview is where this work pays off.",
  ]

  /// The banks that drill each criterion, with the role bank first when the role names one.
  func banks(for focus: [Criterion], role: String?) -> [String] {
    var banks: [String] = []
    if let role, let bank = try? catalog?.bank(forRole: Self.roleKey(role)) { banks.append(bank.id) }
    for criterion in focus {
      let wanted: String
      switch criterion {
      case .story: wanted = "behavioral"
      case .research: wanted = "motivation"
      case .match: wanted = "posting"
      case .delivery: wanted = "general"
      }
      if !banks.contains(wanted) { banks.append(wanted) }
    }
    return banks
  }

  /// "Data Analyst" → "data", "Registered Nurse" → "nursing": the first role bank whose name fits.
  static func roleKey(_ role: String) -> String {
    let lower = role.lowercased()
    let keys: [(String, String)] = [
      ("data", "data"), ("analyst", "data"), ("nurs", "nursing"), ("teach", "teaching"),
      ("engineer", "software"), ("developer", "software"), ("software", "software"), ("sales", "sales"),
      ("account executive", "sales"), ("support", "support"), ("customer", "support"),
      ("project", "project-management"), ("marketing", "marketing"),
    ]
    return keys.first { lower.includes($0.0) }?.1 ?? lower
  }

  func questions(skill: String?, requirements: [String], company: String) -> [String] {
    var questions: [String] = []
    if let skill {
      questions.append("The role asks for \(skill). Tell me about a time your work called for it, and what came of it.")
      questions.append("Walk me through the most demanding thing you have done with \(skill).")
      questions.append("If you had to get better at \(skill) in the next month, what would you do, and what have you already done?")
    }
    for requirement in requirements.prefix(3) {
      questions.append("Walk me through a recent example that shows \(RequirementPhrase.phrase(requirement)).")
    }
    return questions
  }

  /// The skill a "missing skill" feedback names: "They wanted more hands-on SQL" gives "SQL".
  static func skill(in feedback: String, lexicon: Lexicon, tokenizer: Tokenizer) -> String? {
    let noise: Set<String> = [
      "they", "wanted", "want", "more", "hands", "on", "experience", "someone", "stronger", "strong",
      "skills", "skill", "lacked", "lack", "needed", "need", "looking", "candidate", "with", "in",
      "of", "the", "a", "an", "i", "my", "me", "didn", "t", "did", "not", "enough", "deeper", "deep",
      "knowledge", "background", "said", "felt", "we", "was", "were", "had", "have", "has", "better",
      "who", "had", "direct", "practical", "proven", "advanced", "level", "years", "year", "on-the-job",
      "someone", "feedback", "told", "mentioned", "really", "would", "like", "liked",
    ]
    let words = feedback.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "+" && $0 != "#" && $0 != "-" })
      .map(String.init)
    // A name or acronym wins: "SQL", "Python", "Power BI".
    var best: [String] = []
    var run: [String] = []
    for (index, word) in words.enumerated() {
      let capitalised = word.first?.isUppercase == true && (index > 0 || word.allSatisfy { $0.isUppercase })
      if capitalised && !noise.contains(word.lowercased()) {
        run.append(word)
      } else {
        if run.count > best.count { best = run }
        run = []
      }
    }
    if run.count > best.count { best = run }
    if !best.isEmpty { return best.joined(separator: " ") }
    let content = words.filter { !noise.contains($0.lowercased()) && $0.count > 2 }
    return content.isEmpty ? nil : content.prefix(3).joined(separator: " ")
  }
}
