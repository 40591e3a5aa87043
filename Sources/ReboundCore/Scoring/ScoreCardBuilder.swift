import Foundation

/// Turns the fitted models' reading of an answer into what a person reads: rounded scores,
/// the sentences that carried each criterion, and the advice that would raise the score most.
struct ScoreCardBuilder {
  let assessment: Assessment
  /// The posting requirement a posting-driven question probes.
  let requirement: String?
  private let model = ScorerModel.shared

  /// The skeleton asks for at most this many missing parts: the ones that would win most.
  static let placeholders = 2

  func card() -> ScoreCard {
    let a = assessment
    guard a.features.text.wordCount > 0 else { return unanswered() }
    let answers = a.answersQuestion >= 0.5
    let relevance = Relevance(
      answersQuestion: answers, intent: a.intent, evidence: answers ? mustEvidence() : [],
      missing: answers ? nil : a.intent.needs, confidence: (a.answersQuestion * 1000).rounded() / 1000)
    let fixes = rankedFixes()
    var criteria: [Criterion: CriterionScore] = [:]
    for criterion in Criterion.allCases {
      guard let value = a.criteria[criterion] else {
        criteria[criterion] = .notScored(notScoredReason(criterion))
        continue
      }
      let advice = fixes.filter { ($0.gains[criterion] ?? 0) > 0 }
        .sorted { ($0.gains[criterion] ?? 0) > ($1.gains[criterion] ?? 0) }.map(\.advice)
      criteria[criterion] = CriterionScore(
        score: Int(value.rounded()), evidence: evidence(for: criterion),
        penalties: criterion == .delivery ? penalties() : [], advice: Array(unique(advice).prefix(3)))
    }
    var advice: [String] = []
    if !answers { advice.append(Advice.offTopic(a.intent.needs)) }
    let whole = Dictionary(uniqueKeysWithValues: zip(AnswerFeatures.names, a.features.whole))
    if (whole["profanity"] ?? 0) > 0 { advice.append(Advice.abuse) }
    if (whole["placeholders"] ?? 0) > 0 { advice.append(Advice.template) }
    if (whole["repeated"] ?? 0) > 0 { advice.append(Advice.repeatedSentences) }
    if (whole["copied"] ?? 0) >= 0.5 { advice.append(Advice.copied) }
    let ranked = fixes.filter { $0.overall > 0 }.sorted { $0.overall > $1.overall }
    advice += ranked.map(\.advice)
    // Nothing the question wants is missing, yet the answer is below good: what is left is detail.
    if advice.isEmpty, a.overall < Double(Rubric.dueBelow), let detail = Advice.detail(for: a.intent, specifics: a.hasSpecifics) {
      advice.append(detail)
    }
    let (shown, claimed) = requirementsBroughtOut()
    let worthAdding = Set(ranked.compactMap(\.adds).prefix(Self.placeholders))
    let skeleton = AnswerSkeleton.build(assessment: a, answersQuestion: answers, worthAdding: worthAdding)
    return ScoreCard(
      overall: Int(a.overall.rounded()), kind: a.kind, criteria: criteria,
      weights: a.weights.mapValues { ($0 * 100).rounded() / 100 }, wordCount: a.features.text.wordCount,
      requirementsShown: shown, requirementsClaimed: claimed, relevance: relevance,
      advice: Array(unique(advice).prefix(6)), skeleton: skeleton?.text, missing: skeleton?.missing ?? [])
  }

  // MARK: - Evidence

  /// The role each sentence plays most clearly among `roles`, when it plays one.
  private func sentences(playing roles: [String]) -> [(sentence: Int, role: String)] {
    let index = model.roleIndex
    return assessment.roles.enumerated().compactMap { sentence, row in
      let played = roles.filter { assessment.plays(sentence, $0) }
      guard let best = played.max(by: { row[index[$0] ?? 0] < row[index[$1] ?? 0] }) else { return nil }
      return (sentence, best)
    }
  }

