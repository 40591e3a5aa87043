/// Everything the judges need to know about one answer, found once and shared.
///
/// Besides the words, it marks the sentences that earn nothing however they are worded:
/// a sentence said again, text copied from the posting or the notes, a list of keywords,
/// talk about the method instead of the story, and unfilled templates.
final class AnswerAnalysis {
  let text: String
  let scalars: [Unicode.Scalar]
  let tokens: [Token]
  let sentences: [Sentence]
  let lexicon: Lexicon
  let lemmatizer: Lemmatizer
  let frequency: WordFrequency
  /// Unfilled template slots such as "[COMPANY]" or "X%".
  let placeholders: [Evidence]
  /// True for each token that may earn points (its sentence is not flagged, it is not a label).
  let substantive: [Bool]
  /// Tokens inside clichés and buzzwords: "110 percent" is not a figure, "go-getter" not a name.
  let stockPhrase: Set<Int>
  /// Each signal's matches, found in one pass, indexed by the signal's raw value.
  private let phraseMatches: [[PhraseMatch]]
  let stemPositionCache = Lazy<[String: [Int]]>()
  /// What the judges ask for more than once, found once.
  let caches = Caches()

  /// The verb a word is a form of, remembered for the answer: the judges ask about the same words often.
  func verbLemma(_ word: String) -> String? {
    if let known = caches.lemmas[word] { return known }
    let lemma = lemmatizer.verbLemma(word)
    caches.lemmas[word] = .some(lemma)
    return lemma
  }

  /// A word's Zipf frequency, remembered for the answer.
  func zipf(_ word: String) -> Double {
    if let known = caches.zipf[word] { return known }
    let value = frequency.zipf(word)
    caches.zipf[word] = value
    return value
  }

  final class Caches {
    var lemmas: [String: String?] = [:]
    var zipf: [String: Double] = [:]
    let ownActions = Lazy<[Action]>()
    let teamActions = Lazy<[Action]>()
    let quantities = Lazy<[Evidence]>()
    let specifics = Lazy<[Evidence]>()
  }

  /// One sentence of the answer and why, if at all, it earns nothing.
  struct Sentence {
    var tokens: Range<Int>
    var flags: Set<Flag>
    /// Distinct content stems, for spotting repeats.
    var contentStems: Set<String>
  }

  enum Flag: String, Sendable {
    case repeated, copied, keywordList, methodTalk, template, labelOnly
  }

  init(
    _ text: String, tokenizer: Tokenizer, lexicon: Lexicon, source: CopySource? = nil,
    lemmatizer: Lemmatizer = .shared, frequency: WordFrequency = .shared
  ) {
    self.text = text
    let scalars = Array(text.unicodeScalars)
    self.scalars = scalars
    self.lexicon = lexicon
    self.lemmatizer = lemmatizer
    self.frequency = frequency
    let (masked, placeholders) = Self.maskBrackets(scalars)
    self.placeholders = placeholders
    // Nothing masked is the usual case: then the text is the answer itself.
    let tokens = tokenizer.tokens(masked == scalars ? text : scalarText(masked[...]))
    self.tokens = tokens
    self.phraseMatches = lexicon.index.matches(in: tokens)
    var sentences = Self.sentences(tokens, stopwords: lexicon.stopwords)
    let labels = Self.labelTokens(tokens, scalars: scalars, lexicon: lexicon)
    Self.flag(
      &sentences, tokens: tokens, scalars: scalars, placeholders: placeholders, labels: labels,
      methodTalk: phraseMatches[Signal.metaTalk.rawValue], source: source, lexicon: lexicon)
    self.sentences = sentences
    var substantive = [Bool](repeating: true, count: tokens.count)
    for sentence in sentences where !sentence.flags.isEmpty {
      for index in sentence.tokens { substantive[index] = false }
    }
    for index in labels { substantive[index] = false }
    self.substantive = substantive
    var stock = Set<Int>()
    for signal in [Signal.cliche, .buzzword] {
      for match in phraseMatches[signal.rawValue] { stock.formUnion(match.tokens) }
    }
    self.stockPhrase = stock
  }

  var wordCount: Int { tokens.count }
  var sentenceCount: Int { sentences.count }

  /// Words in sentences that can earn points.
  lazy var substantiveWordCount: Int = substantive.filter { $0 }.count

  func isSubstantive(_ match: PhraseMatch) -> Bool { substantive[match.tokens.lowerBound] }

  /// The sentence index of a token.
  func sentenceOf(token index: Int) -> Int { tokens[index].sentence }

