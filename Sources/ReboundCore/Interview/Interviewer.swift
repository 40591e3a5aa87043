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

  /// The probe a person would ask: it names what the answer said, and asks for what it left out.
  public func followUp(after answer: String, card: ScoreCard, for question: PlannedQuestion)
    -> FollowUpProbe?
  {
    let kind = question.question.kind
    guard card.wordCount > 0, kind != .closing, kind != .salary else { return nil }
    // A sentence that only comes close to a part ("closest to: situation") can still be said back.
    let story = card[.story].evidence.map { item in
      var item = item
      if item.label.hasPrefix("closest to: ") { item.label = String(item.label.dropFirst("closest to: ".count)) }
      return item
    }
    let labels = Set(card[.story].evidence.map(\.label))
    let echo = { (labels: [String]) -> String? in
      story.first { labels.contains($0.label) }.flatMap { AnswerEcho.clause(of: $0, last: false) }
    }
    if kind == .motivation {
      guard let research = card[.research].score, research < 50 else { return nil }
      let company = context.company ?? "us"
      return FollowUpProbe(
        question: "What is it about \(company) in particular, rather than any company like it, that makes you want to work here?",
        gap: "company")
    }
    let requirement = question.requirement.flatMap { text in context.posting?.requirements.first { $0.text == text } }
    if let requirement, !card.requirementsShown.contains(requirement.text) {
      if let said = echo(["situation", "action", "result"]) {
        return FollowUpProbe(
          question: "You mentioned \(said). Where did \(requirement.skill) come into that?", gap: "requirement")
      }
      return FollowUpProbe(
        question: "Can you give me a specific time your work called for \(requirement.skill), and what came of it?",
        gap: "requirement")
    }
    // Openers and background questions set the scene; an interviewer lets them stand.
    if kind == .general { return nil }
    if !labels.contains("action") && !labels.contains("planned action") {
      if labels.contains("team action") {
        let said = echo(["team action"]).map { "You said \($0). " } ?? "You've told me what the team did. "
        return FollowUpProbe(question: said + "What did you do yourself?", gap: "action")
      }
      let said = echo(["situation"]).map { "You mentioned \($0). " } ?? ""
      return FollowUpProbe(question: said + "What did you do first, yourself?", gap: "action")
    }
    if !labels.contains("result") {
      let said = story.last { $0.label == "action" }.flatMap { AnswerEcho.clause(of: $0, last: true) }
      return FollowUpProbe(
        question: (said.map { "You said \($0). " } ?? "") + "How did it turn out, and how did you know?",
        gap: "result")
    }
    let mustHaves = context.posting?.mustHaves ?? []
    if let claimed = mustHaves.first(where: { card.requirementsClaimed.contains($0.text) && $0.kind != .logistics }) {
      return FollowUpProbe(
        question: "You mentioned \(claimed.skill). Tell me about a specific time you used it.", gap: "requirement")
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

}
