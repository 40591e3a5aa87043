import Foundation
import ReboundCore
import Testing

/// Follow-ups sound like a person: they say back what the answer said and ask for what it left out.
@Suite struct FollowUpTests {
  let question = PlannedQuestion(
    question: Question(id: "q", text: "Tell me about a time a supplier let you down.", kind: .behavioral))

  func probe(_ answer: String, context: ScoringContext = .none, for planned: PlannedQuestion? = nil) -> FollowUpProbe? {
    let interviewer = Interviewer(context: context)
    let planned = planned ?? question
    return interviewer.followUp(after: answer, card: interviewer.score(answer, for: planned), for: planned)
  }

  @Test func aStoryWithNoStepOfYourOwnIsAskedForOneInYourOwnWords() {
    let probe = probe("Last spring our print agency missed its deadline for the catalogue by a week, and the launch slipped.")
    #expect(probe?.gap == "action")
    let question = probe?.question ?? ""
    #expect(question.hasPrefix("You mentioned"), "\(question)")
    #expect(question.contains("your print agency missed its deadline"), "said back in the second person: \(question)")
    #expect(question.hasSuffix("What did you do first, yourself?"))
  }

  @Test func aStoryWithNoResultIsAskedHowItEndedNamingTheLastStep() {
    let probe = probe(
      "Our supplier shipped the wrong parts twice in March. I rang their account manager, agreed a second check at their depot and moved our urgent orders to a backup supplier.")
    #expect(probe?.gap == "result")
    #expect(probe?.question.hasPrefix("You said you moved your urgent orders") == true, "\(probe?.question ?? "none")")
    #expect(probe?.question.hasSuffix("How did it turn out, and how did you know?") == true)
  }

  @Test func aPostingQuestionProbesWithTheShortPhraseNeverTheRequirementItself() throws {
    let posting = try PostingParser().parse(contentsOf: LabelledPair.postings.appendingPathComponent("data-analyst.md"))
    let requirement = try #require(posting.requirements.first { $0.text.contains("SQL") })
    let planned = PlannedQuestion(
      question: Question(id: "p", text: "Tell me about a time your work called for \(requirement.skill).", kind: .behavioral),
      origin: .posting, requirement: requirement.text)
    let probe = probe(
      "Last year our clinic waiting lists kept growing, so I met each clinic lead and rebuilt the rota, and waits fell by a third.",
      context: ScoringContext(posting: posting), for: planned)
    #expect(probe?.gap == "requirement")
    #expect(probe?.question.contains(requirement.skill) == true)
    #expect(probe?.question.contains(requirement.text) == false)
    #expect(probe?.question.hasPrefix("You mentioned") == true, "\(probe?.question ?? "none")")
  }
}
