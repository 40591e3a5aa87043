/// How common an English word is, on the Zipf scale (wordfreq): 7 for "the", 3 for "manhole".
///
/// A story is concrete when it names things an everyday sentence would not: the scorer reads a
/// rare word as a specific ("invert levels", "accruals") and an everyday one as filler.
public struct WordFrequency: Sendable {
  let zipf: [String: Double]

  /// The table compiled in from wordfreq, once per process.
  public static let shared: WordFrequency = {
    var table: [String: Double] = [:]
    table.reserveCapacity(32_000)
    for line in WordFrequencyData.zipfTimesTen.split(separator: "\n") {
      var words = line.split(separator: " ")
      guard !words.isEmpty, let bucket = Double(words.removeFirst()) else { continue }
      for word in words { table[String(word)] = bucket / 10 }
    }
    return WordFrequency(zipf: table)
  }()

  /// The word's Zipf frequency; words too rare to be listed count as 2.5.
  public func zipf(_ word: String) -> Double { zipf[word] ?? 2.5 }

  /// True for a word an everyday sentence would use (Zipf 4 or more: "report", "team", "chamber").
  public func isCommon(_ word: String) -> Bool { zipf(word) >= 4.0 }
}
