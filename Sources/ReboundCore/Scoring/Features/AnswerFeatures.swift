import Foundation

/// Everything the models read from one answer to one question: each sentence's features, the
/// question's own, and measures of the answer as a whole.
public struct AnswerFeatures: Sendable {
  public let text: AnsweredText
  public let sentences: [SentenceFeatures]
  /// The question read as one sentence: what the intent model sees.
  public let question: SentenceFeatures
  /// Values of `AnswerFeatures.names`, in order.
  public let whole: [Double]
  /// Sentences that say again what an earlier one said, or repeat the posting or the notes:
  /// they earn nothing, however well worded.
  public let echoes: Set<Int>

  public static let names = [
    "words", "sentences", "numbers", "repeated", "placeholders", "profanity", "copied", "distinct",
    "has_company", "has_posting", "has_notes", "company_named",
  ]

  /// Reads `answer` to `question` against what is known of the job.
  public init(answer: String, question: String, context: ScoringContext, tokenizer: Tokenizer = Tokenizer()) {
    let known = FeatureContext(
      question: question, requirements: context.posting?.requirements.map(\.text) ?? [],
      facts: context.factTexts, company: context.company, tokenizer: tokenizer)
    let text = AnsweredText(answer, tokenizer: tokenizer)
    self.text = text
    self.question = Self.questionFeatures(question, tokenizer: tokenizer)
    let forms = VerbForms()
    let sentences = text.sentences.indices.map { SentenceFeatures.of($0, in: text, context: known, forms: forms) }
    self.sentences = sentences
    let echoes = Self.echoes(text, source: context.copySource)
    self.echoes = echoes
    whole = Self.measure(text, echoes: echoes, context: context, known: known)
  }

  /// The question read as one sentence, however many it has.
  static func questionFeatures(_ question: String, tokenizer: Tokenizer = Tokenizer()) -> SentenceFeatures {
    let text = AnsweredText(TextSanitizer.oneLine(question), tokenizer: tokenizer, whole: true)
    guard !text.sentences.isEmpty else {
      return SentenceFeatures(
        terms: [], cues: Array(repeating: 0, count: SentenceFeatures.cueNames.count),
        embedding: Array(repeating: 0, count: EmbeddingData.dimensions))
    }
    let none = FeatureContext(question: "", requirements: [], facts: [], company: nil, tokenizer: tokenizer)
    return SentenceFeatures.of(0, in: text, context: none, forms: VerbForms())
  }

  /// Sentences that say nothing of the speaker's own: one said again (the same words in the same
  /// order, found by hashing in one pass), or one whose three-word runs mostly come from the
  /// posting or the notes.
  static func echoes(_ text: AnsweredText, source: CopySource) -> Set<Int> {
    var seen = Set<[String]>()
    var echoes = Set<Int>()
    for index in text.sentences.indices {
      let stems = text.tokens(of: index).map(\.stem)
      if stems.count >= 3, !seen.insert(stems).inserted || source.covers(stems) { echoes.insert(index) }
    }
    return echoes
  }

  static func measure(_ text: AnsweredText, echoes: Set<Int>, context: ScoringContext, known: FeatureContext) -> [Double] {
    let tokens = text.tokens
    // Length counts what the answer says once and in its own words.
    let said = text.sentences.indices.filter { !echoes.contains($0) }
    let saidWords = said.reduce(0) { $0 + text.tokensOfSentence[$1].count }
    // A sentence said again: the same words in the same order, found by hashing, in one pass.
    var seen = Set<[String]>()
    var repeated = 0
    for index in text.sentences.indices {
      let words = text.tokens(of: index).map(\.stem)
      if words.count >= 3, !seen.insert(words).inserted { repeated += 1 }
    }
    let placeholders = text.text.unicodeScalars.filter { $0 == "[" || $0 == "{" }.count
    let profanity = tokens.filter { SentenceCues.profanity.contains($0.word) }.count
    let distinct = Set(tokens.map(\.stem)).count
    let company = text.sentences.indices.contains { index in known.namesCompany(text.tokens(of: index).map(\.word)) }
    func flag(_ condition: Bool) -> Double { condition ? 1 : 0 }
    return [
      log1p(Double(saidWords)), log1p(Double(said.count)),
      log1p(Double(tokens.filter(\.isNumeral).count)),
      text.sentences.isEmpty ? 0 : Double(repeated) / Double(text.sentences.count),
      log1p(Double(placeholders)), log1p(Double(profanity)),
      context.copySource.copiedShare(of: tokens),
      tokens.isEmpty ? 0 : Double(distinct) / Double(tokens.count),
      flag(context.company != nil), flag(context.posting != nil), flag(context.hasResearchNotes), flag(company),
    ]
  }
}
