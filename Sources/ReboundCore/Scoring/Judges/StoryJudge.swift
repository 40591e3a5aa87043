/// The substance of an answer: for a "tell me about a time" question a success story, for a
/// weakness the weakness and what is done about it, for "why are you leaving" a reason that looks
/// forward, for "tell me about yourself" a present, a proof and a direction.
struct StoryJudge {
  let analysis: AnswerAnalysis
  let intent: QuestionIntent

  func judge() -> CriterionScore {
    switch intent {
    case .drivers: return drivers().score()
    case .whyUs: return experience().score()
    case .weakness: return weakness().score()
    case .leaving: return leaving().score()
    case .aboutYou: return aboutYou().score()
    default: return story().score()
    }
  }

  // MARK: The parts every story is made of

  var ownActions: [AnswerAnalysis.Action] {
    let all = analysis.actions()
    return intent == .plan || intent == .drivers || intent == .strengths || intent == .qualification
      ? all.filter { $0.mood != .claimed } : all.filter { $0.mood == .done }
  }

  var teamActions: [AnswerAnalysis.Action] { analysis.actions(plural: true).filter { $0.mood == .done } }

  /// Distinct concrete steps, with vague ones ("I handled it", "I helped") at half.
  func actionWeight(_ actions: [AnswerAnalysis.Action]) -> Double {
    let concrete = Set(actions.filter { !$0.isVague }.map(\.lemma)).count
    let vague = Set(actions.filter(\.isVague).map(\.lemma)).count
    return Double(concrete) + Double(vague) / 2
  }

  var situation: [Evidence] {
    let found = (analysis.found(.context, label: "situation") + analysis.found(.problem, label: "situation") + yearAnchors)
      .filter { analysis.position($0.start) <= 0.6 }.sorted { $0.start < $1.start }
    if !found.isEmpty || analysis.sentenceCount < 3 { return found }
    // "Hospital pharmacy, 2023.": an opening sentence that names the place or the time sets the scene.
    let opening = analysis.specifics().filter { analysis.sentence(at: $0.start) == 0 }
      + analysis.quantities().filter { analysis.sentence(at: $0.start) == 0 }
    return opening.prefix(1).map { Evidence(label: "situation", text: $0.text, start: $0.start, end: $0.end) }
  }

  /// "In 2023", "back in 2019": a year named as when it happened sets the scene.
  var yearAnchors: [Evidence] {
    let tokens = analysis.tokens
    return tokens.indices.dropFirst().compactMap { index in
      let token = tokens[index]
      guard token.isNumeral, token.word.count == 4, let year = Int(token.word), (1950...2099).contains(year),
        ["in", "during"].contains(tokens[index - 1].word), analysis.substantive[index]
      else { return nil }
      return analysis.evidence("situation", tokens: (index - 1)..<(index + 1))
    }
  }

  var outcomes: [Evidence] {
    // A result comes after the steps that led to it; before them it is part of the scene.
    let firstStep = analysis.actions().first { $0.mood == .done }?.evidence.start ?? 0
    let found = analysis.matches(.outcome).filter { analysis.isSubstantive($0) && !isPurpose($0) }
      .map { analysis.evidence("result", tokens: $0.tokens) }.filter {
        (analysis.position($0.start) >= 0.3 || analysis.sentenceCount <= 2) && $0.start >= firstStep
      }
    if !found.isEmpty { return found }
    // "Six weeks later the backlog was under 20.": a figure after the last step is where it ended up.
    guard let lastStep = analysis.actions().filter({ $0.mood == .done }).last else { return [] }
    let after = analysis.sentence(at: lastStep.evidence.start)
    return analysis.quantities().filter { analysis.sentence(at: $0.start) > after }.prefix(1)
      .map { Evidence(label: "result", text: $0.text, start: $0.start, end: $0.end) }
  }

  /// "I met them to agree which measures mattered", "to cut costs": a verb after "to" is what
  /// the step was for, not what came of it, unless the step was getting there ("I managed to cut").
  func isPurpose(_ match: PhraseMatch) -> Bool {
    let first = match.tokens.lowerBound
    let tokens = analysis.tokens
    guard first >= 1, tokens[first - 1].word == "to", analysis.verbLemma(tokens[first].word) == tokens[first].word
    else { return false }
    let before = first >= 2 ? analysis.verbLemma(tokens[first - 2].word) ?? tokens[first - 2].word : ""
    return !Self.achieving.contains(before)
  }

