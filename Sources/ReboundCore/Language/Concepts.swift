/// Stems that are one concept in different forms: "analysis", "analysed" and "analyze" are all
/// one thing to an interviewer reading a story against a requirement, though the stemmer gives
/// "analysi", "analys" and "analyz".
///
/// Built from WordNet's noun-verb derivations and British and American spellings (see
/// `Scripts/make-language-data.py`), stemmed with the same stemmer as the text, so the two always agree.
public struct Concepts: Sendable {
  /// Each grouped stem and the stem that stands for its group (the shortest).
  private let canonical: [String: String]

  /// The concepts over the compiled-in data, built on first use (under a millisecond).
  public static let shared = Concepts(pairs: WordNetData.derivations, stemmer: .shared)

  init(pairs: String, stemmer: Stemmer) {
    var groups: [String: Set<String>] = [:]
    for line in pairs.split(separator: "\n") {
      let words = line.split(separator: " ")
      guard words.count == 2 else { continue }
      let a = stemmer.stem(String(words[0]))
      let b = stemmer.stem(String(words[1]))
      // Stems that differ from the fourth letter on are different words that happen to be related.
      guard a != b, zip(a, b).prefix(while: { $0 == $1 }).count >= 4 else { continue }
      let merged = groups[a, default: [a]].union(groups[b, default: [b]])
      // Small groups only: a chain of derivations soon drifts from one meaning to another.
      guard merged.count <= 3, groups[a] == nil || groups[a] != groups[b] else { continue }
      for stem in merged { groups[stem] = merged }
    }
    var canonical: [String: String] = [:]
    for (stem, group) in groups {
      canonical[stem] = group.min { ($0.count, $0) < ($1.count, $1) } ?? stem
    }
    self.canonical = canonical
  }

  /// The stem that stands for `stem`'s concept; the stem itself when it has no other forms.
  public func concept(_ stem: String) -> String { canonical[stem] ?? stem }
}
