import Foundation

/// Finds which of the user's stories show which requirement, by meaning rather than exact words:
/// words are compared as concepts ("analysed" meets "analysis"), weighed by how rare they are
/// ("SQL" counts for more than "data"), alternatives count once ("Power BI or Tableau"), and
/// only a story that shows the requirement in something the speaker did counts.
public struct StoryMatcher: Sendable {
  let stories: [PreparedStory]
  let tokenizer: Tokenizer
  let lexicon: Lexicon
  let concepts: Concepts
  let frequency: WordFrequency
  let lemmatizer: Lemmatizer

  /// How many stories are in the bank.
  public var storyCount: Int { stories.count }

  /// A fit under this is a passing mention, not a story that shows the requirement.
  public static let threshold = 35

  public init(
    stories: [Story], tokenizer: Tokenizer = Tokenizer(), lexicon: Lexicon = .standard,
    concepts: Concepts = .shared, frequency: WordFrequency = .shared, lemmatizer: Lemmatizer = .shared
  ) {
    self.tokenizer = tokenizer
    self.lexicon = lexicon
    self.concepts = concepts
    self.frequency = frequency
    self.lemmatizer = lemmatizer
    let concept = Self.conceptFinder(tokenizer: tokenizer, concepts: concepts, lemmatizer: lemmatizer)
    self.stories = stories.map { PreparedStory($0, tokenizer: tokenizer, lexicon: lexicon, concept: concept) }
  }

  /// A word's concept: its verb's base form first ("built" is "build", "led" is "lead"), then
  /// its stem, then the stem that stands for its derivations ("analysis" is "analyse").
  static func conceptFinder(tokenizer: Tokenizer, concepts: Concepts, lemmatizer: Lemmatizer) -> @Sendable (Token) -> String {
    { token in
      if let lemma = lemmatizer.verbLemma(token.word), lemma != token.word {
        return concepts.concept(tokenizer.stemmer.stem(lemma))
      }
      return concepts.concept(token.stem)
    }
  }

  var concept: @Sendable (Token) -> String {
    Self.conceptFinder(tokenizer: tokenizer, concepts: concepts, lemmatizer: lemmatizer)
  }

  /// Each requirement with the stories that show it, best first, and the must-haves no story shows.
  public func map(_ posting: JobPosting) -> StoryMap {
    var entries: [StoryMap.Entry] = []
    var gaps: [StoryMap.Gap] = []
    for requirement in posting.requirements {
      let fits = self.fits(for: RequirementTerms(requirement.text, matcher: self), proof: true)
      entries.append(
        StoryMap.Entry(
          text: requirement.text, level: requirement.level, kind: requirement.kind, skill: requirement.skill,
          stories: fits))
      if fits.isEmpty, requirement.level == .must, requirement.kind != .logistics {
        gaps.append(StoryMap.Gap(
          text: requirement.text, level: requirement.level, skill: requirement.skill,
          prompt: StoryMap.prompt(for: requirement)))
      }
    }
    return StoryMap(requirements: entries, gaps: gaps)
  }

  /// The stories that fit an interview question: by the requirement it probes when there is one,
  /// else by the question's own words, and with nothing in common, the strongest stories.
  public func stories(forQuestion question: String, requirement: String? = nil, limit: Int = 3) -> [StoryMap.Fit] {
    if let requirement {
      let fits = self.fits(for: RequirementTerms(requirement, matcher: self), proof: true)
      if !fits.isEmpty { return Array(fits.prefix(limit)) }
    }
    let terms = RequirementTerms(question, matcher: self, dropping: Self.questionWords)
    return Array(fits(for: terms, proof: false, threshold: 20).prefix(limit))
  }

  /// Words every interview question has that say nothing about what a story should be about.
  static let questionWords: Set<String> = [
    "tell", "time", "describ", "give", "exampl", "situat", "when", "share", "walk", "talk", "recent",
    "specif", "would", "handl", "deal", "explain", "question", "interview", "happen", "experi", "someth", "about",
  ]

  func fits(for terms: RequirementTerms, proof: Bool, threshold: Int = StoryMatcher.threshold) -> [StoryMap.Fit] {
    guard terms.total > 0 else { return [] }
    var fits: [(fit: StoryMap.Fit, quality: Int)] = []
    for story in stories {
      guard let fit = fit(story, terms, proof: proof), fit.fit >= threshold else { continue }
      fits.append((fit, story.quality.score))
    }
    return fits.sorted { ($0.fit.fit, $0.quality, $1.fit.id) > ($1.fit.fit, $1.quality, $0.fit.id) }.map(\.fit)
  }

