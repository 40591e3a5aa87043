import Foundation
import ReboundCore
import Testing

@Suite struct DebriefBuilderTests {
  let now = Date(timeIntervalSince1970: 1_800_000_000)

  func debrief(_ reason: RejectionReason, feedback: String? = nil) -> Debrief {
    DebriefBuilder(catalog: nil, posting: nil).build(
      DebriefInput(company: "Acme", role: "Data Analyst", stage: "final", reason: reason, feedback: feedback),
      history: [], id: "d", now: now)
  }

  @Test(arguments: RejectionReason.allCases)
  func everyReasonPointsSomewhereAndTheNoteKeepsTheDoorOpen(_ reason: RejectionReason) {
    let result = debrief(reason)
    let expected: [RejectionReason: Criterion] = [
      .internalCandidate: .story, .differentDirection: .story, .betterQualified: .match,
      .missingSkill: .match, .presentation: .delivery, .noFeedback: .story,
    ]
    #expect(result.plan.focus.first == expected[reason])
    #expect(!result.findings.meaning.isEmpty)
    let note = result.note.lowercased()
    #expect(note.contains("acme"))
    #expect(note.contains("thank you for letting me know"))
    #expect(note.contains("i value your insights"))
    #expect(note.contains("future roles"))
    #expect(note.contains("stay in touch"))
    #expect(!note.contains("what did i do wrong") && !note.contains("why didn't you hire"))
    #expect(result.plan.command == "rebound practice --plan d")
    #expect(result.perspective.count == 3)
  }

  @Test(arguments: [
    ("They wanted more hands-on SQL", "SQL"),
    ("we were looking for someone with deeper Power BI experience", "Power BI"),
    ("not enough stakeholder management", "stakeholder management"),
  ])
  func theMissingSkillIsReadFromTheFeedback(_ feedback: String, _ skill: String) {
    let result = debrief(.missingSkill, feedback: feedback)
    #expect(result.findings.skill == skill)
    #expect(result.plan.questions.first?.contains(skill) == true)
  }

  @Test func practiceForTheCompanyNamesTheWeakestCriterionAndTheRequirementsNeverShown() {
    var transcript = Transcript(id: "t", startedAt: now, banks: [], company: "ACME")
    transcript.status = .complete
    transcript.summary = InterviewSummary(
      overall: 50, criteria: [.story: 70, .research: 20, .match: 45, .delivery: 80],
      mustHavesShown: ["Excel"], mustHavesMissed: ["SQL", "Stakeholder management"])
    var other = transcript
    other.company = "Elsewhere"
    other.summary?.criteria[.story] = 5
    let result = DebriefBuilder(catalog: nil, posting: nil).build(
      DebriefInput(company: "Acme", reason: .noFeedback),
      history: [TranscriptHeader(transcript), TranscriptHeader(other)], id: "d", now: now)
    #expect(result.findings.attempts == 1, "only Acme's practice counts")
    #expect(result.findings.weakestCriterion == .research)
    #expect(result.findings.requirementsNeverShown == ["SQL", "Stakeholder management"])
    #expect(result.plan.focus.first == .research, "no feedback: the self-review leads")
    #expect(result.plan.requirements == ["SQL", "Stakeholder management"])
  }
}

@Suite struct DebriefStoryTests {
  let input = DebriefInput(company: "Northwind", role: "Data Analyst", stage: "final", reason: .betterQualified)

  @Test func mustHavesWithNoStoryComeFirstInThePlan() {
    let debrief = DebriefBuilder(catalog: nil, posting: dataAnalystPosting, stories: fixtureStories())
      .build(input, history: [], id: "d", now: Date())
    #expect(debrief.findings.mustHavesWithoutStory == ["Experience with cloud data warehouses such as Snowflake or BigQuery"])
    #expect(debrief.plan.steps.first?.hasPrefix("Write a story for cloud data warehouses") == true, "\(debrief.plan.steps)")
    #expect(debrief.plan.steps.contains("Drill the plan: rebound practice --plan d"))
  }

  @Test func withEveryMustHaveCoveredThePlanStartsWithPractice() {
    let covered = JobPosting(
      title: nil, company: nil, requirements: [Requirement(text: "Hands-on SQL", level: .must, terms: [])],
      responsibilities: [], values: [])
    let debrief = DebriefBuilder(catalog: nil, posting: covered, stories: fixtureStories())
      .build(input, history: [], id: "d", now: Date())
    #expect(debrief.findings.mustHavesWithoutStory.isEmpty)
    #expect(debrief.plan.steps.first == "Drill the plan: rebound practice --plan d")
  }

  @Test func aSkillNamedInTheFeedbackNeedsAStoryEvenWithoutAPosting() {
    let debrief = DebriefBuilder(catalog: nil, posting: nil, stories: fixtureStories()).build(
      DebriefInput(company: "Acme", reason: .missingSkill, feedback: "They wanted more Kubernetes"),
      history: [], id: "d", now: Date())
    #expect(debrief.findings.mustHavesWithoutStory == ["Kubernetes"])
    #expect(debrief.plan.steps.first?.hasPrefix("Write a story for Kubernetes") == true)
  }
}
