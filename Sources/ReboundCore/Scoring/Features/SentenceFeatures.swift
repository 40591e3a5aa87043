import Foundation

/// What the models see of one sentence: its word and word-pair terms, and a few measured cues.
///
/// The terms are stems (so tense and spelling matter less) with sentence boundaries marked; the
/// cues are counts of closed classes and facts about the sentence's place and length. Which of
/// them matter, and how much, is fitted by `Scripts/fit-scorer.py`; the same values are written
/// out for the corpus by `rebound-evaluate features`, so the script fits on exactly what the
/// product computes.
public struct SentenceFeatures: Sendable, Equatable {
  init(terms: [String], cues: [Double], embedding: [Double], requirements: [Int] = [], facts: [Int] = []) {
    self.terms = terms
    self.cues = cues
    self.embedding = embedding
    self.requirements = requirements
    self.facts = facts
  }

  /// "u:manag", "b:i_manag", "b:<s>_i".
  public var terms: [String]
  /// Values of `SentenceFeatures.cueNames`, in order.
  public var cues: [Double]
  /// The sentence's static embedding (unit length): what it means, however it is worded.
  public var embedding: [Double]
  /// The posting requirements (by index) and research facts (by index) the sentence brings up.
  var requirements: [Int] = []
  var facts: [Int] = []

  /// The names of the cues, in the order `cues` holds them.
  public static let cueNames = [
    "length", "first", "last", "position", "subject_i", "subject_we", "subject_you", "subject_they",
    "count_i", "count_we", "count_you", "count_they", "modal", "negation", "question_mark", "question_opener",
    "digits", "percent", "currency", "time_unit", "number_word", "past", "progressive", "names", "rare",
    "hesitation", "profanity", "placeholder", "question_overlap", "requirement_hits", "fact_hits", "company",
    "function_share",
  ]

  /// The features of sentence `index` of `text`, with what the scorer knows around it.
  static func of(_ index: Int, in text: AnsweredText, context: FeatureContext, forms: VerbForms) -> SentenceFeatures {
    let tokens = text.tokens(of: index)
    let words = tokens.map(\.word)
    var terms = Set<String>()
    var previous = "<s>"
    for token in tokens {
      let stem = token.isNumeral ? "<num>" : token.stem
      terms.insert("u:" + stem)
      terms.insert("b:" + previous + "_" + stem)
      previous = stem
    }
    if previous != "<s>" { terms.insert("b:" + previous + "_</s>") }

    let count = Double(words.count)
    let subject = words.prefix(6).first { word in
      SentenceCues.firstSingular.contains(word) || SentenceCues.firstPlural.contains(word)
        || SentenceCues.secondPerson.contains(word) || SentenceCues.thirdPerson.contains(word)
    }
    func share(_ set: Set<String>) -> Double { log1p(Double(words.filter(set.contains).count)) }
    func flag(_ condition: Bool) -> Double { condition ? 1 : 0 }
    let scalars = text.scalars[text.sentences[index]]
    let past = tokens.filter { forms.isPast($0) }.count
    let progressive = tokens.filter { forms.isProgressive($0) }.count
    let frequency = WordFrequency.shared
    let content = tokens.filter { !$0.isNumeral && $0.word.count > 2 && !context.stopwords.contains($0.word) }
    let rare = content.filter { frequency.zipf($0.word) < 3.5 }.count
    let stems = Set(tokens.map { context.concepts.concept($0.stem) })
    let requirements = context.requirementsMatched(stems)
    let facts = context.factsMatched(stems)
    let overlap = context.questionStems.isEmpty
      ? 0 : Double(context.questionStems.intersection(stems).count) / Double(context.questionStems.count)
    let cues: [Double] = [
      log1p(count), flag(index == 0), flag(index == text.sentences.count - 1),
      text.sentences.count > 1 ? Double(index) / Double(text.sentences.count - 1) : 0,
      flag(subject.map(SentenceCues.firstSingular.contains) == true),
      flag(subject.map(SentenceCues.firstPlural.contains) == true),
      flag(subject.map(SentenceCues.secondPerson.contains) == true),
      flag(subject.map(SentenceCues.thirdPerson.contains) == true),
      share(SentenceCues.firstSingular), share(SentenceCues.firstPlural), share(SentenceCues.secondPerson),
      share(SentenceCues.thirdPerson),
      flag(words.contains(where: SentenceCues.modals.contains)),
      flag(words.contains { SentenceCues.negations.contains($0) || $0.hasSuffix("n't") }),
      flag(text.finalMark(of: index) == "?"),
      flag(words.first.map(SentenceCues.questionOpeners.contains) == true),
      flag(tokens.contains { $0.isNumeral }),
      flag(scalars.contains("%") || words.contains("percent")),
      flag(scalars.contains(where: SentenceCues.currencySymbols.contains) || words.contains(where: SentenceCues.currencyWords.contains)),
      flag(words.contains(where: SentenceCues.timeUnits.contains)),
      flag(words.contains(where: SentenceCues.numberWords.contains)),
      count > 0 ? Double(past) / count : 0,
      count > 0 ? Double(progressive) / count : 0,
      log1p(Double(tokens.filter { $0.isCapitalizedMidSentence && !SentenceCues.firstSingular.contains($0.word) }.count)),
      content.isEmpty ? 0 : Double(rare) / Double(content.count),
      log1p(Double(words.filter(SentenceCues.hesitations.contains).count)),
      log1p(Double(words.filter(SentenceCues.profanity.contains).count)),
      flag(scalars.contains("[") || scalars.contains("{") || scalars.contains("<")),
      overlap,
      log1p(Double(requirements.count)),
      log1p(Double(facts.count)),
      flag(context.namesCompany(words)),
      // Grammar words ("the", "I", "was") make up a good share of any sentence a person says; a
      // list of keywords or buzzwords has next to none.
      count > 0 ? Double(words.filter(context.stopwords.contains).count) / count : 0,
    ]
    let embedding = StaticEmbedding.shared.vector(text.sentenceText(index))
    return SentenceFeatures(terms: terms.sorted(), cues: cues, embedding: embedding, requirements: requirements, facts: facts)
  }
}

/// Which words of an answer are verbs in the past or in -ing, each distinct word looked up in
/// WordNet once (an answer says "I" and "the" many times over).
final class VerbForms {
  private var past: [String: Bool] = [:]
  private var progressive: [String: Bool] = [:]
  private let lemmatizer = Lemmatizer.shared

  func isPast(_ token: Token) -> Bool {
    guard !token.isNumeral else { return false }
    if let known = past[token.word] { return known }
    let found = lemmatizer.isIrregularForm(token.word) || (token.word.hasSuffix("ed") && lemmatizer.verbLemma(token.word) != nil)
    past[token.word] = found
    return found
  }

  func isProgressive(_ token: Token) -> Bool {
    guard token.word.hasSuffix("ing") else { return false }
    if let known = progressive[token.word] { return known }
    let found = lemmatizer.verbLemma(token.word) != nil
    progressive[token.word] = found
    return found
  }
}
