/// The limits an interviewer puts on an answer whatever its other merits: it does not answer
/// the question, it insults or swears, it is empty of anything of its own, or it complains.
struct Ceilings {
  /// Each ceiling that applies, with the advice that explains it.
  let limits: [(ceiling: Double, advice: String)]

  init(analysis: AnswerAnalysis, relevance: Relevance, intent: QuestionIntent) {
    var limits: [(Double, String)] = []
    offTopic = !relevance.answersQuestion
    if offTopic {
      // Listed with a ceiling of zero so its advice always comes first.
      limits.append((0, Advice.offTopic(relevance.missing ?? "what the question asks")))
    }
    if !analysis.profanity.isEmpty || !analysis.foundAnywhere(.insult, label: "").isEmpty {
      limits.append((Double(Rubric.abuseCeiling), Advice.abuse))
    }
    if !analysis.placeholders.isEmpty {
      limits.append((Double(Rubric.emptyCeiling), Advice.template))
    }
    let flagged = analysis.sentences.contains { !$0.flags.isEmpty }
    if flagged, analysis.substantiveWordCount < max(12, analysis.wordCount * 2 / 5) {
      limits.append((Double(Rubric.emptyCeiling), Advice.empty(Self.reason(analysis))))
    }
    if analysis.repeatedSentences >= 2 {
      limits.append((15, Advice.repeatedSentences))
    }
    let negativity = analysis.negativity(employerImplied: intent == .leaving).count
    if negativity > 0 {
      limits.append(([45, 35, 28, 22][min(negativity, 4) - 1], Advice.negativity))
    }
    let boasts = analysis.boasts.count
    if boasts > 0 {
      limits.append(([45, 25, 12][min(boasts, 3) - 1], Advice.arrogance))
    }
    let lifeStory = analysis.foundAnywhere(.lifeStory, label: "")
    if intent == .aboutYou, lifeStory.count >= 2 || lifeStory.contains(where: { $0.text.lowercased().contains("born") }) {
      limits.append((28, Advice.lifeStory))
    }
    if intent == .episode, Self.vague(analysis) {
      limits.append((20, Advice.vagueStory))
    }
    if analysis.selfDoubt.count >= 3 {
      limits.append((30, Advice.selfDoubt))
    }
    self.limits = limits
  }

  /// No concrete step and next to no detail: a description of a story, not one.
  static func vague(_ analysis: AnswerAnalysis) -> Bool {
    let concrete = analysis.actions().contains { $0.mood == .done && !$0.isVague }
      || analysis.actions(plural: true).contains { $0.mood == .done && !$0.isVague }
    return !concrete && analysis.specifics().count + analysis.quantities().count <= 1
  }

  /// Why the answer has so little of its own, for the advice.
  static func reason(_ analysis: AnswerAnalysis) -> AnswerAnalysis.Flag {
    analysis.flaggedSentences.map(\.1).first ?? .keywordList
  }

  let offTopic: Bool

  func apply(to score: Double) -> Double {
    // Interviewers keep the very top for the rare answer: above "excellent", points come at half rate.
    var score = score > 85 ? 85 + (score - 85) / 2 : score
    // Off the question, the rest of the answer still tells a little: keep its order, scaled down.
    score = offTopic ? min(Double(Rubric.offTopicCeiling), score * 0.3) : score
    for (ceiling, _) in limits where ceiling > 0 { score = min(score, ceiling) }
    return score
  }

  /// The reasons, the question missed first, then the tightest ceiling.
  var advice: [String] {
    var said = Set<String>()
    return limits.sorted { $0.ceiling < $1.ceiling }.map(\.advice).filter { said.insert($0).inserted }
  }
}
