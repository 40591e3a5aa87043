/// A judge's working verdict: points, the words that earned them, and advice weighed by what it would gain.
struct Verdict {
  var points: Double = 0
  var evidence: [Evidence] = []
  var penalties: [Evidence] = []
  /// Advice with the points it would win back, so the biggest fix comes first.
  var advice: [(gain: Double, text: String)] = []

  mutating func earn(_ value: Double, _ items: [Evidence] = []) {
    points += value
    evidence += items
  }

  mutating func advise(_ gain: Double, _ text: String) {
    advice.append((gain, text))
  }

  /// Caps the points, keeping the reason as advice when the cap bites.
  mutating func cap(_ ceiling: Double, _ text: String? = nil) {
    guard points > ceiling else { return }
    if let text { advise(points - ceiling, text) }
    points = ceiling
  }

  /// The verdict as it is reported: 0–100, evidence in reading order, most valuable advice first.
  func score() -> CriterionScore {
    let value = Int(max(0, min(100, points)).rounded())
    var seen = Set<Int>()
    let kept = evidence.filter { seen.insert($0.start &* 31 &+ $0.end).inserted }.sorted { $0.start < $1.start }
    var said = Set<String>()
    let ordered = advice.filter { $0.gain >= 1 }.sorted { $0.gain > $1.gain }.map(\.text)
      .filter { said.insert($0).inserted }
    return CriterionScore(
      score: value, evidence: Array(kept.prefix(24)),
      penalties: Array(penalties.sorted { $0.start < $1.start }.prefix(30)),
      advice: value >= 100 ? [] : ordered)
  }
}

/// Points for the first, second, third… item, so the tenth keyword earns nothing the third did not.
func diminishing(_ count: Int, _ steps: [Double]) -> Double {
  count <= 0 ? 0 : steps[min(count, steps.count) - 1]
}