  /// The sentence that plays one of `roles` most strongly, however weakly.
  private func strongestSentence(among roles: [String]) -> (sentence: Int, role: String)? {
    let index = model.roles.enumerated().reduce(into: [String: Int]()) { $0[$1.element] = $1.offset }
    var best: (sentence: Int, role: String, p: Double)?
    for (sentence, row) in assessment.roles.enumerated() where !assessment.features.echoes.contains(sentence) {
      for role in roles {
        guard let column = index[role], row[column] > (best?.p ?? 0) else { continue }
        best = (sentence, role, row[column])
      }
    }
    return best.map { ($0.sentence, $0.role) }
  }

  /// Every role among `roles` each sentence plays, in sentence order: a sentence can set the scene
  /// and say what the speaker did.
  private func sentencesWithEveryRole(_ roles: [String]) -> [(sentence: Int, role: String)] {
    assessment.roles.indices.flatMap { sentence in
      roles.filter { assessment.plays(sentence, $0) }.map { (sentence, $0) }
    }
  }

  /// A sentence as evidence, located in the answer as the user gave it.
  private func span(_ sentence: Int, label: String) -> Evidence {
    let range = assessment.features.text.sentences[sentence]
    let offsets = assessment.offsets
    let start = offsets[range.lowerBound]
    let end = offsets[range.upperBound - 1] + 1
    return Evidence(
      label: label, text: String(String.UnicodeScalarView(assessment.answer[start..<end])), start: start, end: end)
  }

  private func mustEvidence() -> [Evidence] {
    sentences(playing: model.policy.must[assessment.intent] ?? []).prefix(3).map { span($0.sentence, label: "on the question") }
  }

  private func evidence(for criterion: Criterion) -> [Evidence] {
    let a = assessment
    switch criterion {
    case .story:
      var roles = model.policy.want[a.intent] ?? []
      for role in model.policy.must[a.intent] ?? [] where !roles.contains(role) { roles.append(role) }
      let found = sentencesWithEveryRole(roles).filter { !a.features.echoes.contains($0.sentence) }
      if found.isEmpty, let best = strongestSentence(among: roles) {
        // No sentence plays a part clearly: the one that comes closest is what the score rests on.
        return [span(best.sentence, label: "closest to: " + SentenceRoles.label(best.role))]
      }
      return found.prefix(24).map { span($0.sentence, label: SentenceRoles.label($0.role)) }
    case .research:
      let companyColumn = SentenceFeatures.cueNames.firstIndex(of: "company")
      let reasons = Set(sentences(playing: ["company_reason"]).map(\.sentence))
      let found = a.features.sentences.indices.compactMap { index -> Evidence? in
        let features = a.features.sentences[index]
        let named = companyColumn.map { features.cues[$0] > 0 } ?? false
        guard named || !features.facts.isEmpty || reasons.contains(index) else { return nil }
        return span(index, label: !features.facts.isEmpty ? "research" : reasons.contains(index) ? "company reason" : "company named")
      }
      if found.isEmpty, let best = strongestSentence(among: ["company_reason", "personal_driver", "field_reason"]) {
        return [span(best.sentence, label: "closest to: " + SentenceRoles.label(best.role))]
      }
      return Array(found.prefix(24))
    case .match:
      let requirements = a.context.posting?.requirements ?? []
      let found = a.features.sentences.indices.compactMap { index -> Evidence? in
        guard let first = a.features.sentences[index].requirements.first, first < requirements.count else { return nil }
        return span(index, label: "requirement: " + requirements[first].skill)
      }
      if found.isEmpty, let best = strongestSentence(among: SentenceRoles.proof) {
        return [span(best.sentence, label: "closest to: " + SentenceRoles.label(best.role))]
      }
      return Array(found.prefix(24))
    case .delivery:
      // Delivery is judged on the whole answer: its evidence is all of it, with its length.
      let words = a.features.text.wordCount
      return [
        Evidence(
          label: "length: \(words) \(words == 1 ? "word" : "words")", text: String(String.UnicodeScalarView(a.answer)),
          start: 0, end: a.answer.count)
      ]
    }
  }

