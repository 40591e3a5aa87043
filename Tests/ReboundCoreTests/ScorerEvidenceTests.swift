import Foundation
import ReboundCore
import Testing

@Suite struct ScorerEvidenceTests {
  let scorer = Scorer()

  func spans(_ card: ScoreCard, _ criterion: Criterion, label: String) -> [String] {
    card[criterion].evidence.filter { $0.label == label }.map(\.text)
  }

  @Test func storyEvidenceIsTheWordsThatEarnedIt() {
    let answer = MarkedAnswer(
      "⟦Last year⟧ our deploys ⟦failed⟧ weekly. ⟦My job was⟧ to fix that. ⟦I rebuilt⟧ the pipeline, "
        + "⟦added⟧ smoke tests and ⟦trained⟧ the team. ⟦As a result⟧, failures ⟦fell⟧ to ⟦zero⟧ in ⟦two months⟧.")
    let card = scorer.score(answer.text, question: "Tell me about a time you fixed a process.", kind: .behavioral)
    let story = card[.story].evidence
    for span in answer.spans where span.text != "zero" {
      #expect(
        story.contains { $0.text == span.text && $0.start == span.start && $0.end == span.end },
        "missing evidence '\(span.text)'")
    }
    #expect(spans(card, .story, label: "action") == ["I rebuilt", "added", "trained"])
    // Complete but brief and with few specifics: average to good on the calibrated scale.
    #expect((45...75).contains(card[.story].score ?? 0))
  }

  @Test func everyEvidenceSpanQuotesTheAnswerExactly() throws {
    for pair in LabelledPair.all {
      let context = try pair.context()
      for answer in [pair.stronger, pair.weaker] {
        let card = scorer.score(answer, question: pair.question, kind: pair.kind, context: context)
        let scalars = Array(answer.unicodeScalars)
        for criterion in Criterion.allCases {
          for item in card[criterion].evidence + card[criterion].penalties {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[item.start..<item.end])
            #expect(String(view) == item.text)
          }
        }
      }
    }
  }

  @Test func everyScoredPointHasEvidenceAndEveryLowScoreHasAdvice() throws {
    for pair in LabelledPair.all {
      let context = try pair.context()
      for answer in [pair.stronger, pair.weaker] {
        let card = scorer.score(answer, question: pair.question, kind: pair.kind, context: context)
        for criterion in Criterion.allCases {
          let result = card[criterion]
          guard let score = result.score else {
            #expect(result.reason != nil, "\(criterion) not scored without a reason")
            continue
          }
          if score > 0 { #expect(!result.evidence.isEmpty, "\(criterion) \(score) without evidence") }
          if score < 70 { #expect(!result.advice.isEmpty, "\(criterion) \(score) without advice: \(answer.prefix(60))") }
        }
      }
    }
  }

  @Test func weWithoutIEarnsLessThanTheSameStoryToldWithI() {
    let we = "Last year we rebuilt the pipeline and we trained the team, so failures fell by 80% in a month."
    let i = "Last year I rebuilt the pipeline and I trained the team, so failures fell by 80% in a month."
    let question = "Tell me about a time you improved something."
    let weCard = scorer.score(we, question: question)
    let iCard = scorer.score(i, question: question)
    #expect(iCard[.story].score ?? 0 >= (weCard[.story].score ?? 0) + 8)
    #expect(weCard[.story].advice.first?.contains("'I'") == true)
  }

  @Test func fillersHedgesAndBlameCostDeliveryAndAreShown() {
    let answer = "Um, you know, I think my boss was incompetent, basically."
    let card = scorer.score(answer, question: "Why are you leaving?", kind: .general)
    let penalties = card[.delivery].penalties.map { "\($0.label):\($0.text)" }
    #expect(penalties.contains("filler:Um"))
    #expect(penalties.contains("filler:you know"))
    #expect(penalties.contains("hedge:I think"))
    #expect(penalties.contains("insult:incompetent"))
    #expect(penalties.contains("filler:basically"))
    #expect(card[.delivery].score ?? 100 < 50)
    #expect(card.overall <= 12, "an insult about a former boss fails the answer")
  }

  @Test func missingInputsAreReportedWithTheReasonAndTheWeightsRenormalise() {
    let card = scorer.score(
      "I use your app every week and I want to build tools like it.", question: "Why do you want to work here?")
    #expect(card[.research].score == nil)
    #expect(card[.research].reason?.contains("--company") == true)
    #expect(card[.match].score == nil)
    #expect(card[.match].reason?.contains("--posting") == true)
    #expect(abs(card.weights.values.reduce(0, +) - 1) < 0.02)
    #expect(card.weights[.research] == nil)
    let story = scorer.score("I rebuilt it and costs fell 20%.", question: "Tell me about a time you cut costs.")
    #expect(story[.research].reason?.contains("Not weighed") == true, "a story question does not weigh research")
  }

  @Test func researchCreditsTheCompanyNamedAndFactsFromTheNotes() {
    let notes = "Acme Rail runs night trains between Leeds and Glasgow. It aims to be carbon neutral by 2030."
    let context = ScoringContext(research: notes, company: "Acme Rail")
    let answer = MarkedAnswer(
      "I want to join ⟦Acme Rail⟧ ⟦because⟧ your ⟦night trains⟧ to ⟦Glasgow⟧ are how I travel, "
        + "and being ⟦carbon neutral⟧ matters to me.")
    let card = scorer.score(answer.text, question: "Why do you want to work here?", context: context)
    let texts = card[.research].evidence.map(\.text)
    for span in answer.spans { #expect(texts.contains(span.text), "missing '\(span.text)' in \(texts)") }
    // Two facts tied to a reason, the company named: above average for research.
    #expect(card[.research].score ?? 0 >= 55)
    let generic = scorer.score(
      "Acme Rail is a great company with a great culture.", question: "Why do you want to work here?",
      context: context)
    #expect(generic[.research].score ?? 100 < 40)
    #expect(generic[.research].penalties.map(\.text) == ["great company", "great culture"])
  }

  @Test func matchNeedsTheRequirementShownNotJustNamed() throws {
    let posting = try PostingParser().parse(
      contentsOf: LabelledPair.postings.appendingPathComponent("data-analyst.md"))
    let context = ScoringContext(posting: posting)
    let question = "Tell me about your technical skills."
    let shown = scorer.score(
      "I wrote the SQL behind our dashboards and cut a report from forty minutes to ninety seconds.",
      question: question, context: context)
    let claimed = scorer.score("I know SQL well and I am comfortable with it.", question: question, context: context)
    #expect(shown.requirementsShown == ["2+ years of hands-on SQL experience"])
    #expect(shown.requirementsClaimed.isEmpty)
    #expect(claimed.requirementsShown.isEmpty)
    #expect(claimed.requirementsClaimed == ["2+ years of hands-on SQL experience"])
    #expect(claimed[.match].advice.first?.contains("but do not show it") == true)
    #expect(shown[.match].score ?? 0 > claimed[.match].score ?? 0)
  }

  @Test func scoringIsDeterministic() {
    let pair = LabelledPair.all[0]
    let first = scorer.score(pair.stronger, question: pair.question)
    for _ in 0..<5 { #expect(scorer.score(pair.stronger, question: pair.question) == first) }
  }

  @Test func aMustHaveNamedButNotShownDrawsAFollowUpAboutIt() throws {
    let posting = try PostingParser().parse(
      contentsOf: LabelledPair.postings.appendingPathComponent("data-analyst.md"))
    let interviewer = Interviewer(context: ScoringContext(posting: posting))
    let question = PlannedQuestion(
      question: Question(id: "q", text: "Tell me about a time you improved a process.", kind: .behavioral))
    let answer = "Last year I rebuilt the rota and as a result overtime fell by 30% in a month. I know SQL well too."
    let card = interviewer.score(answer, for: question)
    let probe = interviewer.followUp(after: answer, card: card, for: question)
    #expect(probe?.gap == "requirement")
    #expect(probe?.question.contains("hands-on SQL") == true, "the short phrase, \(probe?.question ?? "")")
    #expect(probe?.question.contains("2+ years") == false, "never the requirement quoted back")
  }
}
