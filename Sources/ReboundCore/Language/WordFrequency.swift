/// How common an English word is, on the Zipf scale (wordfreq): 7 for "the", 3 for "manhole".
///
/// A story is concrete when it names things an everyday sentence would not: the scorer reads a
/// rare word as a specific ("invert levels", "accruals") and an everyday one as filler.
public struct WordFrequency: Sendable {
  let table: SortedLines

  /// The compiled-in table; nothing is parsed until a word is looked up.
  public static let shared = loadCompiledIn()

  public static func loadCompiledIn() -> WordFrequency {
    WordFrequency(table: SortedLines(WordFrequencyData.zipfTimesTen))
  }

  /// The word's Zipf frequency; words too rare to be listed count as 2.5.
  public func zipf(_ word: String) -> Double {
    table.value(for: word).flatMap { Double($0) }.map { $0 / 10 } ?? 2.5
  }

  /// True for a word an everyday sentence would use (Zipf 4 or more: "report", "team", "chamber").
  public func isCommon(_ word: String) -> Bool { zipf(word) >= 4.0 }
}
