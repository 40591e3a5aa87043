/// Base forms of English words, by WordNet's own rules ("morphy") and its lists of irregular forms.
///
/// The scorer needs to know that "led", "rewrote", "build" and "checking" are all the verbs
/// lead, rewrite, build and check, whatever the tense or the speaker's English; a suffix rule
/// such as "ends in -ed" misses most of them.
public struct Lemmatizer: Sendable {
  let verbs: SortedLines
  let verbExceptions: SortedLines
  let nounExceptions: SortedLines

  /// The lemmatizer over the compiled-in WordNet data; nothing is parsed until a word is looked up.
  public static let shared = loadCompiledIn()

  public static func loadCompiledIn() -> Lemmatizer {
    Lemmatizer(
      verbs: SortedLines(WordNetData.verbs), verbExceptions: SortedLines(WordNetData.verbExceptions),
      nounExceptions: SortedLines(WordNetData.nounExceptions))
  }

  /// Verb suffixes and what replaces them, in WordNet's order.
  private static let verbRules: [(String, String)] = [
    ("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
  ]

  /// The verb `word` is a form of ("rewrote" → "rewrite", "checking" → "check"), or nil.
  public func verbLemma(_ word: String) -> String? {
    let word = word.lowercased()
    if let base = verbExceptions.value(for: word) { return String(base) }
    if verbs.contains(word) { return word }
    for (suffix, replacement) in Self.verbRules where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
      let base = String(word.dropLast(suffix.count)) + replacement
      if verbs.contains(base) { return base }
    }
    // "stopped", "planning": a doubled final consonant before -ed or -ing.
    for suffix in ["ed", "ing"] where word.hasSuffix(suffix) {
      let stem = word.dropLast(suffix.count)
      if stem.count > 2, let last = stem.last, stem.dropLast().last == last, verbs.contains(String(stem.dropLast())) {
        return String(stem.dropLast())
      }
    }
    return nil
  }

  /// True when `word` can be a form of a verb.
  public func isVerb(_ word: String) -> Bool { verbLemma(word) != nil }

  /// True for an irregular form WordNet lists ("led", "rebuilt"), not a regular one.
  public func isIrregularForm(_ word: String) -> Bool { verbExceptions.contains(word.lowercased()) }

  /// The singular of an irregular or regular plural noun ("analyses" → "analysis"); the word otherwise.
  public func nounLemma(_ word: String) -> String {
    let word = word.lowercased()
    if let base = nounExceptions.value(for: word) { return String(base) }
    if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("sses") || word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 3 {
      return String(word.dropLast())
    }
    return word
  }
}
