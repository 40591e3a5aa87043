/// Scores an answer against the checklist: success story, company research, posting match, delivery.
///
/// Deterministic and explainable: every point comes from words in the answer, returned as
/// evidence, and every shortfall comes with one concrete piece of advice.
public struct Scorer: Sendable {
  let tokenizer: Tokenizer
  let lexicon: Lexicon

  public init(tokenizer: Tokenizer = Tokenizer(), lexicon: Lexicon = .standard) {
    self.tokenizer = tokenizer
    self.lexicon = lexicon
  }

  /// How much each criterion counts for a kind of question, before renormalising.
  public static func weights(for kind: QuestionKind) -> [Criterion: Double] {
    switch kind {
    case .behavioral: [.story: 0.55, .research: 0.05, .match: 0.20, .delivery: 0.20]
    case .situational: [.story: 0.45, .research: 0.05, .match: 0.25, .delivery: 0.25]
    case .motivation: [.story: 0.15, .research: 0.55, .match: 0.10, .delivery: 0.20]
    case .qualification: [.story: 0.35, .research: 0.05, .match: 0.40, .delivery: 0.20]
    case .general: [.story: 0.35, .research: 0.10, .match: 0.25, .delivery: 0.30]
    case .weakness: [.story: 0.45, .research: 0.0, .match: 0.05, .delivery: 0.50]
    case .salary: [.story: 0.10, .research: 0.30, .match: 0.0, .delivery: 0.60]
    case .closing: [.story: 0.0, .research: 0.70, .match: 0.0, .delivery: 0.30]
    }
  }

  /// The words per answer a typed reply should fall within, by kind.
  public static func lengthBand(for kind: QuestionKind) -> ClosedRange<Int> {
    switch kind {
    case .behavioral: 80...350
    case .situational: 80...300
    case .general: 70...300
    case .motivation: 50...250
    case .qualification: 70...300
    case .weakness: 60...260
    case .salary: 15...150
    case .closing: 20...200
    }
  }

