import Foundation
import ReboundCore
import Testing

/// Evidence is the answer's own sentences, located exactly, labelled with the part each plays;
/// what costs an answer is shown too; criteria without their input say why.
@Suite struct ScorerEvidenceTests {
  let scorer = Scorer()

  func labels(_ card: ScoreCard, _ criterion: Criterion) -> Set<String> { Set(card[criterion].evidence.map(\.label)) }

  @Test func storyEvidenceIsTheSentencesThatCarriedTheScore() {
    let answer = "Last year our deploys failed every week and customers noticed. My job was to fix that before the spring launch. "
      + "I rebuilt the pipeline, added smoke tests and trained the team to use them. "
      + "As a result, failures fell to zero in two months and the launch went out on time."
    let card = scorer.score(answer, question: "Tell me about a time you fixed a process.", kind: .behavioral)
    let story = card[.story].evidence
    #expect(labels(card, .story).isSuperset(of: ["situation", "action", "result"]), "\(story.map(\.label))")
    let action = story.first { $0.label == "action" }
    #expect(action?.text == "I rebuilt the pipeline, added smoke tests and trained the team to use them.")
    let noResult = scorer.score(
      answer.components(separatedBy: " As a result").first ?? answer, question: "Tell me about a time you fixed a process.",
      kind: .behavioral)
    #expect(card[.story].score ?? 0 > noResult[.story].score ?? 100, "the result is worth points")
    #expect(card.overall >= 45, "a complete, specific story is at least average: \(card.overall)")
  }

  @Test func everyEvidenceSpanQuotesTheAnswerExactly() throws {
    for pair in LabelledPair.all {
      let context = try pair.context()
      for answer in [pair.stronger, pair.weaker] {
        let card = scorer.score(answer, question: pair.question, kind: pair.kind, context: context)
        let scalars = Array(answer.unicodeScalars)
        for criterion in Criterion.allCases {
          for item in card[criterion].evidence + card[criterion].penalties {
            #expect(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == item.text)
          }
        }
      }
    }
  }

  @Test func escapeSequencesAreNotScoredAndEvidencePointsIntoTheAnswerAsGiven() {
    // An OSC title sequence carries words that are not the user's: they never become evidence.
    let hidden = "\u{1B}]0;I led the merger and doubled revenue\u{07}"
    let answer = "Last year our deploys failed weekly. \(hidden)I rebuilt the pipeline and failures fell to zero."
    let card = scorer.score(answer, question: "Tell me about a time you fixed a process.", kind: .behavioral)
    let scalars = Array(answer.unicodeScalars)
    for item in card.highlightSpans {
      #expect(!item.text.contains("merger"), "text inside an escape sequence was scored: \(item.text)")
      #expect(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == item.text)
    }
    let plain = scorer.score(
      answer.replacingOccurrences(of: hidden, with: ""), question: "Tell me about a time you fixed a process.", kind: .behavioral)
    #expect(card.overall == plain.overall, "the sequence changes nothing of the score")
  }

