/// Whether an answer answers the question asked, judged before any criterion.
public struct Relevance: Codable, Equatable, Sendable {
  /// False when the answer is about something else, or lacks what this question must be answered with.
  public var answersQuestion: Bool
  /// What the question asks for.
  public var intent: QuestionIntent
  /// The words that show the answer is on the question.
  public var evidence: [Evidence]
  /// What the question asked for that the answer never gives, in plain words.
  public var missing: String?

  public init(answersQuestion: Bool, intent: QuestionIntent, evidence: [Evidence] = [], missing: String? = nil) {
    self.answersQuestion = answersQuestion
    self.intent = intent
    self.evidence = evidence
    self.missing = missing
  }
}

/// Decides relevance from the question's topics and its intent's must-have.
struct RelevanceJudge {
  let analysis: AnswerAnalysis
  let intent: QuestionIntent
  let topics: [QuestionTopic]
  let context: ScoringContext
  let research: ResearchFacts

  func judge() -> Relevance {
    var evidence: [Evidence] = []
    // The question's subject first: a disagreement, a failure, a customer…
    for topic in topics {
      let personal = Set(analysis.tokens.filter { AnswerAnalysis.speakerWords.contains($0.word) }.map(\.sentence))
      var shown = topic.shown.matches(in: analysis.tokens).filter(analysis.isSubstantive)
      // A personal topic needs the speaker in it, or more than a passing mention.
      let own = shown.filter { personal.contains(analysis.tokens[$0.tokens.lowerBound].sentence) }
      if topic.personal && own.isEmpty && shown.count < 2 { shown = [] }
      guard let first = shown.first else {
        return Relevance(answersQuestion: false, intent: intent, missing: topic.missing)
      }
      evidence.append(analysis.evidence("on the question", tokens: first.tokens))
    }
    // "I can't think of one", "I don't make mistakes": the premise denied, the question unanswered.
    if intent == .episode || intent == .weakness, !analysis.foundAnywhere(.denial, label: "").isEmpty {
      return Relevance(
        answersQuestion: false, intent: intent, evidence: evidence,
        missing: intent == .weakness ? "a real weakness: everyone has one" : "a real example: saying it never happens is not an answer")
    }
    if let missing = mustHaveMissing(&evidence) {
      return Relevance(answersQuestion: false, intent: intent, evidence: evidence, missing: missing)
    }
    return Relevance(answersQuestion: true, intent: intent, evidence: evidence)
  }

