/// One word of an answer, normalised for matching but located in the original text.
public struct Token: Equatable, Sendable {
  /// Lowercased, with curly apostrophes made straight.
  public var word: String
  /// The Snowball stem of `word`.
  public var stem: String
  /// Offsets in Unicode scalars, end exclusive.
  public var start: Int
  public var end: Int
  /// Which sentence the word is in, counting from 0.
  public var sentence: Int
  /// True when the word was written with a capital letter and does not start its sentence.
  public var isCapitalizedMidSentence: Bool
  /// True for a number written in digits ("40", "3.5", "1,200").
  public var isNumeral: Bool

  public init(
    word: String, stem: String, start: Int, end: Int, sentence: Int,
    isCapitalizedMidSentence: Bool = false, isNumeral: Bool = false
  ) {
    self.word = word
    self.stem = stem
    self.start = start
    self.end = end
    self.sentence = sentence
    self.isCapitalizedMidSentence = isCapitalizedMidSentence
    self.isNumeral = isNumeral
  }
}
