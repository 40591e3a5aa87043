import Foundation

/// An answer as the score models see it: how strongly it has what its question must and should
/// have, what costs it, its sentences' cues on average and at most, and its measures as a whole.
///
/// The same definition as `profile()` in `Scripts/fit-scorer.py`; the reference test fails when
/// the two part.
struct AnswerProfile: Sendable {
  /// Each sentence's probability of each role, in the model's role order.
  let roles: [[Double]]
  /// Values in the order of the model's profile names.
  let values: [Double]

  /// - Parameter fit: how well the answer fits the question's intent (`ScorerModel.fit`).
  init(
    features: AnswerFeatures, roles: [[Double]], intent: QuestionIntent, kind: QuestionKind, model: ScorerModel,
    fit: Double
  ) {
    self.roles = roles
    let index = Dictionary(uniqueKeysWithValues: model.roles.enumerated().map { ($1, $0) })
    let columns = { (names: [String]) in names.compactMap { index[$0] } }
    let must = columns(model.policy.must[intent] ?? [])
    let want = columns(model.policy.want[intent] ?? [])
    let bad = columns(model.policy.bad)
    // A sentence said before, or copied, earns nothing: it is left out of every aggregate.
    let kept = roles.indices.filter { !features.echoes.contains($0) }
    let rows = kept.isEmpty ? [Array(repeating: 0.0, count: model.roles.count)] : kept.map { roles[$0] }
    // Advice weighs a sentence it imagines added (a role row past the answer's own): its roles count, it has no cues.
    let keptCues = kept.filter { $0 < features.sentences.count }.map { features.sentences[$0].cues }
    let cues = keptCues.isEmpty ? [Array(repeating: 0.0, count: SentenceFeatures.cueNames.count)] : keptCues

    let mustBySentence = rows.map { row in min(1, max(0, must.reduce(0) { $0 + row[$1] })) }
    let wantMax = want.map { column in rows.map { $0[column] }.max() ?? 0 }
    let wantSum = rows.reduce(0) { total, row in total + want.reduce(0) { $0 + row[$1] } }
    let badMaxEach = bad.map { column in rows.map { $0[column] }.max() ?? 0 }
    let badSum = rows.reduce(0) { total, row in total + bad.reduce(0) { $0 + row[$1] } }
    let column = { (role: String) in index[role].map { c in rows.map { $0[c] } } ?? [] }
    let hypothetical = column("hypothetical")
    let own = column("own_action").reduce(0, +)
    let team = column("team_action").reduce(0, +)
    var values: [Double] = [
      mustBySentence.max() ?? 0, log1p(mustBySentence.reduce(0, +)),
      mustBySentence.reduce(0, +) / Double(mustBySentence.count),
      wantMax.isEmpty ? 0 : wantMax.reduce(0, +) / Double(wantMax.count), log1p(wantSum),
      badMaxEach.max() ?? 0, log1p(badSum),
      intent == .episode && !hypothetical.isEmpty ? hypothetical.reduce(0, +) / Double(hypothetical.count) : 0,
      tanh(team - own),
    ]
    values += badMaxEach
    let cueCount = SentenceFeatures.cueNames.count
    values += (0..<cueCount).map { c in cues.reduce(0) { $0 + $1[c] } / Double(cues.count) }
    values += (0..<cueCount).map { c in cues.map { $0[c] }.max() ?? 0 }
    values += features.whole
    values += model.policy.kinds.map { $0 == kind ? 1 : 0 }
    values.append(fit)
    self.values = values
  }

  /// The answer as one vector for the answer-intent model: its sentences' mean embedding (scaled
  /// as the models were fitted) and mean cues, sentences said before or copied left out.
  static func answerVector(_ features: AnswerFeatures, embeddingScale: Double) -> [Double] {
    let kept = features.sentences.indices.filter { !features.echoes.contains($0) }.map { features.sentences[$0] }
    let dimensions = EmbeddingData.dimensions
    let cueCount = SentenceFeatures.cueNames.count
    guard !kept.isEmpty else { return Array(repeating: 0, count: dimensions + cueCount) }
    let count = Double(kept.count)
    let embedding = (0..<dimensions).map { d in kept.reduce(0) { $0 + $1.embedding[d] } / count * embeddingScale }
    let cues = (0..<cueCount).map { c in kept.reduce(0) { $0 + $1.cues[c] } / count }
    return embedding + cues
  }
}