  /// Scores one answer.
  /// - Parameters:
  ///   - kind: the question's kind; inferred from its wording when nil.
  ///   - requirement: the posting requirement a posting-driven question probes.
  public func score(
    _ answer: String, question: String, kind: QuestionKind? = nil,
    requirement: String? = nil, context: ScoringContext = .none
  ) -> ScoreCard {
    let kind = kind ?? KindClassifier.kind(of: question)
    let analysis = AnswerAnalysis(answer, tokenizer: tokenizer, lexicon: lexicon)
    var criteria: [Criterion: CriterionScore] = [:]
    var shown: [String] = []
    var claimed: [String] = []
    if analysis.wordCount == 0 {
      for criterion in Criterion.allCases {
        criteria[criterion] = CriterionScore(score: 0, advice: [Advice.noAnswer])
      }
    } else {
      criteria[.story] = story(analysis, kind: kind)
      criteria[.research] = research(analysis, context: context, question: question, kind: kind)
      let match = self.match(
        analysis, context: context,
        requirement: requirement ?? context.requirementNamed(in: question, tokenizer: tokenizer))
      criteria[.match] = match.score
      shown = match.shown
      claimed = match.claimed
      criteria[.delivery] = delivery(analysis, kind: kind)
    }
    if context.company == nil, !context.hasResearchNotes, kind == .motivation || kind == .closing,
      let inferred = Self.companyNamed(in: question)
    {
      criteria[.research] = research(
        analysis, context: ScoringContext(posting: context.posting, company: inferred), question: question,
        kind: kind)
    }
    // A criterion that carries no weight for this kind would only give advice that does not apply.
    for (criterion, weight) in Self.weights(for: kind) where weight == 0 && analysis.wordCount > 0 {
      criteria[criterion] = .notScored("Not weighed for a \(kind.rawValue) question.")
    }
    var weights = Self.weights(for: kind).filter { criteria[$0.key]?.score != nil && $0.value > 0 }
    let total = weights.values.reduce(0, +)
    if total > 0 { for key in weights.keys { weights[key] = (weights[key] ?? 0) / total } }
    let overall = weights.reduce(0.0) { sum, entry in
      sum + entry.value * Double(criteria[entry.key]?.score ?? 0)
    }
    return ScoreCard(
      overall: Int(overall.rounded()), kind: kind, criteria: criteria,
      weights: weights.mapValues { ($0 * 100).rounded() / 100 }, wordCount: analysis.wordCount,
      requirementsShown: shown, requirementsClaimed: claimed)
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

  // MARK: - Success story

  func story(_ analysis: AnswerAnalysis, kind: QuestionKind) -> CriterionScore {
    var points = 0.0
    var evidence: [Evidence] = []
    var advice: [(Double, String)] = []

    let early = { (item: Evidence) in Double(item.start) <= Double(analysis.scalars.count) * 0.6 }
    let situation = (analysis.found(lexicon.context, label: "situation")
      + analysis.found(lexicon.problems, label: "situation")).filter(early)
    if !situation.isEmpty {
      points += 15
      evidence += situation.sorted { $0.start < $1.start }.prefix(2)
    } else {
      advice.append((15, Advice.situation))
    }

    let goals = analysis.found(lexicon.goals, label: "task")
    if let goal = goals.first {
      points += 10
      evidence.append(goal)
    } else if !situation.isEmpty {
      points += 5
      advice.append((5, Advice.task))
    } else {
      advice.append((10, Advice.task))
    }

    var actions = analysis.selfActions
    let weActions = analysis.teamActions
    if actions.isEmpty && (kind == .situational || kind == .weakness || kind == .general) {
      actions = analysis.plannedActions()
      if !actions.isEmpty { advice.append((8, Advice.planOnly)) }
    }
    // Vague verbs ("I looked at it", "I helped") count for half a concrete one.
    let concrete = Set(actions.filter { !isVague($0.text) }.map { $0.text.lowercased() }).count
    let vague = Set(actions.filter { isVague($0.text) }.map { $0.text.lowercased() }).count
    let distinct = concrete + (vague + 1) / 2
    let actionPoints: Double = [0, 18, 26, 32, 35][min(distinct, 4)]
    if distinct > 0 {
      points += actionPoints
      evidence += actions
      if weActions.count > actions.count * 2 {
        points -= 6
        advice.append((6, Advice.weOnly))
      } else if distinct < 3 {
        advice.append((35 - actionPoints, Advice.fewActions))
      }
    } else if !weActions.isEmpty {
      points += 10
      evidence += weActions.map { Evidence(label: "team action", text: $0.text, start: $0.start, end: $0.end) }
      advice.append((25, Advice.weOnly))
    } else {
      advice.append((35, Advice.noAction))
    }

    let outcomes = analysis.found(lexicon.outcomes, label: "result").filter {
      Double($0.start) >= Double(analysis.scalars.count) * 0.25 || analysis.sentenceCount <= 2
    }
    let quantities = analysis.quantityEvidence
    let resultSentences = Set(outcomes.map { analysis.sentence(at: $0.start) })
    let lateStart = Double(analysis.scalars.count) * 0.5
    let quantified = quantities.filter { item in
      resultSentences.contains(analysis.sentence(at: item.start)) || Double(item.start) >= lateStart
    }
    if !outcomes.isEmpty {
      points += 15
      evidence += outcomes.prefix(3)
      if !quantified.isEmpty {
        points += 10
        evidence += quantified.prefix(3)
      } else {
        advice.append((10, Advice.unquantifiedResult))
      }
    } else if !quantified.isEmpty {
      points += 12
      evidence += quantified.prefix(3).map { Evidence(label: "result", text: $0.text, start: $0.start, end: $0.end) }
      advice.append((13, Advice.noResult))
    } else {
      advice.append((25, Advice.noResult))
    }

    let counted = Set(evidence.map(\.start))
    let specifics = analysis.specificEvidence + quantities.filter { !counted.contains($0.start) }
    let distinctSpecifics = Set(specifics.map { $0.text.lowercased() }).count
    let specificPoints: Double = [0, 6, 11, 15][min(distinctSpecifics, 3)]
    points += specificPoints
    evidence += specifics.prefix(4)
    if distinctSpecifics < 2 { advice.append((15 - specificPoints, Advice.fewSpecifics)) }

    // A story with no names, numbers or timeframes is not yet a concrete success story.
    if distinctSpecifics == 0 && quantities.isEmpty && kind != .salary {
      points = min(points, 50)
    }
    return CriterionScore(
      score: clamp(points), evidence: dedupe(evidence),
      advice: advice.sorted { $0.0 > $1.0 }.map(\.1))
  }

  static let vagueVerbs: Set<String> = [
    "looked", "helped", "handled", "dealt", "worked", "made", "talked", "sorted", "went", "got",
    "tried", "did", "managed", "supported", "assisted", "contributed", "participated", "involved",
    "focused", "ensured", "engaged", "stayed", "kept", "put",
  ]

  private func isVague(_ action: String) -> Bool {
    guard let verb = action.split(separator: " ").last?.lowercased() else { return false }
    return Self.vagueVerbs.contains(verb)
  }

  // MARK: - Company research

  func research(
    _ analysis: AnswerAnalysis, context: ScoringContext, question: String, kind: QuestionKind
  ) -> CriterionScore {
    // Pay is researched in the market, not in the company's notes: judge it from the answer.
    if kind == .salary { return salaryResearch(analysis) }
    // A closing answer's research is the questions it asks, which need no company to judge.
    guard kind == .closing || context.company != nil || context.hasResearchNotes
      || !(context.posting?.values.isEmpty ?? true)
    else {
      return .notScored("No company or research notes given; pass --company NAME or --research FILE.")
    }
    var points = 0.0
    var evidence: [Evidence] = []
    var advice: [(Double, String)] = []
    let tokens = analysis.tokens

    var companySentences = Set<Int>()
    if !context.companyWords.isEmpty {
      let words = context.companyWords
      for index in tokens.indices where index + words.count <= tokens.count {
        if (0..<words.count).allSatisfy({ tokens[index + $0].word == words[$0] || tokens[index + $0].word == words[$0] + "'s" }) {
          evidence.append(analysis.evidence("company named", tokens: index..<(index + words.count)))
          companySentences.insert(tokens[index].sentence)
        }
      }
      if evidence.isEmpty {
        advice.append((20, Advice.nameCompany(context.company ?? "the company")))
      } else {
        points += 20
      }
    }

    var facts: [Evidence] = []
    var seen = Set<String>()
    if !context.factStems.isEmpty {
      var index = 0
      while index < tokens.count {
        if index + 1 < tokens.count, tokens[index + 1].sentence == tokens[index].sentence,
          context.factStems.contains(tokens[index].stem),
          context.factStems.contains(tokens[index + 1].stem),
          context.factPairs.contains(tokens[index].stem + " " + tokens[index + 1].stem)
        {
          if seen.insert(tokens[index].stem + " " + tokens[index + 1].stem).inserted {
            facts.append(analysis.evidence("research fact", tokens: index..<(index + 2)))
          }
          index += 2
          continue
        }
        if context.factStems.contains(tokens[index].stem), seen.insert(tokens[index].stem).inserted {
          facts.append(analysis.evidence("research fact", tokens: index..<(index + 1)))
        }
        index += 1
      }
    }
    let companyStarts = Set(evidence.map(\.start))
    // Without notes, specifics next to research cues ("I read", "your mission") still show homework.
    let signals = analysis.found(lexicon.researchSignals, label: "research cue")
    let signalSentences = Set(signals.map { analysis.sentence(at: $0.start) })
    let namedThings = (analysis.specificEvidence + analysis.quantityEvidence).filter { item in
      let sentence = analysis.sentence(at: item.start)
      let isCompany = companyStarts.contains(item.start)
      return !isCompany && (signalSentences.contains(sentence) || companySentences.contains(sentence))
    }
    // Quoting the company's own words ("no surprises for patients") shows the homework too.
    let quoted = quotations(analysis).filter { quote in !facts.contains { $0.start >= quote.start && $0.end <= quote.end } }
    let factPoints = min(
      45.0, Double(facts.count) * 9 + Double(namedThings.count) * 6 + Double(quoted.count) * 12)
    evidence += quoted.prefix(2)
    points += factPoints
    evidence += facts.prefix(6) + namedThings.prefix(3)
    points += min(15, Double(signals.count) * 5)
    evidence += signals.prefix(3)
    let hasFacts = !facts.isEmpty || !namedThings.isEmpty || !quoted.isEmpty
    if !hasFacts {
      advice.append((40, context.hasResearchNotes ? Advice.noFactsFromNotes : Advice.noFacts))
    }

    let reasons = analysis.found(lexicon.reasons, label: "reason")
    let factSentences = Set((facts + namedThings).map { analysis.sentence(at: $0.start) })
      .union(companySentences)
    let tied = reasons.filter { item in
      let sentence = analysis.sentence(at: item.start)
      return factSentences.contains(sentence) || factSentences.contains(sentence - 1)
    }
    if !tied.isEmpty {
      points += 25
      evidence += tied.prefix(2)
    } else if !reasons.isEmpty {
      points += 10
      evidence += reasons.prefix(1)
      advice.append((15, Advice.noReason))
    } else {
      advice.append((25, Advice.noReason))
    }

    if kind == .closing {
      // The candidate's own questions are the research here; no "because" is owed.
      let questions = thoughtfulQuestions(analysis)
      let asked = questions.reduce(0) { $0 + 1 + Self.joinedQuestions(in: $1.text) }
      points = min(points, 40) + min(60, Double(asked) * 20)
      evidence += questions.prefix(3)
      advice.removeAll { $0.1 == Advice.noReason }
      if let index = advice.firstIndex(where: { $0.1 == Advice.noFacts || $0.1 == Advice.noFactsFromNotes }) {
        advice[index].1 = Advice.researchInQuestion
      }
      if asked == 0 { advice.append((60, Advice.askQuestions)) }
    }

    let praise = analysis.found(lexicon.genericPraise, label: "generic praise")
    if !praise.isEmpty {
      points -= min(20, Double(praise.count) * 8)
      if !hasFacts { points = min(points, 30) }
      advice.append((30, Advice.genericPraise))
    }
    if advice.isEmpty && points < 70 { advice.append((1, Advice.moreFacts)) }
    return CriterionScore(
      score: clamp(points), evidence: dedupe(evidence), penalties: Array(praise.prefix(30)),
      advice: advice.sorted { $0.0 > $1.0 }.map(\.1))
  }

  /// A pay answer shows research when it gives a basis, a range, and room to talk.
  func salaryResearch(_ analysis: AnswerAnalysis) -> CriterionScore {
    var points = 0.0
    var evidence: [Evidence] = []
    var advice: [(Double, String)] = []
    let basis = analysis.found(lexicon.researchSignals, label: "basis")
      + analysis.found(lexicon.salaryBasis, label: "basis")
    if basis.isEmpty {
      advice.append((40, Advice.salaryBasis))
    } else {
      points += min(40, Double(basis.count) * 20)
      evidence += basis.prefix(3)
    }
    let amounts = analysis.quantityEvidence
    let ranged = amounts.count >= 2 || analysis.tokens.contains { $0.word == "between" } && !amounts.isEmpty
    if ranged {
      points += 30
      evidence += amounts.prefix(2)
    } else {
      advice.append((30, Advice.salaryRange))
    }
    let open = analysis.found(lexicon.flexibility, label: "flexibility")
    if open.isEmpty {
      advice.append((30, Advice.salaryFlexibility))
    } else {
      points += 30
      evidence += open.prefix(2)
    }
    return CriterionScore(
      score: clamp(points), evidence: dedupe(evidence), advice: advice.sorted { $0.0 > $1.0 }.map(\.1))
  }

  /// Words in quotation marks, two to twelve words long.
  func quotations(_ analysis: AnswerAnalysis) -> [Evidence] {
    var found: [Evidence] = []
    var open: Int?
    for (index, scalar) in analysis.scalars.enumerated() {
      switch scalar {
      case "\u{201C}": open = index + 1
      case "\u{201D}":
        if let start = open { found.append(quote(analysis, start, index)) }
        open = nil
      case "\"":
        if let start = open {
          found.append(quote(analysis, start, index))
          open = nil
        } else {
          open = index + 1
        }
      default: break
      }
    }
    return found.filter { (2...12).contains($0.text.split(separator: " ").count) }
  }

  private func quote(_ analysis: AnswerAnalysis, _ start: Int, _ end: Int) -> Evidence {
    Evidence(label: "quoted from the company", text: analysis.slice(start, end), start: start, end: end)
  }

  /// Questions the candidate asks that are about the work, not the perks.
  func thoughtfulQuestions(_ analysis: AnswerAnalysis) -> [Evidence] {
    var found: [Evidence] = []
    var start = 0
    for (index, scalar) in analysis.scalars.enumerated() {
      if scalar == "." || scalar == "!" || scalar == "\n" { start = index + 1 }
      guard scalar == "?" else { continue }
      let sentence = analysis.slice(start, index + 1)
      let trimmed = sentence.drop { $0 == " " || $0 == "\n" }
      let offset = start + (sentence.unicodeScalars.count - trimmed.unicodeScalars.count)
      let lower = trimmed.lowercased()
      if !Self.perkWords.contains(where: lower.contains), trimmed.split(separator: " ").count >= 4 {
        found.append(Evidence(label: "question asked", text: String(trimmed), start: offset, end: index + 1))
      }
      start = index + 1
    }
    return found
  }

  /// Extra questions joined into one sentence: "…first, and what would success look like…?"
  static func joinedQuestions(in sentence: String) -> Int {
    let lower = sentence.lowercased()
    return ["and what ", "and how ", "and who ", "and when ", "and where ", "and why ", "and which ",
      "also, what ", "also, how "].reduce(0) { $0 + lower.components(separatedBy: $1).count - 1 }
  }

  static let perkWords = [
    "holiday", "vacation", "pay rise", "salary", "bonus", "work from home every", "time off",
    "how much", "perks", "leave early", "days off",
  ]

  // MARK: - Posting match

  func match(
    _ analysis: AnswerAnalysis, context: ScoringContext, requirement target: String?
  ) -> (score: CriterionScore, shown: [String], claimed: [String]) {
    guard !context.requirements.isEmpty else {
      return (.notScored("No job posting given; pass --posting FILE to score the match."), [], [])
    }
    let tokens = analysis.tokens
    // Sentences that carry proof: an action of the speaker, a number, an example or an outcome.
    var provenSentences = Set<Int>()
    for item in analysis.selfActions + analysis.quantityEvidence + analysis.found(lexicon.evidenceMarkers, label: "")
      + analysis.found(lexicon.outcomes, label: "")
    {
      provenSentences.insert(analysis.sentence(at: item.start))
    }
    var points = 0.0
    var evidence: [Evidence] = []
    var shown: [String] = []
    var claimed: [String] = []
    for matcher in context.requirements {
      var hits: [Int] = []
      var matchedStems = Set<String>()
      var pairHit = false
      for stem in matcher.stems {
        guard let positions = analysis.stemPositions[stem] else { continue }
        hits += positions
        matchedStems.insert(stem)
      }
      for pair in matcher.pairs {
        for index in analysis.stemPositions[pair.first] ?? [] {
          if index + 1 < tokens.count, tokens[index + 1].stem == pair.second {
            pairHit = true
            hits += [index, index + 1]
            matchedStems.insert(pair.first)
            matchedStems.insert(pair.second)
          }
        }
      }
      guard !matcher.stems.isEmpty, !hits.isEmpty else { continue }
      let coverage = Double(matchedStems.count) / Double(matcher.stems.count)
      let needed = matcher.stems.count <= 2 ? 1 : 2
      guard pairHit || matchedStems.count >= needed || coverage >= 0.5 else { continue }
      let isTarget = target.map { $0 == matcher.requirement.text } ?? false
      let proven = hits.contains { provenSentences.contains(tokens[$0].sentence) }
      let weight: Double = matcher.requirement.level == .must ? 1 : 0.6
      if proven {
        shown.append(matcher.requirement.text)
        points += (isTarget ? 70 : 35) * weight
      } else {
        claimed.append(matcher.requirement.text)
        points += (isTarget ? 30 : 12) * weight
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
    var advice: [String] = []
    if let claim = claimed.first { advice.append(Advice.showClaimed(claim)) }
    let targetMissing = target.map { target in !shown.contains(target) && !claimed.contains(target) } ?? false
    if targetMissing, let target { advice.insert(Advice.bringOut(target), at: 0) }
    if let missing = context.requirements.first(where: {
      $0.requirement.level == .must && !shown.contains($0.requirement.text) && !claimed.contains($0.requirement.text)
    }), advice.isEmpty || points < 70 {
      advice.append(Advice.bringOut(missing.requirement.text))
    }
    return (CriterionScore(score: clamp(points), evidence: dedupe(evidence), advice: advice), shown, claimed)
  }

  // MARK: - Delivery

  func delivery(_ analysis: AnswerAnalysis, kind: QuestionKind) -> CriterionScore {
    var points = 100.0
    var penalties: [Evidence] = []
    var advice: [(Double, String)] = []
    let words = analysis.wordCount
    let band = Self.lengthBand(for: kind)
    if words < band.lowerBound {
      let cost = min(45, Double(band.lowerBound - words) / Double(band.lowerBound) * 55)
      points -= cost
      advice.append((cost, Advice.tooShort(words, band)))
    } else if words > band.upperBound {
      let cost = min(30, Double(words - band.upperBound) / Double(band.upperBound) * 40)
      points -= cost
      advice.append((cost, Advice.tooLong(words, band)))
    }

    func charge(_ found: [Evidence], each: Double, cap: Double, advise: (String) -> String) {
      guard let first = found.first else { return }
      let cost = min(cap, Double(found.count) * each)
      points -= cost
      penalties += found
      advice.append((cost, advise(first.text.lowercased())))
    }
    charge(analysis.found(lexicon.fillers, label: "filler"), each: 5, cap: 25, advise: Advice.fillers)
    charge(analysis.found(lexicon.hedges, label: "hedge"), each: 3, cap: 15, advise: Advice.hedges)
    charge(
      analysis.found(lexicon.cliches, label: "cliché") + analysis.found(lexicon.genericPraise, label: "cliché"),
      each: 6, cap: 24, advise: Advice.cliches)
    charge(analysis.negativity(), each: 15, cap: 45) { _ in Advice.negativity }
    charge(analysis.found(lexicon.arrogance, label: "boast or denial"), each: 12, cap: 30) { _ in Advice.arrogance }

    for repeated in analysis.repeatedWords().prefix(3) {
      points -= 5
      penalties.append(analysis.evidence("repetition", tokens: repeated.first..<(repeated.first + 1)))
      advice.append((5, Advice.repetition(repeated.word, repeated.count)))
    }
    if kind == .closing {
      let asked = thoughtfulQuestions(analysis)
      if asked.isEmpty {
        let anyQuestion = analysis.scalars.contains("?")
        let cost = anyQuestion ? 20.0 : 35.0
        points -= cost
        advice.append((cost, anyQuestion ? Advice.perksOnly : Advice.askQuestions))
      }
    }
    if analysis.sentenceCount > 0, words / analysis.sentenceCount > 40 {
      points -= 10
      advice.append((10, Advice.runOn))
    }
    let length = Evidence(
      label: "length: \(words) words (aim for \(band.lowerBound)–\(band.upperBound))",
      text: analysis.text, start: 0, end: analysis.scalars.count)
    return CriterionScore(
      score: clamp(points), evidence: [length],
      penalties: Array(penalties.sorted { $0.start < $1.start }.prefix(30)),
      advice: advice.sorted { $0.0 > $1.0 }.map(\.1))
  }

  // MARK: - Helpers

  private func clamp(_ value: Double) -> Int { Int(max(0, min(100, value)).rounded()) }

  /// Distinct evidence in reading order, at most 24 items: enough to explain, not a copy of a pasted essay.
  private func dedupe(_ evidence: [Evidence]) -> [Evidence] {
    var seen = Set<Int>()
    return Array(
      evidence.filter { seen.insert($0.start &* 31 &+ $0.end).inserted }.sorted { $0.start < $1.start }
        .prefix(24))
  }
}
