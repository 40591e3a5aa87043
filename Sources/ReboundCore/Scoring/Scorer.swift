/// Scores an answer the way an experienced interviewer would: first whether it answers the
/// question, then its substance, research, match to the posting and delivery, each by the
/// rubric for the question's kind, on a calibrated scale.
///
/// Deterministic and explainable: every point comes from words in the answer, returned as
/// evidence, and every shortfall comes with advice, the most valuable fix first.
public struct Scorer: Sendable {
  let tokenizer: Tokenizer
  private let given: Lexicon?
  /// The lexicon, built on the first score rather than when an interview starts.
  var lexicon: Lexicon { given ?? .standard }

  public init(tokenizer: Tokenizer = Tokenizer(), lexicon: Lexicon? = nil) {
    self.tokenizer = tokenizer
    self.given = lexicon
  }

  /// How much each criterion counts for a kind of question, before renormalising.
  public static func weights(for kind: QuestionKind) -> [Criterion: Double] { Rubric.of(kind).weights }

  /// The words per answer a typed reply should fall within, by kind.
  public static func lengthBand(for kind: QuestionKind) -> ClosedRange<Int> { Rubric.of(kind).length }

  /// Scores one answer.
  /// - Parameters:
  ///   - kind: the question's kind; inferred from its wording when nil.
  ///   - requirement: the posting requirement a posting-driven question probes.
  public func score(
    _ answer: String, question: String, kind: QuestionKind? = nil,
    requirement: String? = nil, context: ScoringContext = .none
  ) -> ScoreCard {
    let intent = QuestionIntent.of(question, kind: kind)
    let kind = kind ?? intent.kind
    let rubric = Rubric.of(kind)
    var context = context
    if context.company == nil, kind == .motivation || kind == .closing, let named = Self.companyNamed(in: question) {
      context = context.naming(named)
    }
    let analysis = AnswerAnalysis(answer, tokenizer: tokenizer, lexicon: lexicon, source: context.copySource)
    guard analysis.wordCount > 0 else { return Self.unanswered(kind: kind, intent: intent) }

    // Only a question about a particular event has a subject an answer can miss.
    let topics = intent == .episode || intent == .plan
      ? QuestionTopic.topics(of: tokenizer.tokens(question)) : []
    let relevanceJudge = RelevanceJudge(
      analysis: analysis, intent: intent, topics: topics, context: context, research: context.facts)
    let relevance = relevanceJudge.judge()

    var criteria: [Criterion: CriterionScore] = [:]
    let weighs = { (criterion: Criterion) in (rubric.weights[criterion] ?? 0) > 0 }
    if weighs(.story) { criteria[.story] = StoryJudge(analysis: analysis, intent: intent).judge() }
    if weighs(.research) {
      criteria[.research] = ResearchJudge(analysis: analysis, kind: kind, context: context, relevance: relevanceJudge).judge()
    }
    let match = MatchJudge(
      analysis: analysis, context: context,
      target: requirement ?? context.requirementNamed(in: question, tokenizer: tokenizer)
    ).judge()
    criteria[.match] = match.score
    criteria[.delivery] = DeliveryJudge(analysis: analysis, rubric: rubric, intent: intent).judge()
    // A criterion that carries no weight for this kind would only give advice that does not apply.
    for (criterion, weight) in rubric.weights where weight == 0 {
      criteria[criterion] = .notScored("Not weighed for a \(kind.rawValue) question.")
    }

    var weights = rubric.weights.filter { criteria[$0.key]?.score != nil && $0.value > 0 }
    let total = weights.values.reduce(0, +)
    if total > 0 { for key in weights.keys { weights[key] = (weights[key] ?? 0) / total } }
    let weighted = weights.reduce(0.0) { $0 + $1.value * Double(criteria[$1.key]?.score ?? 0) }

    let ceilings = Ceilings(analysis: analysis, relevance: relevance, intent: intent)
    let overall = ceilings.apply(to: weighted)
    let skeleton = AnswerSkeleton.build(
      analysis: analysis, intent: intent, rubric: rubric, criteria: criteria, relevance: relevance)
    return ScoreCard(
      overall: Int(overall.rounded()), kind: kind, criteria: criteria,
      weights: weights.mapValues { ($0 * 100).rounded() / 100 }, wordCount: analysis.wordCount,
      requirementsShown: match.shown, requirementsClaimed: match.claimed, relevance: relevance,
      advice: Self.advice(ceilings: ceilings, criteria: criteria, weights: weights),
      skeleton: skeleton?.text, missing: skeleton?.missing ?? [])
  }

  /// The fixes that matter most, first: what stops the answer answering, then what capped it,
  /// then each criterion's advice by the points it would win back overall.
  static func advice(ceilings: Ceilings, criteria: [Criterion: CriterionScore], weights: [Criterion: Double])
    -> [String]
  {
    var advice = ceilings.advice
    let byLoss = weights.sorted { lhs, rhs in
      let lost = { (entry: (key: Criterion, value: Double)) in
        Double(100 - (criteria[entry.key]?.score ?? 100)) * entry.value
      }
      return lost(lhs) > lost(rhs)
    }
    for (criterion, _) in byLoss {
      for item in criteria[criterion]?.advice.prefix(2) ?? [] where !advice.contains(item) { advice.append(item) }
    }
    return Array(advice.prefix(6))
  }

  static func unanswered(kind: QuestionKind, intent: QuestionIntent) -> ScoreCard {
    var criteria: [Criterion: CriterionScore] = [:]
    for criterion in Criterion.allCases {
      criteria[criterion] = CriterionScore(score: 0, advice: [Advice.noAnswer])
    }
    return ScoreCard(
      overall: 0, kind: kind, criteria: criteria, weights: Rubric.of(kind).weights, wordCount: 0,
      requirementsShown: [],
      relevance: Relevance(answersQuestion: false, intent: intent, missing: "an answer"),
      advice: [Advice.noAnswer])
  }

  /// "Why do you want to work at Acme?" names Acme.
  static func companyNamed(in question: String) -> String? {
    let words = question.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
    for (index, word) in words.enumerated()
    where ["at", "for", "join", "about"].contains(word.lowercased()) && index + 1 < words.count {
      let name = words[(index + 1)...].prefix { $0.first?.isUppercase == true }
      if !name.isEmpty { return name.joined(separator: " ") }
    }
    return nil
  }
}
