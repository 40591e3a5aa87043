/// An answer (or a question) read once: its words, its sentences and which words each holds.
///
/// Everything the scorer extracts works from this, so the text is tokenised a single time and
/// every offset refers to the text as the user typed it.
public struct AnsweredText: Sendable {
  public let text: String
  /// Unicode scalar offsets of each sentence, in order.
  public let sentences: [Range<Int>]
  public let tokens: [Token]
  /// For each sentence, the range of `tokens` inside it.
  public let tokensOfSentence: [Range<Int>]
  /// Each sentence's text, cut from the answer once.
  let sentenceTexts: [String]
  let scalars: [Unicode.Scalar]

  /// - Parameter whole: read the text as one sentence (a question, however many it has).
  public init(_ text: String, tokenizer: Tokenizer = Tokenizer(), whole: Bool = false) {
    self.text = text
    scalars = Array(text.unicodeScalars)
    let split = SentenceSplitter.split(text)
    sentences = whole ? split.first.map { [$0.lowerBound..<(split.last?.upperBound ?? $0.upperBound)] } ?? [] : split
    tokens = tokenizer.tokens(text)
    // Tokens and sentences are both in order: one pass assigns each token its sentence.
    var ranges: [Range<Int>] = []
    var next = 0
    for sentence in sentences {
      while next < tokens.count, tokens[next].start < sentence.lowerBound { next += 1 }
      let first = next
      while next < tokens.count, tokens[next].end <= sentence.upperBound { next += 1 }
      ranges.append(first..<next)
    }
    tokensOfSentence = ranges
    // String indices of every sentence boundary, found in one walk (building a String from
    // scalars one at a time is slow).
    var bounds: [Int: String.Index] = [:]
    for range in sentences {
      bounds[range.lowerBound] = text.startIndex
      bounds[range.upperBound] = text.startIndex
    }
    var offset = 0
    var index = text.unicodeScalars.startIndex
    while index < text.unicodeScalars.endIndex {
      if bounds[offset] != nil { bounds[offset] = index }
      text.unicodeScalars.formIndex(after: &index)
      offset += 1
    }
    if bounds[offset] != nil { bounds[offset] = index }
    sentenceTexts = sentences.map { range in
      String(text.unicodeScalars[(bounds[range.lowerBound] ?? text.startIndex)..<(bounds[range.upperBound] ?? text.endIndex)])
    }
  }

  public var wordCount: Int { tokens.count }

  /// The words of sentence `index`.
  public func tokens(of index: Int) -> ArraySlice<Token> { tokens[tokensOfSentence[index]] }

  /// The text of sentence `index`, as typed.
  public func sentenceText(_ index: Int) -> String {
    sentenceTexts[index]
  }

  /// The text between two scalar offsets, as typed.
  func slice(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }

  /// The last character of sentence `index` that is not a closing quote or bracket.
  func finalMark(of index: Int) -> Unicode.Scalar? {
    var end = sentences[index].upperBound
    while end > sentences[index].lowerBound, "\"'\u{201D}\u{2019})]".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
    return end > sentences[index].lowerBound ? scalars[end - 1] : nil
  }
}