  /// Verbs that make the next one an achievement: "managed to cut", "helped to reduce".
  static let achieving: Set<String> = ["manage", "help", "able", "succeed", "go", "continue", "start", "begin"]

  /// Numbers that measure what changed: in a sentence with an outcome, or in the closing part.
  func quantifiedOutcomes(_ outcomes: [Evidence]) -> [Evidence] {
    let resultSentences = Set(outcomes.map { analysis.sentence(at: $0.start) })
    return analysis.quantities().filter {
      resultSentences.contains(analysis.sentence(at: $0.start))
    }.map { Evidence(label: "measured result", text: $0.text, start: $0.start, end: $0.end) }
  }

  var reflections: [Evidence] {
    analysis.found(.reflection, label: "lasting change").filter { analysis.position($0.start) >= 0.4 }
  }

  /// Specifics that are not the verbs of the speaker's own steps.
  func specifics(excluding actions: [AnswerAnalysis.Action]) -> [Evidence] {
    let verbEnds = Set(actions.map(\.evidence.end))
    return analysis.specifics().filter { !verbEnds.contains($0.end) }
  }

  // MARK: A story

  func story() -> Verdict {
    var verdict = Verdict()
    let situation = self.situation
    if situation.isEmpty {
      verdict.advise(8, Advice.situation)
    } else {
      verdict.earn(8, Array(situation.prefix(2)))
    }
    let goals = analysis.found(.goal, label: "task")
    if let goal = goals.first {
      verdict.earn(4, [goal])
    } else if !situation.isEmpty {
      verdict.earn(2)
    }

    let actions = ownActions
    let team = teamActions
    let weight = actionWeight(actions)
    let actionPoints = Self.actionPoints(weight)
    if weight > 0 {
      verdict.earn(actionPoints, actions.map(\.evidence))
      if weight < 3 {
        verdict.advise(
          Self.actionPoints(3) - actionPoints, actions.allSatisfy(\.isVague) ? Advice.vagueActions : Advice.fewActions)
      }
    } else if !team.isEmpty {
      verdict.earn(4, team.map { Evidence(label: "team action", text: $0.evidence.text, start: $0.evidence.start, end: $0.evidence.end) })
      verdict.advise(18, Advice.weOnly)
    } else {
      verdict.advise(20, intent == .plan ? Advice.noPlan : Advice.noAction)
    }
    if intent == .plan {
      let past = analysis.actions().filter { $0.mood == .done }
      if actionWeight(past) >= 2 { verdict.earn(8, past.prefix(2).map(\.evidence)) } else { verdict.advise(8, Advice.planOnly) }
    }
    if weight > 0, weight < 2, actionWeight(team) >= 3 { verdict.advise(10, Advice.weOnly) }

    let outcomes = self.outcomes
    let measured = quantifiedOutcomes(outcomes)
    if !outcomes.isEmpty {
      verdict.earn(10, Array(outcomes.prefix(3)))
      if measured.isEmpty {
        verdict.advise(8, Advice.unquantifiedResult)
      } else {
        verdict.earn(8, Array(measured.prefix(3)))
      }
    } else {
      verdict.advise(18, Advice.noResult)
    }

    // Detail: names, rare words and numbers, each counted once; the more, the more checkable.
    let specifics = self.specifics(excluding: actions)
    let numbers = analysis.quantities().filter { item in !measured.contains { $0.start == item.start } }
    let detail = specifics.count + Set(numbers.map(\.text)).count + measured.count
    verdict.earn(min(30, Double(detail) * 2), Array(specifics.prefix(6)) + Array(numbers.prefix(3)))
    if detail < 5 { verdict.advise(10 - Double(detail) * 2, Advice.fewSpecifics) }

    // A lasting change or an insight: what an excellent answer ends on.
    let reflections = self.reflections
    let steps = actions + team
    let concrete = reflections.contains { item in
      let sentence = analysis.sentence(at: item.start)
      return steps.contains { analysis.sentence(at: $0.evidence.start) == sentence && !$0.isVague }
        || outcomes.contains { analysis.sentence(at: $0.start) == sentence }
    }
    if !reflections.isEmpty {
      verdict.earn(concrete ? 14 : 5, Array(reflections.prefix(2)))
    }
    if !concrete && weight >= 2 && !outcomes.isEmpty {
      verdict.advise(9, Advice.lesson)
    }

    // A story nobody could check is not yet a success story, however it is laid out.
    if detail == 0 { verdict.cap(30) } else if detail <= 2 { verdict.cap(50) }
    if weight == 0 && team.isEmpty { verdict.cap(intent == .episode ? 20 : 40) }
    // "We" throughout: the interviewer cannot tell what the candidate did.
    if weight == 0 && !team.isEmpty { verdict.cap(35) }
    if weight > 0, weight < 2, actionWeight(team) >= 3 { verdict.cap(55) }
    // Only vague verbs ("I prioritised, communicated, worked hard"): a description, not a story.
    if !actions.isEmpty, actions.allSatisfy(\.isVague) { verdict.cap(35, Advice.vagueActions) }
    return verdict
  }

