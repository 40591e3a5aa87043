/// The standard judge: scores with the checklist and probes the biggest gap, as a real interviewer would.
public struct Interviewer: AnswerJudge {
  public let scorer: Scorer
  public let context: ScoringContext

  public init(scorer: Scorer = Scorer(), context: ScoringContext = .none) {
    self.scorer = scorer
    self.context = context
  }

  public func score(_ answer: String, for question: PlannedQuestion) -> ScoreCard {
    scorer.score(
      answer, question: question.question.text, kind: question.question.kind,
      requirement: question.requirement, context: context)
  }

  public func followUp(after answer: String, card: ScoreCard, for question: PlannedQuestion)
    -> FollowUpProbe?
  {
    let kind = question.question.kind
    guard card.wordCount > 0, kind != .closing, kind != .salary else { return nil }
    let story = card[.story].evidence.map(\.label)
    if kind == .motivation {
      guard let research = card[.research].score, research < 50 else { return nil }
      let company = context.company ?? "us"
      return FollowUpProbe(
        question: "What is it about \(company) in particular, rather than any company like it, that makes you want to work here?",
        gap: "company")
    }
    if let requirement = question.requirement, !card.requirementsShown.contains(requirement) {
      return FollowUpProbe(
        question: "Can you give me a specific example of \(lowercasedFirst(requirement)), and what came of it?",
        gap: "requirement")
    }
    // Openers and background questions set the scene; an interviewer lets them stand.
    if kind == .general { return nil }
    if !story.contains("action") && !story.contains("planned action") {
      return story.contains("team action")
        ? FollowUpProbe(question: "You've told me what the team did. What did you do yourself?", gap: "action")
        : FollowUpProbe(question: "What did you do yourself, step by step?", gap: "action")
    }
    if !story.contains("result") {
      return FollowUpProbe(
        question: "How did it turn out? What changed because of what you did, and how did you know?",
        gap: "result")
    }
    let mustHaves = Set(context.posting?.mustHaves.map(\.text) ?? [])
    if let claimed = card.requirementsClaimed.first(where: mustHaves.contains) {
      return FollowUpProbe(
        question: "You mentioned \(lowercasedFirst(claimed)). Tell me about a specific time you used it.",
        gap: "requirement")
    }
    return nil
  }

  public func summarize(_ turns: [Turn]) -> InterviewSummary {
    let cards = turns.filter { !$0.skipped }.compactMap(\.score)
    func mean(_ values: [Int]) -> Int? {
      values.isEmpty ? nil : Int((Double(values.reduce(0, +)) / Double(values.count)).rounded())
    }
    var criteria: [Criterion: Int?] = [:]
    for criterion in Criterion.allCases {
      criteria[criterion] = mean(cards.compactMap { $0[criterion].score })
    }
    let shown = Set(cards.flatMap(\.requirementsShown))
    // Conditions of the job (travel, hours, a licence to drive) are not brought out in answers.
    let mustHaves = context.posting?.mustHaves.filter { $0.kind != .logistics }.map(\.text) ?? []
    let questions = turns.filter { !$0.skipped }.compactMap { turn in
      turn.score.map { QuestionScore(questionId: turn.questionId, question: turn.question, overall: $0.overall) }
    }
    return InterviewSummary(
      overall: mean(cards.map(\.overall)), criteria: criteria,
      mustHavesShown: mustHaves.filter { shown.contains($0) },
      mustHavesMissed: mustHaves.filter { !shown.contains($0) }, questions: questions)
  }

  private func lowercasedFirst(_ text: String) -> String {
    guard let first = text.first, text.dropFirst().first?.isLowercase ?? true else { return text }
    return first.lowercased() + text.dropFirst()
  }
}