  /// The intent's must-have, or what is missing of it.
  private func mustHaveMissing(_ evidence: inout [Evidence]) -> String? {
    let found = { (signal: Signal) in analysis.found(signal, label: "on the question") }
    switch intent {
    case .episode:
      let done = analysis.actions().filter { $0.mood == .done }
      let team = analysis.actions(plural: true).filter { $0.mood == .done }
      let planned = analysis.actions().filter { $0.mood == .planned }
      // A story told in the past tense is an episode even where its "I" is hard to pin to a verb.
      let pastVerbs = analysis.tokens.indices.filter { analysis.substantive[$0] && analysis.isPastForm($0) }
      let speaks = analysis.tokens.contains { AnswerAnalysis.speakerWords.contains($0.word) }
      if done.isEmpty && team.isEmpty && speaks && pastVerbs.count >= 3 && planned.count < pastVerbs.count {
        evidence.append(analysis.evidence("on the question", tokens: pastVerbs[0]..<(pastVerbs[0] + 1)))
        break
      }
      if done.isEmpty && team.isEmpty {
        return planned.isEmpty
          ? "a real time it happened, and what you did"
          : "a real time you did it: you said what you would do, not what you did"
      }
      if planned.count > 2 * (done.count + team.count) {
        return "a real time you did it: most of the answer is what you would do"
      }
      evidence += (done + team).prefix(1).map(\.evidence)
    case .weakness:
      let admitted = found(.weaknessAdmission)
      let disguised = analysis.foundAnywhere(.humblebrag, label: "")
      if admitted.isEmpty || disguised.count >= admitted.count {
        return disguised.isEmpty
          ? "a weakness: name one real thing you are working on"
          : "a real weakness: '\(disguised[0].text)' is a strength in disguise"
      }
      evidence += admitted.prefix(1)
    case .leaving:
      let reasons = found(.movingOn) + found(.neutralExit)
      if reasons.isEmpty { return "your reason for moving on, said positively" }
      evidence += reasons.prefix(1)
    case .aboutYou:
      let career = found(.career)
      if career.isEmpty { return "your working life: what you do now, what you have done, and why this role" }
      evidence += career.prefix(1)
    case .salary:
      guard let figure = payFigure() else { return "a figure: the range you are looking for, and what it is based on" }
      evidence.append(figure)
    case .closing:
      let questions = QuestionsAsked(analysis).all
      if questions.isEmpty { return "questions of your own about the role, the team or the work" }
      evidence += questions.prefix(1)
    case .whyUs:
      let keep = analysis.outsideClauses(of: analysis.found(.needOnly, label: "") + analysis.found(.genericPraise, label: ""))
      let tied = factsUsed().filter { $0.contains(where: keep) }.flatMap { $0 }
      let named = companyMentions().filter(keep)
      let reasons = found(.reason).filter(keep)
      if context.company != nil || research.hasNotes {
        let specific = analysis.specifics().filter { item in
          keep(item) && !context.companyWords.contains(item.text.lowercased().split(separator: " ").first.map(String.init) ?? "")
        }
        if tied.isEmpty && (named.isEmpty || reasons.isEmpty || research.hasNotes || specific.isEmpty) {
          return "reasons tied to \(context.company ?? "this company") and this role, not any job"
        }
        evidence += (tied + named).prefix(1)
      } else if reasons.isEmpty && analysis.substantiveWordCount < 8 || !analysis.found(.needOnly, label: "").isEmpty && reasons.isEmpty {
        return "a reason for wanting this job, not just any job"
      }
    case .strengths:
      let onlyNeed = !analysis.found(.needOnly, label: "").isEmpty && analysis.actions().isEmpty
        && analysis.found(.career, label: "").isEmpty
      if onlyNeed { return "a strength you would bring, and an example of it" }
    case .plan, .drivers, .qualification, .general:
      break
    }
    return nil
  }

  /// "£42,000 to £46,000", "£48k": a figure in a sentence about pay, or an answer that is little more than one.
  func payFigure() -> Evidence? {
    let payWords = analysis.sentences(with: .payWord)
    let money = analysis.quantities().filter { item in
      let sentence = analysis.sentence(at: item.start)
      let isMoney = item.text.first.map { "$£€".contains($0) } ?? false
        || item.text.lowercased().hasSuffix("k")
      return payWords.contains(sentence) && (isMoney || item.text.contains(",")) || isMoney && analysis.wordCount <= 12
    }
    if let first = money.first { return first }
    // "Within the band you advertised": a deferral to a published range still answers.
    return analysis.found(.salaryBasis, label: "on the question").first { item in
      payWords.contains(analysis.sentence(at: item.start)) && analysis.wordCount <= 60
    }
  }

  /// The research facts the answer uses where it talks about the company.
  func factsUsed() -> [[Evidence]] {
    var about = Set(companyMentions().map { analysis.sentence(at: $0.start) })
    about.formUnion(analysis.sentences(with: .researchSignal))
    about.formUnion(about.map { $0 + 1 })
    return research.used(in: analysis, aboutCompany: about)
  }

  /// Where the company is named, or addressed as "you" and "your".
  func companyMentions() -> [Evidence] {
    var found: [Evidence] = []
    let words = context.companyWords
    let tokens = analysis.tokens
    if !words.isEmpty {
      for index in tokens.indices where index + words.count <= tokens.count && analysis.substantive[index] {
        if (0..<words.count).allSatisfy({ tokens[index + $0].word == words[$0] || tokens[index + $0].word == words[$0] + "'s" }) {
          found.append(analysis.evidence("company named", tokens: index..<(index + words.count)))
        }
      }
    }
    for index in tokens.indices
    where analysis.substantive[index] && ["you", "your", "you're", "you've", "here", "they", "their"].contains(tokens[index].word) {
      found.append(analysis.evidence("company named", tokens: index..<(index + 1)))
    }
    return found
  }
}