  /// Points for distinct steps taken: the first few matter most.
  static func actionPoints(_ weight: Double) -> Double {
    let steps: [Double] = [0, 8, 13, 17, 20, 22, 24]
    let whole = min(Int(weight), steps.count - 1)
    let half = weight - Double(Int(weight)) > 0 && whole + 1 < steps.count ? (steps[whole + 1] - steps[whole]) / 2 : 0
    return steps[whole] + half
  }

  // MARK: What drives you

  /// "What motivates you?", "Describe your ideal manager": self-knowledge made concrete by an example.
  func drivers() -> Verdict {
    var verdict = Verdict()
    let steps = analysis.actions().filter { $0.mood == .done } + teamActions
    let context = analysis.found(.context, label: "example")
    if !context.isEmpty || actionWeight(steps) >= 2 {
      verdict.earn(25, Array(context.prefix(1)) + steps.prefix(2).map(\.evidence))
    } else {
      verdict.advise(25, Advice.driversExample)
    }
    let specifics = analysis.specifics()
    let numbers = analysis.quantities()
    let detail = specifics.count + numbers.count
    verdict.earn(min(25, Double(detail) * 2.5), Array(specifics.prefix(5)) + Array(numbers.prefix(2)))
    if detail < 5 { verdict.advise(25 - Double(detail) * 2.5, Advice.fewSpecifics) }
    let preferences = analysis.found(.preference, label: "what drives you") + analysis.found(.reason, label: "reason")
    verdict.earn(diminishing(Set(preferences.map { $0.text.lowercased() }).count, [10, 17, 22]), Array(preferences.prefix(3)))
    if preferences.isEmpty { verdict.advise(15, Advice.driversWhy) }
    if !outcomes.isEmpty { verdict.earn(10, Array(outcomes.prefix(1))) } else { verdict.advise(10, Advice.driversResult) }
    if detail == 0 { verdict.cap(30) }
    return verdict
  }

  // MARK: What you would bring

  /// In a "why us" answer: the candidate's own experience, made concrete.
  func experience() -> Verdict {
    var verdict = Verdict()
    let steps = analysis.actions().filter { $0.mood == .done }
    let career = analysis.found(.career, label: "own experience")
    if actionWeight(steps) >= 1 || !career.isEmpty {
      verdict.earn(35, steps.prefix(2).map(\.evidence) + Array(career.prefix(1)))
    } else {
      verdict.advise(35, Advice.bringExperience)
    }
    let detail = analysis.specifics() + analysis.quantities()
    verdict.earn(min(35, Double(detail.count) * 5), Array(detail.prefix(4)))
    if detail.count < 3 { verdict.advise(15, Advice.fewSpecifics) }
    if !outcomes.isEmpty { verdict.earn(15, Array(outcomes.prefix(1))) } else { verdict.advise(15, Advice.experienceResult) }
    let reasons = analysis.found(.reason, label: "reason") + analysis.found(.preference, label: "reason")
    if !reasons.isEmpty { verdict.earn(15, Array(reasons.prefix(1))) } else { verdict.advise(15, Advice.noReason) }
    return verdict
  }

  // MARK: A weakness