  /// How well one story shows one requirement, 0–100, with the story's words that show it.
  func fit(_ story: PreparedStory, _ terms: RequirementTerms, proof: Bool) -> StoryMap.Fit? {
    var matched = 0.0
    var proven = 0.0
    var shown: [Int] = []
    var tagged: [String] = []
    func credit(_ concept: String) -> (found: Bool, proven: Bool) {
      if let positions = story.positions[concept] {
        shown += positions
        return (true, positions.contains { story.proven.contains(story.tokens[$0].sentence) })
      }
      if let tag = story.tags[concept] {
        if tag != "title", !tagged.contains(tag) { tagged.append(tag) }
        return (true, false)
      }
      return (false, false)
    }
    for unit in terms.units {
      // Of several alternatives, the one the story shows best counts.
      var best = (weight: 0.0, proven: 0.0)
      for alternative in unit.alternatives {
        var weight = 0.0
        var provenWeight = 0.0
        for (concept, conceptWeight) in alternative {
          let found = credit(concept)
          if found.found { weight += conceptWeight }
          if found.proven { provenWeight += conceptWeight }
        }
        let share = weight / max(0.001, alternative.reduce(0) { $0 + $1.weight })
        if share * unit.weight > best.weight { best = (share * unit.weight, provenWeight > 0 ? share * unit.weight : 0) }
      }
      matched += best.weight
      proven += best.proven
    }
    guard matched > 0 else { return nil }
    // Shown in something the speaker did, or only named: a story that names SQL does not show it.
    if proof && proven == 0 { return nil }
    let coverage = matched / terms.total
    let fit = Int((100 * coverage * (0.6 + 0.4 * proven / matched)).rounded())
    return StoryMap.Fit(
      id: story.story.id, title: story.story.title, fit: min(100, fit),
      evidence: Array((story.words(at: shown) + tagged.map { "tag: \($0)" }).prefix(6)))
  }

  /// How much a word says: a rare word ("SQL", "triage") far more than an everyday one ("data").
  func weight(_ word: String) -> Double {
    let zipf = frequency.zipf(word)
    return zipf == 0 ? 5 : min(5, max(0.5, 7.5 - zipf))
  }
}

/// Where an interview finds the user's stories: a matcher, or something that builds one when
/// first asked, so an interview never waits for the bank to be read before its first question.
public protocol StorySource: Sendable {
  var storyCount: Int { get }
  func stories(forQuestion question: String, requirement: String?, limit: Int) -> [StoryMap.Fit]
}

extension StoryMatcher: StorySource {}

/// A story analysed once, for matching against many requirements.
struct PreparedStory: Sendable {
  let story: Story
  let tokens: [Token]
  let scalars: [Unicode.Scalar]
  let quality: StoryQuality
  /// Where each concept occurs in sentences that can earn points.
  let positions: [String: [Int]]
  /// Sentences that carry proof: a step the speaker took, a number, an outcome.
  let proven: Set<Int>
  /// Each concept of the title and tags, and the tag as the user wrote it ("title" for the title).
  let tags: [String: String]

  init(_ story: Story, tokenizer: Tokenizer, lexicon: Lexicon, concept: (Token) -> String) {
    self.story = story
    // Read once by the scorer: its sentence roles say which sentences show something done.
    let scorer = Scorer(tokenizer: tokenizer)
    let assessment = scorer.assess(story.told, question: StoryQuality.question, kind: .behavioral)
    let text = assessment.features.text
    tokens = text.tokens
    scalars = text.scalars
    quality = StoryQuality(assessment: assessment)
    var positions: [String: [Int]] = [:]
    for (index, token) in tokens.enumerated() { positions[concept(token), default: []].append(index) }
    self.positions = positions
    // Sentences that show something done or achieved, or hold a figure: numbered as tokens number them.
    let digits = SentenceFeatures.cueNames.firstIndex(of: "digits")
    var proven = Set<Int>()
    for sentence in assessment.roles.indices {
      let figures = digits.map { assessment.features.sentences[sentence].cues[$0] > 0 } ?? false
      guard figures || SentenceRoles.proof.contains(where: { assessment.plays(sentence, $0) }) else { continue }
      for token in text.tokens(of: sentence) { proven.insert(token.sentence) }
    }
    self.proven = proven
    // The title and tags are the user's own summary of what the story is about: they place it,
    // but only the story itself can show a requirement.
    var tags: [String: String] = [:]
    for token in tokenizer.tokens(story.title) where !lexicon.stopwords.contains(token.stem) {
      tags[concept(token)] = "title"
    }
    for tag in story.tags {
      for token in tokenizer.tokens(tag) { tags[concept(token)] = tag }
    }
    self.tags = tags
  }

