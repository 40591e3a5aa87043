import Foundation

/// Scores an answer the way an experienced interviewer would, with models fitted on answers
/// that interviewers scored (`Scripts/fit-scorer.py`): what each sentence does, what the
/// question asks for, and how an interviewer weighs the two.
///
/// Explainable: the evidence is the sentences whose roles carried the score, and the advice is
/// what would raise it most, never something the answer already has.
public struct Scorer: Sendable {
  let tokenizer: Tokenizer

  public init(tokenizer: Tokenizer = Tokenizer()) {
    self.tokenizer = tokenizer
  }

  /// Scores one answer.
  /// - Parameters:
  ///   - kind: the question's kind, from its bank; read from its wording when nil.
  ///   - requirement: the posting requirement a posting-driven question probes.
  public func score(
    _ answer: String, question: String, kind: QuestionKind? = nil,
    requirement: String? = nil, context: ScoringContext = .none
  ) -> ScoreCard {
    let assessment = assess(answer, question: question, kind: kind, context: context)
    return ScoreCardBuilder(assessment: assessment, requirement: requirement).card()
  }

  /// What the fitted models make of an answer, before anything is rounded or worded: the
  /// intent, each sentence's roles, each criterion, the chance it answers the question, the
  /// overall score. The reference test compares these with the fitting script's own.
  public func assess(
    _ answer: String, question: String, kind givenKind: QuestionKind? = nil, context given: ScoringContext = .none
  ) -> Assessment {
    let model = ScorerModel.shared
    let intent = QuestionIntent.of(question, kind: givenKind)
    let kind = givenKind ?? intent.kind
    var context = given
    if context.company == nil, intent == .whyUs || intent == .closing, let named = Self.companyNamed(in: question) {
      context = context.naming(named)
    }
    // Escape sequences and control characters are not the user's words: scored without them,
    // with the evidence pointed back at the answer as given.
    let (clean, offsets) = TextSanitizer.cleanMapped(answer)
    let features = AnswerFeatures(answer: clean, question: question, context: context, tokenizer: tokenizer)
    let fit = model.fit(of: AnswerProfile.answerVector(features, embeddingScale: model.embeddingScale), to: intent)
    let roles = model.roleReader.roles(of: features.sentences, kind: kind, kinds: model.policy.kinds)
    let profile = AnswerProfile(features: features, roles: roles, intent: intent, kind: kind, model: model, fit: fit)
    let contentRoles = model.contentReader.roles(of: features.sentences, kind: kind, kinds: [])
    let content = AnswerProfile(features: features, roles: contentRoles, intent: intent, kind: kind, model: model, fit: fit)
    let applying = Criterion.allCases.filter { Self.applies($0, intent: intent, context: context, model: model) }
    let weights = model.weights(for: kind, applying: applying)
    let criteria = Dictionary(uniqueKeysWithValues: applying.map { criterion in
      (criterion, min(100, max(0, model.criteria[criterion]?.value(profile.values) ?? 0)))
    })
    let raw = applying.reduce(0) { $0 + (weights[$1] ?? 0) * (criteria[$1] ?? 0) }
    let index = Dictionary(uniqueKeysWithValues: model.profileNames.enumerated().map { ($1, $0) })
    let gateInput = model.gateFeatures.map { index[$0].map { content.values[$0] } ?? 0 }
    let answers = 1 / (1 + exp(-model.gate.value(gateInput)))
    // The gate blends towards the policy's ceiling as doubt grows; once it judges the answer off
    // the question, the ceiling holds.
    let ceiling = Double(Rubric.offTopicCeiling)
    var overall = answers * raw + (1 - answers) * min(raw, ceiling)
    if answers < 0.5 { overall = min(overall, ceiling) }
    let whole = Dictionary(uniqueKeysWithValues: zip(AnswerFeatures.names, features.whole))
    // Policy: swearing, an unfilled template, or an answer mostly said twice or copied from the posting.
    let echoed = features.echoes.count * 2 > features.sentences.count
    let capped = (whole["profanity"] ?? 0) > 0 || (whole["placeholders"] ?? 0) > 0 || echoed
    if capped { overall = min(overall, Double(Rubric.policyCeiling)) }
    return Assessment(
      answer: Array(answer.unicodeScalars), offsets: offsets, features: features, fit: fit, intent: intent, kind: kind, context: context, roles: roles, profile: profile,
      criteria: criteria, weights: weights, answersQuestion: answers, overall: features.text.wordCount == 0 ? 0 : overall,
      capped: capped)
  }

