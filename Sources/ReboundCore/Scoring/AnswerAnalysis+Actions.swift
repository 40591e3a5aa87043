/// The steps the speaker took, found by the verb's lemma, so tense and wording do not matter:
/// "I rebuilt", "I rebuild", "I'm rebuilding" and "I've rebuilt" are all the same action.
extension AnswerAnalysis {
  /// What kind of step a subject and its verb describe.
  enum Mood { case done, planned, claimed }

  struct Action {
    var evidence: Evidence
    var lemma: String
    var mood: Mood
    var isVague: Bool
  }

  static let firstPerson: Set<String> = ["i", "i've", "i'm", "i'd", "i'll"]
  static let firstPlural: Set<String> = ["we", "we've", "we're", "we'd", "we'll"]
  /// Words by which the speaker is in a sentence.
  static let speakerWords: Set<String> = [
    "i", "i've", "i'm", "i'd", "i'll", "me", "my", "myself", "we", "we've", "we're", "we'd", "our", "us",
  ]
  /// Words between a subject and its verb that change nothing: "I then called", "I quickly rang".
  static let adverbs: Set<String> = [
    "then", "also", "quickly", "personally", "immediately", "first", "next", "finally", "really",
    "actually", "just", "straight", "always", "still", "later", "carefully", "eventually", "soon",
    "even", "both", "myself", "ourselves", "again", "initially", "already", "basically", "usually",
    "often", "sometimes", "instead", "simply", "calmly", "gently", "regularly", "all", "together",
    "once", "since", "recently", "originally", "previously", "briefly", "properly", "directly", "personally",
  ]
  static let modals: Set<String> = ["would", "will", "'ll", "could", "should", "might", "may", "shall"]
  /// Verbs that hand over to the real action through "to": "I decided to ring", "I managed to fix".
  static let leadIns: Set<String> = [
    "decide", "manage", "start", "choose", "offer", "volunteer", "agree", "begin", "go", "step",
    "move", "set", "arrange", "use", "learn", "try", "plan", "make", "take", "get",
  ]

  /// The speaker's own steps (subject "I", or "we" when `plural`), done, planned or claimed.
  func actions(plural: Bool = false) -> [Action] {
    if plural {
      if let cached = caches.teamActions.value { return cached }
      let found = findActions(plural: true)
      caches.teamActions.value = found
      return found
    }
    if let cached = caches.ownActions.value { return cached }
    let found = findActions(plural: false)
    caches.ownActions.value = found
    return found
  }

  private func findActions(plural: Bool) -> [Action] {
    let subjects = plural ? Self.firstPlural : Self.firstPerson
    var found: [Action] = []
    var covered = Set<Int>()
    for index in tokens.indices where substantive[index] && subjects.contains(tokens[index].word) {
      guard let (verbIndex, mood) = verb(after: index) else { continue }
      let lemma = verbLemma(tokens[verbIndex].word) ?? tokens[verbIndex].word
      found.append(action(index..<(verbIndex + 1), lemma: lemma, mood: mood))
      covered.insert(verbIndex)
      for linked in chained(after: verbIndex) where !covered.contains(linked) {
        covered.insert(linked)
        let lemma = verbLemma(tokens[linked].word) ?? tokens[linked].word
        found.append(action(linked..<(linked + 1), lemma: lemma, mood: mood))
      }
    }
    // "Checked stores, no spare box.": a sentence that opens on a past-tense verb, in a story told in the first person.
    if !plural, !found.isEmpty {
      for sentence in sentences where sentence.flags.isEmpty {
        let first = sentence.tokens.lowerBound
        guard !covered.contains(first), isPastForm(first), let lemma = verbLemma(tokens[first].word),
          !lexicon.nonActions.contains(lemma)
        else { continue }
        covered.insert(first)
        found.append(action(first..<(first + 1), lemma: lemma, mood: .done))
        for linked in chained(after: first) where !covered.contains(linked) {
          covered.insert(linked)
          found.append(action(linked..<(linked + 1), lemma: verbLemma(tokens[linked].word) ?? "", mood: .done))
        }
      }
    }
    return found.sorted { $0.evidence.start < $1.evidence.start }
  }

  /// Particles that make a light verb concrete: "went through", "worked out", "put together".
  static let particles: Set<String> = [
    "through", "out", "up", "together", "over", "back", "round", "around", "across", "into", "down", "off",
  ]

  private func action(_ range: Range<Int>, lemma: String, mood: Mood) -> Action {
    var lemma = lemma
    let last = range.upperBound
    // "I went through the logs", "I worked out why": a light verb and its particle name a real step.
    if lexicon.vagueVerbs.contains(lemma), last < tokens.count, Self.particles.contains(tokens[last].word),
      tokens[last].sentence == tokens[range.lowerBound].sentence
    {
      lemma += " " + tokens[last].word
    }
    let label: String
    switch mood {
    case .done: label = "action"
    case .planned: label = "planned action"
    case .claimed: label = "claim"
    }
    return Action(
      evidence: evidence(label, tokens: range), lemma: lemma, mood: mood,
      isVague: lexicon.vagueVerbs.contains(lemma) && !lemma.contains(" "))
  }

