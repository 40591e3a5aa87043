/// Research into the company: for "why us" the facts used and tied to the candidate's reasons,
/// for a closing the questions asked, for pay the market basis of the figure.
struct ResearchJudge {
  let analysis: AnswerAnalysis
  let kind: QuestionKind
  let context: ScoringContext
  let relevance: RelevanceJudge

  func judge() -> CriterionScore {
    switch kind {
    case .salary: return salary().score()
    case .closing: return closing().score()
    default:
      guard context.company != nil || context.facts.hasNotes || !context.facts.isEmpty else {
        return .notScored("No company or research notes given; pass --company NAME or --research FILE.")
      }
      return whyUs().score()
    }
  }

  func whyUs() -> Verdict {
    var verdict = Verdict()
    let keep = analysis.outsideClauses(of: analysis.found(.needOnly, label: "") + analysis.found(.genericPraise, label: ""))
    let named = relevance.companyMentions().filter(keep)
    let byName = named.filter { !["you", "your", "you're", "you've", "here"].contains($0.text.lowercased()) }
    if let first = byName.first ?? named.first {
      verdict.earn(byName.isEmpty ? 8 : 12, [first])
    } else {
      verdict.advise(12, Advice.nameCompany(context.company ?? "the company"))
    }
    let used = relevance.factsUsed().filter { $0.contains(where: keep) }
    let facts = used.flatMap { $0 }
    let signals = analysis.found(.researchSignal, label: "research cue").filter(keep)
    // Without notes, things named beside research cues ("I read about your Leeds office") show homework too.
    let signalSentences = Set(signals.map { analysis.sentence(at: $0.start) })
    let named2 = context.facts.hasNotes ? [] : analysis.specifics().filter {
      signalSentences.contains(analysis.sentence(at: $0.start)) && keep($0)
    }
    let factCount = used.count + min(2, named2.count)
    verdict.earn(diminishing(factCount, [12, 22, 31, 38, 44, 48]), Array(facts.prefix(8)) + Array(named2.prefix(2)))
    if factCount == 0 {
      verdict.advise(30, context.facts.hasNotes ? Advice.noFactsFromNotes : Advice.noFacts)
    } else if factCount < 3 {
      verdict.advise(12, Advice.moreFacts)
    }
    verdict.earn(min(6, Double(signals.count) * 3), Array(signals.prefix(2)))

    let factSentences = Set((facts + named2 + named).map { analysis.sentence(at: $0.start) })
    let reasons = analysis.found(.reason, label: "reason").filter(keep)
    let tied = reasons.filter { factSentences.contains(analysis.sentence(at: $0.start)) || factSentences.contains(analysis.sentence(at: $0.start) - 1) || factSentences.contains(analysis.sentence(at: $0.start) + 1) }
    if !tied.isEmpty {
      verdict.earn(tied.count >= 2 ? 16 : 10, Array(tied.prefix(2)))
    } else if !reasons.isEmpty {
      verdict.earn(5, Array(reasons.prefix(1)))
      verdict.advise(10, Advice.noReason)
    } else {
      verdict.advise(15, Advice.noReason)
    }
    // What the candidate brings: their own experience set beside the role.
    let own = analysis.actions().filter { $0.mood == .done } .map(\.evidence)
      + analysis.found(.career, label: "own experience").filter { item in
        analysis.tokens.contains { $0.start < item.start && $0.sentence == analysis.sentence(at: item.start) && AnswerAnalysis.firstPerson.contains($0.word) }
      }
    if !own.isEmpty && factCount > 0 {
      verdict.earn(12, Array(own.prefix(1)))
    } else if !own.isEmpty {
      verdict.earn(6, Array(own.prefix(1)))
    } else {
      verdict.advise(15, Advice.bringExperience)
    }

    let praise = analysis.found(.genericPraise, label: "generic praise")
    let need = analysis.foundAnywhere(.needOnly, label: "need, not interest")
    verdict.penalties += praise + need
    if !praise.isEmpty {
      verdict.points -= min(20, Double(praise.count) * 8)
      verdict.advise(15, Advice.genericPraise)
    }
    if !need.isEmpty {
      verdict.points -= min(20, Double(need.count) * 10)
      verdict.advise(15, Advice.needOnly)
    }
    if factCount == 0 { verdict.cap(30) }
    return verdict
  }

  func closing() -> Verdict {
    var verdict = Verdict()
    let asked = QuestionsAsked(analysis)
    let work = asked.aboutTheWork.count + asked.joined
    if work > 0 {
      verdict.earn(diminishing(work, [45, 62, 72, 76]), Array(asked.aboutTheWork.prefix(3)))
      if work < 2 { verdict.advise(17, Advice.askMore) }
    } else if !asked.all.isEmpty {
      verdict.earn(25, Array(asked.all.prefix(2)))
      verdict.advise(20, Advice.perksOnly)
    } else {
      verdict.advise(60, Advice.askQuestions)
    }
    let used = relevance.factsUsed()
    let signals = analysis.found(.researchSignal, label: "research cue")
    if !used.isEmpty || !signals.isEmpty, work > 0 {
      verdict.earn(min(24, Double(used.count + signals.count) * 12), Array((used.flatMap { $0 } + signals).prefix(3)))
    } else if work > 0 {
      verdict.advise(12, Advice.researchInQuestion)
    }
    return verdict
  }

  func salary() -> Verdict {
    var verdict = Verdict()
    if let figure = relevance.payFigure() {
      verdict.earn(25, [figure])
    } else {
      verdict.advise(25, Advice.salaryFigure)
    }
    let amounts = analysis.quantities()
    let ranged = amounts.count >= 2 || analysis.tokens.contains { $0.word == "between" } && !amounts.isEmpty
    if ranged { verdict.earn(20, Array(amounts.prefix(2))) } else { verdict.advise(20, Advice.salaryRange) }
    let basis = analysis.found(.salaryBasis, label: "basis") + analysis.found(.researchSignal, label: "basis")
    if basis.isEmpty {
      verdict.advise(30, Advice.salaryBasis)
    } else {
      verdict.earn(min(35, 20 + Double(basis.count - 1) * 8), Array(basis.prefix(3)))
    }
    let open = analysis.found(.flexibility, label: "flexibility")
    if open.isEmpty { verdict.advise(15, Advice.salaryFlexibility) } else { verdict.earn(15, Array(open.prefix(2))) }
    if analysis.scalars.contains("?") { verdict.earn(5) }
    return verdict
  }
}