  func weakness() -> Verdict {
    var verdict = Verdict()
    let admitted = analysis.found(.weaknessAdmission, label: "weakness named")
    let disguised = analysis.foundAnywhere(.humblebrag, label: "strength in disguise")
    let genuine = !admitted.isEmpty && disguised.count < admitted.count
    if genuine {
      verdict.earn(30, Array(admitted.prefix(2)))
    } else {
      verdict.advise(30, disguised.isEmpty ? Advice.nameWeakness : Advice.disguisedStrength)
    }
    // Its cost, shown in a real moment: "last year I let it drift for two months".
    let moments = analysis.found(.context, label: "example") + analysis.actions().filter { $0.mood == .done }
      .map(\.evidence)
    if !moments.isEmpty && genuine {
      verdict.earn(20, Array(moments.prefix(2)))
    } else {
      verdict.advise(20, Advice.weaknessExample)
    }
    let remedies = analysis.found(.weaknessRemedy, label: "what you do about it")
    let remedyCount = Set(remedies.map { $0.text.lowercased() }).count
    if remedyCount > 0 {
      verdict.earn(diminishing(remedyCount, [15, 22, 27]), Array(remedies.prefix(3)))
    }
    if remedyCount < 2 { verdict.advise(27 - diminishing(remedyCount, [15, 22, 27]), Advice.weaknessSteps) }
    let progress = analysis.found(.outcome, label: "progress") + analysis.quantities()
      + analysis.found(.reflection, label: "progress")
    let late = progress.filter { analysis.position($0.start) >= 0.5 }
    if !late.isEmpty && remedyCount > 0 {
      verdict.earn(15, Array(late.prefix(2)))
    } else {
      verdict.advise(15, Advice.weaknessProgress)
    }
    let specifics = analysis.specifics()
    verdict.earn(min(8, Double(specifics.count) * 2), Array(specifics.prefix(3)))
    if !genuine { verdict.cap(25) }
    return verdict
  }

  // MARK: Why leaving

  func leaving() -> Verdict {
    var verdict = Verdict()
    let forward = analysis.found(.movingOn, label: "reason to move")
    let neutral = analysis.found(.neutralExit, label: "reason to move")
    if !forward.isEmpty {
      verdict.earn(40, Array(forward.prefix(2)))
    } else if !neutral.isEmpty {
      verdict.earn(30, Array(neutral.prefix(1)))
      verdict.advise(10, Advice.leavingForward)
    } else {
      verdict.advise(40, Advice.leavingReason)
    }
    let learned = analysis.found(.reflection, label: "what you take with you")
      + analysis.found(.movingOn, label: "what you take with you").filter { $0.text.lowercased().hasPrefix("learn") }
    if !learned.isEmpty { verdict.earn(15, Array(learned.prefix(1))) } else { verdict.advise(15, Advice.leavingLearned) }
    let toward = analysis.found(.reason, label: "why this role")
    if !toward.isEmpty { verdict.earn(20, Array(toward.prefix(1))) } else { verdict.advise(20, Advice.leavingToward) }
    let detail = analysis.specifics() + analysis.quantities()
    verdict.earn(min(15, Double(detail.count) * 5), Array(detail.prefix(3)))
    if detail.count < 3 { verdict.advise(15 - Double(detail.count) * 5, Advice.leavingSpecific) }
    let actions = analysis.actions().filter { $0.mood == .done }
    verdict.earn(min(10, actionWeight(actions) * 4), actions.prefix(2).map(\.evidence))
    return verdict
  }

  // MARK: About you

  func aboutYou() -> Verdict {
    var verdict = Verdict()
    let career = analysis.found(.career, label: "working life")
    if career.isEmpty { verdict.advise(25, Advice.aboutYouPresent) } else { verdict.earn(20, Array(career.prefix(2))) }
    let done = analysis.actions().filter { $0.mood == .done }
    let outcomes = analysis.found(.outcome, label: "proof")
    let numbers = analysis.quantities()
    if !outcomes.isEmpty && (!numbers.isEmpty || actionWeight(done) >= 1) {
      verdict.earn(25, done.prefix(1).map(\.evidence) + Array(outcomes.prefix(1)) + Array(numbers.prefix(1)))
    } else if actionWeight(done) >= 1 || !numbers.isEmpty {
      verdict.earn(12, Array(done.prefix(1).map(\.evidence)))
      verdict.advise(13, Advice.aboutYouProof)
    } else {
      verdict.advise(25, Advice.aboutYouProof)
    }
    let direction = analysis.found(.reason, label: "why this move") + analysis.found(.movingOn, label: "why this move")
    if !direction.isEmpty { verdict.earn(20, Array(direction.prefix(1))) } else { verdict.advise(20, Advice.aboutYouDirection) }
    let specifics = analysis.specifics()
    let detail = specifics.count + numbers.count
    verdict.earn(min(25, Double(detail) * 4), Array(specifics.prefix(4)))
    if detail < 2 { verdict.advise(10, Advice.fewSpecifics) }
    let lifeStory = analysis.foundAnywhere(.lifeStory, label: "life story")
    if lifeStory.count >= 2 || lifeStory.contains(where: { $0.text.lowercased().contains("born") }) {
      verdict.penalties += lifeStory
      verdict.cap(30, Advice.lifeStory)
    }
    return verdict
  }
}
