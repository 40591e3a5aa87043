/// How the answer comes across: its length for the kind, fillers, hedges, clichés, what it says
/// about other people, boasting, swearing, and saying the same thing again.
struct DeliveryJudge {
  let analysis: AnswerAnalysis
  let rubric: Rubric
  let intent: QuestionIntent

  func judge() -> CriterionScore {
    var verdict = Verdict(points: 100)
    let words = analysis.wordCount
    let band = rubric.length
    if words < band.lowerBound {
      let cost = min(30, Double(band.lowerBound - words) / Double(band.lowerBound) * 35)
      verdict.points -= cost
      if cost >= 5 { verdict.advise(cost, Advice.tooShort(words, band)) }
    } else if words > band.upperBound {
      let cost = min(25, Double(words - band.upperBound) / Double(band.upperBound) * 40)
      verdict.points -= cost
      if cost >= 5 { verdict.advise(cost, Advice.tooLong(words, band)) }
    }

    func charge(_ found: [Evidence], each: Double, cap: Double, _ advice: (String) -> String) {
      guard let first = found.first else { return }
      let cost = min(cap, Double(found.count) * each)
      verdict.points -= cost
      verdict.penalties += found
      verdict.advise(cost, advice(first.text.lowercased()))
    }
    charge(analysis.foundAnywhere(.filler, label: "filler"), each: 5, cap: 20, Advice.fillers)
    charge(analysis.foundAnywhere(.hedge, label: "hedge"), each: 3, cap: 12, Advice.hedges)
    charge(
      analysis.foundAnywhere(.cliche, label: "cliché") + analysis.foundAnywhere(.buzzword, label: "buzzword"),
      each: 6, cap: 30, Advice.cliches)
    charge(analysis.negativity(employerImplied: intent == .leaving), each: 12, cap: 40) { _ in Advice.negativity }
    charge(analysis.profanity, each: 25, cap: 60) { _ in Advice.profanity }
    charge(analysis.boasts, each: 10, cap: 30) { _ in Advice.arrogance }
    charge(analysis.selfDoubt, each: 8, cap: 32) { _ in Advice.selfDoubt }
    for repeated in analysis.repeatedWords().prefix(3) {
      verdict.points -= 5
      verdict.penalties.append(analysis.evidence("repetition", tokens: repeated.first..<(repeated.first + 1)))
      verdict.advise(5, Advice.repetition(repeated.word, repeated.count))
    }
    if analysis.repeatedSentences > 0 {
      let cost = min(45, Double(analysis.repeatedSentences) * 15)
      verdict.points -= cost
      verdict.advise(cost, Advice.repeatedSentences)
    }
    if analysis.sentenceCount > 0, words / analysis.sentenceCount > 40 {
      verdict.points -= 10
      verdict.advise(10, Advice.runOn)
    }
    verdict.evidence = [
      Evidence(
        label: "length: \(words) words (aim for \(band.lowerBound)–\(band.upperBound))",
        text: analysis.text, start: 0, end: analysis.scalars.count)
    ]
    return verdict.score()
  }
}