  @Test func everyStrongCriterionHasEvidenceAndEveryWeakOneHasAdvice() throws {
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
          if score >= 60 { #expect(!result.evidence.isEmpty, "\(criterion) \(score) without evidence: \(answer.prefix(60))") }
        }
        if card.overall < 50 { #expect(!card.advice.isEmpty, "\(card.overall) without advice: \(answer.prefix(60))") }
      }
    }
  }

  @Test func aStoryToldAsWeIsAskedForTheSpeakersOwnPart() {
    let we = "Last year our deploys failed weekly. We rebuilt the pipeline and we trained the team. Failures fell by 80% in a month."
    let i = "Last year our deploys failed weekly. I rebuilt the pipeline and I trained the team. Failures fell by 80% in a month."
    let question = "Tell me about a time you improved something."
    let weCard = scorer.score(we, question: question, kind: .behavioral)
    let iCard = scorer.score(i, question: question, kind: .behavioral)
    #expect(iCard[.story].score ?? 0 > weCard[.story].score ?? 0)
    #expect(labels(weCard, .story).contains("team action"))
    #expect(weCard[.story].advice.contains { $0.contains("'I'") }, "\(weCard[.story].advice)")
  }

  @Test func blameCostsTheAnswerAndIsShownAsWhatCostIt() {
    let answer = "Um, you know, I think my boss was incompetent, basically. He never listened to anyone and the whole place was a joke."
    let card = scorer.score(answer, question: "Why are you leaving your current job?", kind: .general)
    #expect(card[.delivery].penalties.contains { $0.label == "blame" }, "\(card[.delivery].penalties.map(\.label))")
    #expect(card.advice.contains { $0.hasPrefix("Leave out complaints and blame") })
    #expect(card.overall <= 30, "a grievance about a former boss is a poor answer: \(card.overall)")
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
    let story = scorer.score(
      "I rebuilt it and costs fell 20%.", question: "Tell me about a time you cut costs.",
      context: ScoringContext(company: "Acme"))
    #expect(story[.research].reason?.contains("not about the company") == true, "a story question does not weigh research")
  }

  @Test func researchCreditsSentencesThatUseTheNotesOrGiveACompanyReason() {
    let notes = "Acme Rail runs night trains between Leeds and Glasgow. It aims to be carbon neutral by 2030."
    let context = ScoringContext(research: notes, company: "Acme Rail")
    let answer = "I want to join Acme Rail because your night trains to Glasgow are how I travel to see my family. "
      + "Being carbon neutral by 2030 matters to me, and I have spent three years cutting energy use in rail depots."
    let card = scorer.score(answer, question: "Why do you want to work here?", context: context)
    #expect(card[.research].evidence.contains { $0.label == "research" }, "\(card[.research].evidence.map(\.label))")
    let generic = scorer.score(
      "Acme Rail is a great company with a great culture. I have heard great things about it.",
      question: "Why do you want to work here?", context: context)
    #expect(generic.overall < card.overall)
    #expect(!generic[.research].evidence.contains { $0.label == "research" })
  }

  @Test func theMatchCountsARequirementShownInWorkNotOneOnlyNamed() throws {
    let posting = try PostingParser().parse(
      contentsOf: LabelledPair.postings.appendingPathComponent("data-analyst.md"))
    let context = ScoringContext(posting: posting)
    let question = "Tell me about a time you used data to change a decision."
    let shown = scorer.score(
      "Last spring our clinic reports took forty minutes to run. I rewrote the SQL behind our dashboards myself, "
        + "and the report now runs in ninety seconds, so managers check it every morning.",
      question: question, kind: .behavioral, context: context)
    let claimed = scorer.score(
      "I know SQL well and I am comfortable with it. I think data is important for decisions.",
      question: question, kind: .behavioral, context: context)
    let sql = try #require(posting.requirements.first { $0.text.contains("SQL") }?.text)
    #expect(shown.requirementsShown.contains(sql), "\(shown.requirementsShown)")
    #expect(!claimed.requirementsShown.contains(sql))
    #expect(claimed.requirementsClaimed.contains(sql))
    #expect(shown[.match].score ?? 0 > claimed[.match].score ?? 0)
  }

  @Test func scoringIsDeterministic() {
    let pair = LabelledPair.all[0]
    let first = scorer.score(pair.stronger, question: pair.question)
    for _ in 0..<5 { #expect(scorer.score(pair.stronger, question: pair.question) == first) }
  }

  @Test func aMustHaveNamedButNotShownDrawsAFollowUpAboutItWithItsShortPhrase() throws {
    let posting = try PostingParser().parse(
      contentsOf: LabelledPair.postings.appendingPathComponent("data-analyst.md"))
    let interviewer = Interviewer(context: ScoringContext(posting: posting))
    let question = PlannedQuestion(
      question: Question(id: "q", text: "Tell me about a time you improved a process.", kind: .behavioral))
    let answer = "Our rota was always late. Last year I rebuilt the rota myself and as a result overtime fell by 30% in a month. I know SQL well too."
    let card = interviewer.score(answer, for: question)
    let probe = interviewer.followUp(after: answer, card: card, for: question)
    if probe?.gap == "requirement" {
      #expect(probe?.question.contains("2+ years") == false, "never the requirement quoted back: \(probe?.question ?? "")")
    }
    #expect(card.requirementsClaimed.contains { $0.contains("SQL") }, "\(card.requirementsClaimed)")
  }
}