  /// The verb a subject at `index` governs, skipping adverbs and auxiliaries, with its mood.
  private func verb(after index: Int) -> (Int, Mood)? {
    let subject = tokens[index].word
    var mood: Mood = subject.hasSuffix("'ll") ? .planned : .done
    var look = index + 1
    var sawBe = subject.hasSuffix("'m") || subject.hasSuffix("'re")
    var sawHave = subject.hasSuffix("'ve")
    let sentence = tokens[index].sentence
    if subject.hasSuffix("'d") {
      // "I'd rung" is "I had rung"; "I'd ring" is "I would ring".
      guard look < tokens.count, tokens[look].sentence == sentence else { return nil }
      if isPastForm(look) { sawHave = true } else { mood = .planned }
    }
    while look < tokens.count, look <= index + 5, tokens[look].sentence == sentence {
      let word = tokens[look].word
      if Self.adverbs.contains(word) {
        look += 1
        continue
      }
      if Self.modals.contains(word) {
        mood = .planned
        look += 1
        continue
      }
      if word == "can" || word == "am able" {
        mood = .claimed
        look += 1
        continue
      }
      if ["didn't", "don't", "never", "wasn't", "won't", "couldn't", "can't", "not", "wouldn't"].contains(word) {
        return nil
      }
      if ["was", "were", "am", "is", "are", "be", "been"].contains(word) {
        // "I was able to reduce": the action is what follows "to".
        if look + 2 < tokens.count, tokens[look + 1].word == "able", tokens[look + 2].word == "to" {
          look += 3
          continue
        }
        sawBe = true
        look += 1
        continue
      }
      if ["have", "has", "had"].contains(word), look + 1 < tokens.count, tokens[look + 1].sentence == sentence,
        (verbLemma(tokens[look + 1].word) != nil) || Self.adverbs.contains(tokens[look + 1].word)
      {
        sawHave = true
        look += 1
        continue
      }
      if word == "to", look > index + 1 {
        look += 1
        continue
      }
      guard let lemma = verbLemma(word), !tokens[look].isNumeral else { return nil }
      if sawBe && !word.hasSuffix("ing") {
        // "I was asked", "I am based": passive or a state, not a step taken.
        return nil
      }
      if Self.leadIns.contains(lemma), look + 2 < tokens.count, tokens[look + 1].word == "to",
        tokens[look + 2].sentence == sentence, let next = verbLemma(tokens[look + 2].word),
        !lexicon.nonActions.contains(next)
      {
        return (look + 2, mood)
      }
      if lexicon.nonActions.contains(lemma) { return nil }
      _ = sawHave
      return (look, mood)
    }
    return nil
  }

  /// Verbs joined to an action by "and", "then" or a comma: "I pulled the data, joined it and built…".
  private func chained(after verbIndex: Int) -> [Int] {
    let sentence = tokens[verbIndex].sentence
    // "set", "put", "cut": the same word in the past and the present, so either may follow.
    let headIsBoth = Self.sameInPast.contains(tokens[verbIndex].word)
    let headIsPast = isPastForm(verbIndex) || headIsBoth
    let headIsBase = verbLemma(tokens[verbIndex].word) == tokens[verbIndex].word
    var linked: [Int] = []
    var index = verbIndex + 1
    while index < tokens.count, tokens[index].sentence == sentence {
      defer { index += 1 }
      let previous = tokens[index - 1].word
      let joined = previous == "and" || previous == "then" || separatedByComma(index - 1, index)
      guard joined, substantive[index], let lemma = verbLemma(tokens[index].word),
        !lexicon.nonActions.contains(lemma), !lexicon.stopwords.contains(tokens[index].stem)
      else { continue }
      // The same tense as the first verb, so "and pipes" or "and guides" are not read as verbs.
      let isPast = isPastForm(index)
      let isBase = lemma == tokens[index].word
      if (headIsPast && isPast) || (headIsBase && isBase && (!headIsPast || headIsBoth)) {
        if index + 1 < tokens.count, ["i", "we", "he", "she", "they"].contains(tokens[index].word) { continue }
        linked.append(index)
      }
    }
    return linked
  }

  static let sameInPast: Set<String> = [
    "set", "put", "cut", "let", "hit", "shut", "spread", "cast", "cost", "quit", "read", "split", "upset",
    "hurt", "run", "come", "become",
  ]

  /// "led", "rebuilt", "checked": a past form of a verb, not its base.
  func isPastForm(_ index: Int) -> Bool {
    let word = tokens[index].word
    guard let lemma = verbLemma(word), lemma != word else { return false }
    return word.hasSuffix("ed") || lemmatizer.isIrregularForm(word)
  }

  func separatedByComma(_ left: Int, _ right: Int) -> Bool {
    scalars[tokens[left].end..<tokens[right].start].contains(",")
  }
}