  /// Whether a criterion is scored for a question: research for questions about the company when
  /// one is known, the match for questions about the work when there is a posting.
  static func applies(_ criterion: Criterion, intent: QuestionIntent, context: ScoringContext, model: ScorerModel) -> Bool {
    switch criterion {
    case .story, .delivery: true
    case .research: context.company != nil && model.policy.research.contains(intent)
    case .match: context.posting.map { !$0.requirements.isEmpty } == true && model.policy.match.contains(intent)
    }
  }

  /// Reads the fitted models and the embeddings now, on a background thread, so the first score
  /// does not wait for them (about 0.1 s); the first question never does.
  public static func warmUp() {
    Thread.detachNewThread {
      _ = ScorerModel.shared.roles.count
      _ = StaticEmbedding.shared.dimensions
    }
  }

  /// Reads the fitted models and the embeddings afresh, for the benchmark (the scorer reads them once).
  public static func loadModelsForBenchmark() -> (models: Int, embeddings: Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let model = ScorerModel(text: ScorerModelData.text)
    let middle = DispatchTime.now().uptimeNanoseconds
    let embedding = StaticEmbedding(
      vocabulary: EmbeddingData.vocabulary, vectors: EmbeddingData.vectors, scales: EmbeddingData.scales)
    let end = DispatchTime.now().uptimeNanoseconds
    _ = (model.roles.count, embedding.dimensions)
    return (Int(middle - start) / 1000, Int(end - middle) / 1000)
  }

  /// The kind's weights, renormalised over what could be scored: shown beside each score.
  public static func weights(for kind: QuestionKind) -> [Criterion: Double] {
    ScorerModel.shared.weights(for: kind, applying: [.story, .delivery])
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

/// The fitted models' reading of one answer.
public struct Assessment: Sendable {
  /// The answer as given, and where each scalar of the scored (cleaned) text stood in it.
  let answer: [Unicode.Scalar]
  let offsets: [Int]
  public let features: AnswerFeatures
  /// How well the answer fits the question's intent, read from the answer alone.
  public let fit: Double
  public let intent: QuestionIntent
  public let kind: QuestionKind
  let context: ScoringContext
  /// Each sentence's probability of each role, in `roleNames` order.
  public let roles: [[Double]]
  let profile: AnswerProfile
  /// Each criterion that applies, 0–100, unrounded.
  public let criteria: [Criterion: Double]
  public let weights: [Criterion: Double]
  /// The chance the answer answers the question.
  public let answersQuestion: Double
  public let overall: Double
  /// Swearing or an unfilled template capped the score.
  public let capped: Bool

  public var roleNames: [String] { ScorerModel.shared.roles }

  /// Whether sentence `sentence` plays `role`: it is more likely than not, or it is what the
  /// sentence does most. The one reading that evidence, advice and the skeleton share, so none
  /// asks for what another shows.
  public func plays(_ sentence: Int, _ role: String) -> Bool {
    guard let column = ScorerModel.shared.roleIndex[role] else { return false }
    let row = roles[sentence]
    return row[column] >= 0.5 || row[column] == row.max()
  }

  /// Whether sentence `sentence` costs the answer as `role` (a boast, blame, filler): it is more
  /// likely than not and nothing else the sentence does is likelier.
  public func costs(_ sentence: Int, _ role: String) -> Bool {
    guard let column = ScorerModel.shared.roleIndex[role] else { return false }
    let row = roles[sentence]
    return row[column] >= 0.5 && row[column] == row.max()
  }

  /// True when some sentence the answer says once plays `role`.
  public func has(_ role: String) -> Bool {
    roles.indices.contains { !features.echoes.contains($0) && plays($0, role) }
  }

  /// True when some sentence holds a figure or a name: the detail that lets a story be checked.
  public var hasSpecifics: Bool {
    let columns = ["digits", "names"].compactMap { SentenceFeatures.cueNames.firstIndex(of: $0) }
    return features.sentences.contains { sentence in columns.contains { sentence.cues[$0] > 0 } }
  }

  /// What each profile feature added to or took from a criterion, against the average answer.
  public func contributions(_ criterion: Criterion) -> [(String, Double)] {
    let model = ScorerModel.shared
    guard let ridge = model.criteria[criterion] else { return [] }
    return Array(zip(model.profileNames, ridge.contributions(profile.values)))
  }
}
