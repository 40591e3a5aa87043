/// Splits text into sentences the way a reader does.
///
/// A full stop ends a sentence unless it belongs to an abbreviation a reader knows ("Mr.",
/// "Dr.", "e.g.", "a.m."), an initial ("J. Smith"), or a number ("5.30", "3.5%"). A question
/// mark, an exclamation mark, a line break and a semicolon end one too; quotes and closing
/// brackets after the mark stay with the sentence they close.
public enum SentenceSplitter {
  /// Abbreviations written with a full stop that seldom end a sentence: titles, Latin, times and
  /// the shortest forms of common words. A closed class of English orthography.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "mt", "rev", "gen", "col", "capt", "lt", "sgt",
    "e.g", "i.e", "etc", "vs", "cf", "al", "approx", "dept", "est", "inc", "ltd", "co", "corp",
    "no", "nos", "vol", "fig", "p", "pp", "ch", "ed", "a.m", "p.m", "am", "pm", "u.s", "u.k",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  /// The sentences of `text` as ranges of Unicode scalar offsets, trimmed of surrounding space.
  public static func split(_ text: String) -> [Range<Int>] {
    let scalars = Array(text.unicodeScalars)
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    func close(at end: Int) {
      var lower = start
      var upper = end
      while lower < upper, isSpace(scalars[lower]) { lower += 1 }
      while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
      if lower < upper, scalars[lower..<upper].contains(where: isWordScalar) { ranges.append(lower..<upper) }
      start = end
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\n" || scalar == ";" {
        close(at: index + (scalar == ";" ? 1 : 0))
        index += 1
        continue
      }
      guard scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" else {
        index += 1
        continue
      }
      var end = index + 1
      // A run of marks ("?!", "...") and what closes the sentence with them (quotes, brackets).
      while end < scalars.count, ".!?\u{2026}\"'\u{201D}\u{2019})]".unicodeScalars.contains(scalars[end]) { end += 1 }
      if scalar == "." && end == index + 1 && !endsSentence(scalars, at: index) {
        index += 1
        continue
      }
      close(at: end)
      index = end
    }
    close(at: scalars.count)
    return ranges
  }

  /// The sentences of `text` as strings.
  public static func sentences(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return split(text).map { String(String.UnicodeScalarView(scalars[$0])) }
  }

  /// Whether the full stop at `index` ends a sentence.
  static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    // "5.30", "3.5": a point between digits.
    if index + 1 < scalars.count, isDigit(scalars[index + 1]), index > 0, isDigit(scalars[index - 1]) { return false }
    // "1. How do…": a number that opens a line numbers a list item, it does not end a sentence.
    var digitStart = index
    while digitStart > 0, isDigit(scalars[digitStart - 1]) { digitStart -= 1 }
    if digitStart < index {
      var lineStart = digitStart
      while lineStart > 0, scalars[lineStart - 1] == " " || scalars[lineStart - 1] == "\t" { lineStart -= 1 }
      if lineStart == 0 || scalars[lineStart - 1] == "\n" { return false }
    }
    // The word before the point, with any points inside it ("e.g", "a.m").
    var first = index
    while first > 0, isWordScalar(scalars[first - 1]) || (scalars[first - 1] == "." && first - 1 > 0 && isWordScalar(scalars[first - 2])) {
      first -= 1
    }
    let word = String(String.UnicodeScalarView(scalars[first..<index])).lowercased()
    guard !word.isEmpty else { return true }
    // What follows: a sentence starts with a capital, a digit or a quote after a space.
    var next = index + 1
    while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
    guard next < scalars.count else { return true }
    let following = scalars[next]
    let startsLower = following.properties.isLowercase
    if abbreviations.contains(word) {
      // "at 5 a.m. Then we…": a time or a title before a capital is still read as one sentence
      // only when the next word is a name or a number; "a.m." before a capital ends it.
      if word == "a.m" || word == "p.m" || word == "etc" { return !startsLower && !isDigit(following) && isSentenceOpener(scalars, from: next) }
      return false
    }
    // "J. Smith", "Mr D. Jones": a single capital letter is an initial.
    if word.count == 1, let letter = word.unicodeScalars.first, letter.properties.isAlphabetic,
      scalars[first].properties.isUppercase
    {
      return false
    }
    // A point inside a word ("U.K", "Ph.D") is an abbreviation unless a capital follows.
    if word.contains(".") { return !startsLower }
    return !startsLower
  }

  /// True when the word starting at `index` commonly opens a sentence (a pronoun or a determiner).
  static func isSentenceOpener(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
    var end = index
    while end < scalars.count, isWordScalar(scalars[end]) || scalars[end] == "'" || scalars[end] == "\u{2019}" { end += 1 }
    let word = String(String.UnicodeScalarView(scalars[index..<end])).lowercased()
    return SentenceCues.sentenceOpeners.contains(word)
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