  /// The sentence holding the scalar offset `start` (the first word at or after it).
  func sentence(at start: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].start < start { low = mid + 1 } else { high = mid }
    }
    return low < tokens.count ? tokens[low].sentence : sentenceCount
  }

  /// Where in the answer an offset sits, from 0 (start) to 1 (end).
  func position(_ start: Int) -> Double {
    scalars.isEmpty ? 0 : Double(start) / Double(scalars.count)
  }

  /// The exact words between two token indices, as evidence.
  func evidence(_ label: String, tokens range: Range<Int>) -> Evidence {
    let start = tokens[range.lowerBound].start
    var end = tokens[range.upperBound - 1].end
    // Keep a trailing % with its number.
    if end < scalars.count, scalars[end] == "%" { end += 1 }
    return Evidence(label: label, text: slice(start, end), start: start, end: end)
  }

  func slice(_ start: Int, _ end: Int) -> String { scalarText(scalars[start..<end]) }

  /// Every match of a signal's phrases, substantive or not.
  func matches(_ signal: Signal) -> [PhraseMatch] { phraseMatches[signal.rawValue] }

  /// The evidence for a signal in sentences that can earn points.
  func found(_ signal: Signal, label: String) -> [Evidence] {
    matches(signal).filter(isSubstantive).map { evidence(label, tokens: $0.tokens) }
  }

  /// The evidence for a signal anywhere in the answer: for what costs points.
  func foundAnywhere(_ signal: Signal, label: String) -> [Evidence] {
    matches(signal).map { evidence(label, tokens: $0.tokens) }
  }

  /// Sentences (by index) holding a substantive match of a signal.
  func sentences(with signal: Signal) -> Set<Int> {
    Set(matches(signal).filter(isSubstantive).map { tokens[$0.tokens.lowerBound].sentence })
  }

  /// True when two spans share a clause: the same sentence with no comma between them.
  func sameClause(_ a: Evidence, _ b: Evidence) -> Bool {
    guard sentence(at: a.start) == sentence(at: b.start) else { return false }
    let (first, second) = a.start <= b.start ? (a, b) : (b, a)
    guard first.end < second.start else { return true }
    return !scalars[first.end..<second.start].contains(",")
  }

  /// Evidence not in a clause that also holds any of `others`.
  func outsideClauses(of others: [Evidence]) -> (Evidence) -> Bool {
    { item in !others.contains { self.sameClause($0, item) } }
  }

  var flaggedSentences: [(Sentence, Flag)] {
    sentences.compactMap { sentence in
      sentence.flags.min { $0.rawValue < $1.rawValue }.map { (sentence, $0) }
    }
  }

  /// The share of the answer's words that can earn points.
  var substance: Double { wordCount == 0 ? 0 : Double(substantiveWordCount) / Double(wordCount) }

  /// How many sentences say again what an earlier one said.
  var repeatedSentences: Int { sentences.filter { $0.flags.contains(.repeated) }.count }

  // MARK: - Brackets, labels and flags

  /// Blanks out bracketed stage directions ("[calmly]") so they are not read as words, and
  /// reports template slots ("[COMPANY]", "{skill}", "X%") as placeholders.
  static func maskBrackets(_ scalars: [Unicode.Scalar]) -> ([Unicode.Scalar], [Evidence]) {
    var masked = scalars
    var placeholders: [Evidence] = []
    var index = 0
    while index < scalars.count {
      let open = scalars[index]
      if open == "[" || open == "{" {
        let close: Unicode.Scalar = open == "[" ? "]" : "}"
        var end = index + 1
        while end < scalars.count, end - index < 80, scalars[end] != close, scalars[end] != "\n" { end += 1 }
        if end < scalars.count, scalars[end] == close {
          var inner = String.UnicodeScalarView()
          inner.append(contentsOf: scalars[(index + 1)..<end])
          let content = String(inner)
          if open == "{" || isTemplateSlot(content) {
            placeholders.append(
              Evidence(label: "placeholder", text: "\(open)\(content)\(close)", start: index, end: end + 1))
          } else {
            for offset in index...end { masked[offset] = " " }
          }
          index = end + 1
          continue
        }
      }
      // "X%" and "XX%": a number nobody filled in.
      if open == "X", index + 1 < scalars.count, scalars[index + 1] == "%" || scalars[index + 1] == "X",
        index == 0 || !scalars[index - 1].properties.isAlphabetic
      {
        placeholders.append(Evidence(label: "placeholder", text: "X%", start: index, end: index + 2))
      }
      index += 1
    }
    return (masked, placeholders)
  }

  /// "[JOB TITLE]", "[action]", "[metric]" are slots to fill; "[calmly]" is a stage direction.
  static func isTemplateSlot(_ content: String) -> Bool {
    let letters = content.unicodeScalars.filter { $0.properties.isAlphabetic }
    if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) { return true }
    let words = Set(content.lowercased().split { !$0.isLetter }.map(String.init))
    return !words.isDisjoint(with: slotWords)
  }

  static let slotWords: Set<String> = [
    "action", "verb", "result", "metric", "company", "skill", "outcome", "project", "initiative",
    "stakeholders", "name", "title", "number", "role", "job", "team", "tool", "x", "insert", "your",
  ]

  static func sentences(_ tokens: [Token], stopwords: Set<String>) -> [Sentence] {
    var sentences: [Sentence] = []
    var start = 0
    for index in tokens.indices where index + 1 == tokens.count || tokens[index + 1].sentence != tokens[index].sentence {
      let range = start..<(index + 1)
      let stems = Set(range.map { tokens[$0].stem }.filter { !stopwords.contains($0) })
      sentences.append(Sentence(tokens: range, flags: [], contentStems: stems))
      start = index + 1
    }
    return sentences
  }

  /// "Situation:" or "Result -" at the start of a line: the method's labels, not content.
  static func labelTokens(_ tokens: [Token], scalars: [Unicode.Scalar], lexicon: Lexicon) -> Set<Int> {
    var labels = Set<Int>()
    for (index, token) in tokens.enumerated() where lexicon[.starLabel].matches(at: index, in: tokens) != nil {
      var after = token.end
      while after < scalars.count, scalars[after] == " " { after += 1 }
      if after < scalars.count, scalars[after] == ":" || scalars[after] == "-" || scalars[after] == "–" {
        labels.insert(index)
      }
    }
    return labels
  }

  static func flag(
    _ sentences: inout [Sentence], tokens: [Token], scalars: [Unicode.Scalar], placeholders: [Evidence],
    labels: Set<Int>, methodTalk: [PhraseMatch], source: CopySource?, lexicon: Lexicon
  ) {
    let methodSentences = Set(methodTalk.map { tokens[$0.tokens.lowerBound].sentence })
    let placeholderSentences = Set(placeholders.map { slot in
      tokens.firstIndex { $0.start >= slot.start }.map { tokens[$0].sentence } ?? tokens.last?.sentence ?? 0
    })
    for index in sentences.indices {
      let range = sentences[index].tokens
      if placeholderSentences.contains(index) { sentences[index].flags.insert(.template) }
      // A sentence made only of the method's labels: "Situation, task, action, result."
      let starWords = Set(range.filter { lexicon[.starLabel].matches(at: $0, in: tokens) != nil }.map { tokens[$0].stem })
      if range.allSatisfy({ labels.contains($0) || lexicon[.starLabel].matches(at: $0, in: tokens) != nil }) {
        sentences[index].flags.insert(.labelOnly)
      }
      if methodSentences.contains(index) || starWords.count >= 3 { sentences[index].flags.insert(.methodTalk) }
      if isKeywordList(range, tokens: tokens, scalars: scalars) { sentences[index].flags.insert(.keywordList) }
      if let source, source.covers(range.map { tokens[$0].stem }) { sentences[index].flags.insert(.copied) }
      let stems = sentences[index].contentStems
      if stems.count >= 4 {
        for earlier in sentences[..<index] where !earlier.flags.contains(.repeated) && earlier.contentStems.count >= 4 {
          let shared = stems.reduce(0) { $0 + (earlier.contentStems.contains($1) ? 1 : 0) }
          let union = stems.count + earlier.contentStems.count - shared
          if Double(shared) / Double(union) >= 0.7 {
            sentences[index].flags.insert(.repeated)
            break
          }
        }
      }
    }
  }

  /// Four or more short comma-separated items with no "I" or "we" doing anything: keywords, not a sentence.
  static func isKeywordList(_ range: Range<Int>, tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
    guard let first = range.first, let last = range.last else { return false }
    var commas = 0
    for offset in tokens[first].start..<tokens[last].end where scalars[offset] == "," || scalars[offset] == ";" {
      commas += 1
    }
    let items = commas + 1
    guard items >= 4 else { return false }
    let words = range.count
    let hasSpeaker = range.contains { ["i", "we", "i've", "we've", "i'm", "we're"].contains(tokens[$0].word) }
    return !hasSpeaker && Double(words) / Double(items) <= 3.5
  }
}