  /// Sentences that cost the answer: boasting, blame, filler, praise that fits anyone.
  private func penalties() -> [Evidence] {
    assessment.roles.indices.compactMap { sentence in
      model.policy.bad.first { assessment.costs(sentence, $0) }.map { span(sentence, label: SentenceRoles.label($0)) }
    }.prefix(24).map { $0 }
  }

  /// The posting's requirements the answer shows with something done or achieved, and those it only names.
  private func requirementsBroughtOut() -> (shown: [String], claimed: [String]) {
    let requirements = assessment.context.posting?.requirements ?? []
    let proof = Set(sentences(playing: SentenceRoles.proof).map(\.sentence))
    var shown = Set<Int>()
    var named = Set<Int>()
    for (index, features) in assessment.features.sentences.enumerated() {
      for requirement in features.requirements where requirement < requirements.count {
        if proof.contains(index) { shown.insert(requirement) } else { named.insert(requirement) }
      }
    }
    return (shown.sorted().map { requirements[$0].text }, named.subtracting(shown).sorted().map { requirements[$0].text })
  }

  // MARK: - Advice

  /// One change to the answer and what it would win: overall and for each criterion.
  struct Fix {
    /// The part it adds, for a part the answer lacks.
    var adds: String?
    var advice: String
    var overall: Double
    var gains: [Criterion: Double]
  }

  /// Every change worth suggesting, with its gain measured by the fitted models themselves: a
  /// part the question wants that the answer lacks, added; a sentence that costs it, removed.
  private func rankedFixes() -> [Fix] {
    let a = assessment
    let index = model.roleIndex
    var fixes: [Fix] = []
    for role in model.policy.want[a.intent] ?? [] where !a.has(role) {
      guard let column = index[role] else { continue }
      var row = Array(repeating: 0.0, count: model.roles.count)
      row[column] = 0.9
      let advice = Advice.add(role, intent: a.intent, company: a.context.company, roles: a.roles, index: index)
      var added = fix(advice, roles: a.roles + [row])
      added.adds = role
      fixes.append(added)
    }
    for role in model.policy.bad {
      let costly = Set(a.roles.indices.filter { a.costs($0, role) })
      guard !costly.isEmpty else { continue }
      let roles = a.roles.enumerated().map { sentence, row in costly.contains(sentence) ? row.map { _ in 0.0 } : row }
      fixes.append(fix(Advice.remove(role, intent: a.intent), roles: roles))
    }
    return fixes
  }

  private func fix(_ advice: String, roles: [[Double]]) -> Fix {
    let a = assessment
    let changed = AnswerProfile(features: a.features, roles: roles, intent: a.intent, kind: a.kind, model: model, fit: a.fit)
    var gains: [Criterion: Double] = [:]
    var overall = 0.0
    for (criterion, before) in a.criteria {
      let after = min(100, max(0, model.criteria[criterion]?.value(changed.values) ?? 0))
      gains[criterion] = after - before
      overall += (a.weights[criterion] ?? 0) * (after - before)
    }
    return Fix(adds: nil, advice: advice, overall: overall, gains: gains)
  }

  private func notScoredReason(_ criterion: Criterion) -> String {
    switch criterion {
    case .research where assessment.context.company == nil:
      "No company named; pass --company NAME (and --research FILE) to score research."
    case .research: "Not scored for this question: it is not about the company."
    case .match where assessment.context.posting == nil:
      "No job posting given; pass --posting FILE to score the match."
    case .match: "Not scored for this question: it is not about the posting's requirements."
    default: "Not scored."
    }
  }

  private func unanswered() -> ScoreCard {
    var criteria: [Criterion: CriterionScore] = [:]
    for criterion in Criterion.allCases {
      criteria[criterion] = assessment.criteria[criterion] == nil
        ? .notScored(notScoredReason(criterion)) : CriterionScore(score: 0, advice: [Advice.noAnswer])
    }
    return ScoreCard(
      overall: 0, kind: assessment.kind, criteria: criteria, weights: assessment.weights.mapValues { ($0 * 100).rounded() / 100 },
      wordCount: 0, requirementsShown: [],
      relevance: Relevance(answersQuestion: false, intent: assessment.intent, missing: "an answer"),
      advice: [Advice.noAnswer])
  }

  private func unique(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
  }
}
