/// The closed classes of words that carry no content of their own, stemmed once for matching:
/// grammar words, and the words every requirement uses ("experience", "strong") that prove
/// nothing about any one of them.
public struct Lexicon: Sendable {
  public let stopwords: Set<String>
  /// Stems common to every requirement ("experience", "strong") that prove nothing on their own.
  public let requirementNoise: Set<String>

  public init(tokenizer: Tokenizer = Tokenizer()) {
    func stems(_ words: [String]) -> Set<String> {
      Set(words.flatMap { tokenizer.tokens($0).map(\.stem) })
    }
    stopwords = stems(LexiconData.stopwords)
    requirementNoise = stems(LexiconData.requirementNoise)
  }

  /// One lexicon for the process; building it stems a few hundred words.
  public static let standard = Lexicon()
}
