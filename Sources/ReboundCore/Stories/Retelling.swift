/// One story told for more than one question: interviewers notice, and it wastes a chance to
/// show something else.
public struct Retelling: Equatable, Sendable {
  /// The story bank's title for it, when it is one of the user's stories.
  public var story: String?
  /// The questions it was told for, counting from 1.
  public var questions: [Int]
}

/// What a text is about, as its rarer concepts and their weights, for telling whether two
/// texts tell the same story however they are worded.
struct StoryFingerprint: Sendable {
  let weights: [String: Double]
  let norm: Double

  init(_ text: String, matcher: StoryMatcher) {
    // A sentence said twice counts once: only the first of each is read.
    let answered = AnsweredText(TextSanitizer.clean(text), tokenizer: matcher.tokenizer)
    let echoes = AnswerFeatures.echoes(answered, source: CopySource([], tokenizer: matcher.tokenizer))
    var weights: [String: Double] = [:]
    let said = answered.sentences.indices.filter { !echoes.contains($0) }.flatMap { answered.tokens(of: $0) }
    for token in said where !matcher.lexicon.stopwords.contains(token.stem) && token.word.count > 1 {
      // Numbers are the surest sign of one story: "900 items", "six weeks".
      let weight = token.isNumeral ? 4 : matcher.weight(token.word)
      guard weight >= 1.5 else { continue }
      weights[matcher.concept(token)] = weight
    }
    self.weights = weights
    norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
  }

  /// 0 (nothing in common) to 1 (the same concepts).
  func similarity(_ other: StoryFingerprint) -> Double {
    guard norm > 0, other.norm > 0 else { return 0 }
    var dot = 0.0
    for (concept, weight) in weights { if let theirs = other.weights[concept] { dot += weight * theirs } }
    return dot / (norm * other.norm)
  }
}

extension StoryMatcher {
  /// Above this, two texts tell the same story.
  static let sameStory = 0.4

  /// Stories told for two or more questions: answers matched to the bank's stories, and
  /// answers that tell the same story as each other when it is not in the bank.
  public func retellings(of answers: [(question: Int, text: String)]) -> [Retelling] {
    let prints = answers.map { StoryFingerprint($0.text, matcher: self) }
    let storyPrints = stories.map { StoryFingerprint($0.story.told, matcher: self) }
    var byStory: [Int: [Int]] = [:]
    var loose: [Int] = []
    for (index, print) in prints.enumerated() {
      let best = storyPrints.indices.map { ($0, print.similarity(storyPrints[$0])) }.max { $0.1 < $1.1 }
      if let best, best.1 >= Self.sameStory {
        byStory[best.0, default: []].append(index)
      } else {
        loose.append(index)
      }
    }
    var found = byStory.sorted { $0.key < $1.key }.compactMap { story, indices -> Retelling? in
      let questions = Array(Set(indices.map { answers[$0].question })).sorted()
      return questions.count >= 2 ? Retelling(story: stories[story].story.title, questions: questions) : nil
    }
    // Answers outside the bank: each joins the first earlier answer that tells its story.
    var groups: [[Int]] = []
    for index in loose {
      if let group = groups.firstIndex(where: { $0.contains { prints[$0].similarity(prints[index]) >= Self.sameStory } }) {
        groups[group].append(index)
      } else {
        groups.append([index])
      }
    }
    for group in groups {
      let questions = Array(Set(group.map { answers[$0].question })).sorted()
      if questions.count >= 2 { found.append(Retelling(story: nil, questions: questions)) }
    }
    return found.sorted { $0.questions.first ?? 0 < $1.questions.first ?? 0 }
  }
}