  /// The story's own words at some token positions, neighbours joined: "Power BI dashboard".
  func words(at positions: [Int]) -> [String] {
    var words: [String] = []
    var last = -2
    var start = 0
    for index in Set(positions).sorted() {
      if index == last + 1, !words.isEmpty {
        words[words.count - 1] = slice(tokens[start].start, tokens[index].end)
      } else {
        start = index
        words.append(slice(tokens[index].start, tokens[index].end))
      }
      last = index
    }
    // Longest first, so "dashboard" is not listed again after "Power BI dashboard".
    var kept: [String] = []
    for word in words.sorted(by: { $0.count > $1.count }) where !kept.contains(where: { $0.lowercased().includes(word.lowercased()) }) {
      kept.append(word)
    }
    return words.filter { kept.contains($0) }
  }

  func slice(_ start: Int, _ end: Int) -> String { scalarText(scalars[start..<end]) }
}

/// A requirement's content as concepts with weights, its alternatives grouped: "Power BI or
/// Tableau" is one unit, met by either.
struct RequirementTerms {
  struct Unit {
    /// Each alternative's concepts and their weights; a unit with no "or" has one.
    var alternatives: [[(concept: String, weight: Double)]]
    /// What the unit counts for: its heaviest alternative, so naming any one is enough.
    var weight: Double
  }

  var units: [Unit] = []
  var total: Double { units.reduce(0) { $0 + $1.weight } }

  init(_ text: String, matcher: StoryMatcher, dropping extra: Set<String> = []) {
    let tokens = matcher.tokenizer.tokens(text)
    let scalars = Array(text.unicodeScalars)
    let lexicon = matcher.lexicon
    let concept = matcher.concept
    // "R" and "C" are skills; other single letters are not words.
    let isContent = { (token: Token) -> Bool in
      guard !token.isNumeral, !lexicon.stopwords.contains(token.stem), !lexicon.requirementNoise.contains(token.stem),
        !extra.contains(token.stem)
      else { return false }
      return token.word.count > 1 || scalars[token.start].properties.isUppercase
    }
    // Runs of content words, and whether "or" or a slash joins a run to the one before.
    var runs: [(tokens: [Token], joinsPrevious: Bool)] = []
    var current: [Token] = []
    var joined = false
    var pendingOr = false
    var lastEnd = 0
    for token in tokens {
      let gap = lastEnd < token.start ? String(String.UnicodeScalarView(scalars[lastEnd..<token.start])) : ""
      let slash = gap.contains("/")
      let comma = gap.contains(",")
      if isContent(token) {
        if !current.isEmpty && (slash || comma) {
          runs.append((current, joined))
          current = []
          joined = slash || (comma && pendingOr)
        } else if current.isEmpty {
          joined = pendingOr || slash
        }
        pendingOr = false
        current.append(token)
      } else {
        if !current.isEmpty {
          runs.append((current, joined))
          current = []
        }
        if token.word == "or" { pendingOr = true } else if !["the", "a", "an"].contains(token.word) { pendingOr = false }
      }
      lastEnd = token.end
    }
    if !current.isEmpty { runs.append((current, joined)) }

    var seen = Set<String>()
    for run in runs {
      var alternative: [(concept: String, weight: Double)] = []
      for token in run.tokens {
        let found = concept(token)
        guard seen.insert(found).inserted else { continue }
        alternative.append((found, matcher.weight(token.word)))
      }
      guard !alternative.isEmpty else { continue }
      let weight = alternative.reduce(0) { $0 + $1.weight }
      if run.joinsPrevious, var last = units.popLast() {
        last.alternatives.append(alternative)
        last.weight = max(last.weight, weight)
        units.append(last)
      } else {
        units.append(Unit(alternatives: [alternative], weight: weight))
      }
    }
  }
}

/// Which stories show which of a posting's requirements, and which must-haves have none.
public struct StoryMap: Codable, Equatable, Sendable {
  public struct Fit: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    /// 0–100: how much of the requirement the story shows, and whether in what the speaker did.
    public var fit: Int
    /// The story's words that show it.
    public var evidence: [String]
  }

  public struct Entry: Codable, Equatable, Sendable {
    public var text: String
    public var level: Requirement.Level
    public var kind: RequirementKind
    public var skill: String
    public var stories: [Fit]
  }

  public struct Gap: Codable, Equatable, Sendable {
    public var text: String
    public var level: Requirement.Level
    public var skill: String
    /// What to write, as a prompt.
    public var prompt: String
  }

  public var requirements: [Entry]
  public var gaps: [Gap]

  /// A prompt for the story a requirement still needs, by what sort of thing it asks for.
  static func prompt(for requirement: Requirement) -> String {
    let skill = requirement.skill
    let opening: String
    switch requirement.kind {
    case .skill: opening = "Write a story about a time you used \(skill)"
    case .experience: opening = "Write a story that shows your \(skill)"
    case .trait: opening = "Write a story about a time your \(skill) made the difference"
    case .education, .certification: opening = "Write a story about a time you put your \(skill) to work"
    case .logistics: opening = "Be ready to say how you meet '\(skill)'"
    }
    return opening + ": where it was, what you did yourself, and what came of it, with a number."
  }
}
