/// Words in an answer that earned (or cost) points, located so they can be highlighted.
public struct Evidence: Codable, Equatable, Hashable, Sendable {
  /// What the words show, such as "result" or "quantity".
  public var label: String
  /// The exact words from the answer.
  public var text: String
  /// Offsets in Unicode scalars (code points) from the start of the answer, end exclusive.
  public var start: Int
  public var end: Int

  public init(label: String, text: String, start: Int, end: Int) {
    self.label = label
    self.text = text
    self.start = start
    self.end = end
  }
}

/// One criterion's verdict: the score, what earned it, and what to do next.
public struct CriterionScore: Codable, Equatable, Sendable {
  /// 0–100, or nil when the criterion could not be scored.
  public var score: Int?
  /// Why the criterion was not scored (no posting, no company…).
  public var reason: String?
  /// Words that earned points.
  public var evidence: [Evidence]
  /// Words that cost points (fillers, blame, hedges).
  public var penalties: [Evidence]
  /// Concrete next steps, most important first.
  public var advice: [String]

  public init(
    score: Int?, reason: String? = nil, evidence: [Evidence] = [], penalties: [Evidence] = [],
    advice: [String] = []
  ) {
    self.score = score
    self.reason = reason
    self.evidence = evidence
    self.penalties = penalties
    self.advice = advice
  }

  enum CodingKeys: String, CodingKey {
    case score, reason, evidence, penalties, advice
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    score = try c.decodeIfPresent(Int.self, forKey: .score)
    reason = try c.decodeIfPresent(String.self, forKey: .reason)
    evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    penalties = try c.decodeIfPresent([Evidence].self, forKey: .penalties) ?? []
    advice = try c.decodeIfPresent([String].self, forKey: .advice) ?? []
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(score, forKey: .score)  // null when not scored, never absent
    try c.encodeIfPresent(reason, forKey: .reason)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(penalties, forKey: .penalties)
    try c.encode(advice, forKey: .advice)
  }

  /// A criterion that lacks the input it needs.
  public static func notScored(_ reason: String) -> CriterionScore {
    CriterionScore(score: nil, reason: reason)
  }
}

/// The whole verdict on one answer.
public struct ScoreCard: Codable, Equatable, Sendable {
  public var overall: Int
  public var kind: QuestionKind
  public var criteria: [Criterion: CriterionScore]
  /// The weight each scored criterion carried in `overall`, after renormalising.
  public var weights: [Criterion: Double]
  public var wordCount: Int
  /// Posting requirements this answer brought out with evidence.
  public var requirementsShown: [String]
  /// Posting requirements this answer named without showing them: what an interviewer probes.
  public var requirementsClaimed: [String]
  /// Whether the answer answers the question; nil on cards saved before it was judged.
  public var relevance: Relevance?
  /// The fixes that matter most for this answer, the most important first.
  public var advice: [String]
  /// A stronger version of the answer from the speaker's own sentences, with bracketed
  /// placeholders for what is missing; nil for questions with no parts to order.
  public var skeleton: String?
  /// What the answer still lacks, by name ("the result", "your own part"): the skeleton's placeholders.
  public var missing: [String]

  public init(
    overall: Int, kind: QuestionKind, criteria: [Criterion: CriterionScore],
    weights: [Criterion: Double], wordCount: Int, requirementsShown: [String],
    requirementsClaimed: [String] = [], relevance: Relevance? = nil, advice: [String] = [],
    skeleton: String? = nil, missing: [String] = []
  ) {
    self.overall = overall
    self.kind = kind
    self.criteria = criteria
    self.weights = weights
    self.wordCount = wordCount
    self.requirementsShown = requirementsShown
    self.requirementsClaimed = requirementsClaimed
    self.relevance = relevance
    self.advice = advice
    self.skeleton = skeleton
    self.missing = missing
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    overall = try c.decode(Int.self, forKey: .overall)
    kind = try c.decode(QuestionKind.self, forKey: .kind)
    criteria = try c.decode([Criterion: CriterionScore].self, forKey: .criteria)
    weights = try c.decodeIfPresent([Criterion: Double].self, forKey: .weights) ?? [:]
    wordCount = try c.decodeIfPresent(Int.self, forKey: .wordCount) ?? 0
    requirementsShown = try c.decodeIfPresent([String].self, forKey: .requirementsShown) ?? []
    requirementsClaimed = try c.decodeIfPresent([String].self, forKey: .requirementsClaimed) ?? []
    relevance = try c.decodeIfPresent(Relevance.self, forKey: .relevance)
    advice = try c.decodeIfPresent([String].self, forKey: .advice) ?? []
    skeleton = try c.decodeIfPresent(String.self, forKey: .skeleton)
    missing = try c.decodeIfPresent([String].self, forKey: .missing) ?? []
    skeleton = try c.decodeIfPresent(String.self, forKey: .skeleton)
    missing = try c.decodeIfPresent([String].self, forKey: .missing) ?? []
  }

  enum CodingKeys: String, CodingKey {
    case overall, kind, criteria, weights, wordCount, requirementsShown, requirementsClaimed, relevance, advice
    case skeleton, missing
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(overall, forKey: .overall)
    try c.encode(kind, forKey: .kind)
    try c.encode(criteria, forKey: .criteria)
    try c.encode(weights, forKey: .weights)
    try c.encode(wordCount, forKey: .wordCount)
    try c.encode(requirementsShown, forKey: .requirementsShown)
    try c.encode(requirementsClaimed, forKey: .requirementsClaimed)
    try c.encodeIfPresent(relevance, forKey: .relevance)
    try c.encode(advice, forKey: .advice)
    try c.encode(skeleton, forKey: .skeleton)  // null for a question with no parts to order
    try c.encode(missing, forKey: .missing)
  }

  public subscript(_ criterion: Criterion) -> CriterionScore {
    criteria[criterion] ?? .notScored("not scored")
  }

  /// The evidence worth marking inside the answer; delivery's evidence is the whole answer's length.
  public var highlightSpans: [Evidence] {
    [Criterion.story, .research, .match].flatMap { self[$0].evidence }
  }

  /// The skeleton worth showing beside the answer: one with something to fill, or an answer
  /// below excellent that it puts in a better order.
  public var skeletonToShow: String? {
    guard let skeleton, !missing.isEmpty || overall < 85 else { return nil }
    return skeleton
  }

  /// The scored criterion that cost the most points of `overall`.
  public var weakest: Criterion? {
    weights.filter { $0.value > 0 }
      .max { lhs, rhs in
        let lost = { (c: Criterion, w: Double) in Double(100 - (self[c].score ?? 100)) * w }
        return lost(lhs.key, lhs.value) < lost(rhs.key, rhs.value)
      }?.key
  }
}
