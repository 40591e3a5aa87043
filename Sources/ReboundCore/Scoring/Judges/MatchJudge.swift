/// The posting's requirements brought out with evidence in the answer.
struct MatchJudge {
  let analysis: AnswerAnalysis
  let context: ScoringContext
  /// The requirement a posting-driven question probes, if any.
  let target: String?

  struct Result {
    var score: CriterionScore
    var shown: [String]
    var claimed: [String]
  }

  func judge() -> Result {
    guard !context.requirements.isEmpty else {
      return Result(score: .notScored("No job posting given; pass --posting FILE to score the match."), shown: [], claimed: [])
    }
    let tokens = analysis.tokens
    // Sentences that carry proof: an action of the speaker, a number, an example or an outcome.
    var proven = Set<Int>()
    for item in analysis.actions().filter({ $0.mood == .done }).map(\.evidence) + analysis.quantities()
      + analysis.found(.evidenceMarker, label: "") + analysis.found(.outcome, label: "")
    {
      proven.insert(analysis.sentence(at: item.start))
    }
    var points = 0.0
    var evidence: [Evidence] = []
    var shown: [String] = []
    var claimed: [String] = []
    for matcher in context.requirements {
      var hits: [Int] = []
      var matched = Set<String>()
      var pairHit = false
      for stem in matcher.stems {
        let positions = (analysis.stemPositions[stem] ?? []).filter { analysis.substantive[$0] }
        guard !positions.isEmpty else { continue }
        hits += positions
        matched.insert(stem)
      }
      for pair in matcher.pairs {
        for index in analysis.stemPositions[pair.first] ?? [] where analysis.substantive[index] {
          if index + 1 < tokens.count, tokens[index + 1].stem == pair.second {
            pairHit = true
            hits += [index, index + 1]
            matched.insert(pair.first)
            matched.insert(pair.second)
          }
        }
      }
      guard !matcher.stems.isEmpty, !hits.isEmpty else { continue }
      let coverage = Double(matched.count) / Double(matcher.stems.count)
      let needed = matcher.stems.count <= 2 ? 1 : 2
      guard pairHit || matched.count >= needed || coverage >= 0.5 else { continue }
      let isTarget = target.map { $0 == matcher.requirement.text } ?? false
      let isProven = hits.contains { proven.contains(tokens[$0].sentence) }
      let weight: Double = matcher.requirement.level == .must ? 1 : 0.6
      if isProven {
        shown.append(matcher.requirement.text)
        points += (isTarget ? 70 : 35) * weight
      } else {
        claimed.append(matcher.requirement.text)
        points += (isTarget ? 25 : 10) * weight
      }
      var last = -2
      for index in Set(hits).sorted() where index != last {
        if index == last + 1, let previous = evidence.last, previous.end <= tokens[index].start {
          evidence[evidence.count - 1] = Evidence(
            label: "requirement", text: analysis.slice(previous.start, tokens[index].end),
            start: previous.start, end: tokens[index].end)
        } else {
          evidence.append(analysis.evidence("requirement", tokens: index..<(index + 1)))
        }
        last = index
      }
    }
    var verdict = Verdict(points: points, evidence: evidence)
    // Advice names a requirement by its short phrase ("hands-on SQL"), as a person would.
    let phrase = { (text: String) in context.requirements.first { $0.requirement.text == text }?.requirement.skill ?? text }
    if let claim = claimed.first { verdict.advise(30, Advice.showClaimed(phrase(claim))) }
    let targetMissing = target.map { !shown.contains($0) && !claimed.contains($0) } ?? false
    if targetMissing, let target { verdict.advise(70, Advice.bringOut(phrase(target))) }
    if points < 70, let missing = context.requirements.first(where: {
      $0.requirement.level == .must && $0.requirement.kind != .logistics && !shown.contains($0.requirement.text)
        && !claimed.contains($0.requirement.text)
    }) {
      verdict.advise(20, Advice.bringOut(missing.requirement.skill))
    }
    return Result(score: verdict.score(), shown: shown, claimed: claimed)
  }
}