/// The posting and notes, as stem trigrams, so text copied from them can be told from a story.
public struct CopySource: Sendable {
  let trigrams: Set<String>

  init(_ texts: [String], tokenizer: Tokenizer) {
    var trigrams = Set<String>()
    for text in texts {
      let stems = tokenizer.tokens(text).map(\.stem)
      guard stems.count >= 3 else { continue }
      for index in 0..<(stems.count - 2) {
        trigrams.insert(stems[index] + " " + stems[index + 1] + " " + stems[index + 2])
      }
    }
    self.trigrams = trigrams
  }

  var isEmpty: Bool { trigrams.isEmpty }

  /// True when most of a sentence's three-word runs appear in the source.
  func covers(_ stems: [String]) -> Bool {
    guard stems.count >= 5, !trigrams.isEmpty else { return false }
    var hits = 0
    for index in 0..<(stems.count - 2) where trigrams.contains(stems[index] + " " + stems[index + 1] + " " + stems[index + 2]) {
      hits += 1
    }
    return Double(hits) / Double(stems.count - 2) >= 0.5
  }
}

extension AnswerAnalysis {
  /// Where each stem occurs, for matching requirements without rescanning the answer.
  var stemPositions: [String: [Int]] {
    if let cached = stemPositionCache.value { return cached }
    var positions: [String: [Int]] = [:]
    for (index, token) in tokens.enumerated() { positions[token.stem, default: []].append(index) }
    stemPositionCache.value = positions
    return positions
  }
}

/// A value computed once on first use.
final class Lazy<Value> {
  var value: Value?
}
