import Foundation
import ReboundCore

/// Real postings with their requirements labelled: recall, precision and must/nice agreement.
///
/// A listed requirement is found when one extracted requirement holds at least 60% of its content
/// words and it makes up at least 30% of that extracted one (so a blob holding everything does not
/// count); an extracted requirement is correct when it and some listed one each hold at least half
/// of the other's content words.
struct PostingEvaluation {
  let index: URL

  func report(quiet: Bool) throws {
    let folder = index.deletingLastPathComponent()
    let parser = PostingParser()
    var listed = 0
    var found = 0
    var extracted = 0
    var correct = 0
    var levels = 0
    var levelsRight = 0
    var lines: [String] = []
    for entry in try readJSONLines(index) {
      guard let file = entry["file"] as? String else { continue }
      let posting = try parser.parse(contentsOf: folder.appendingPathComponent(file))
      let must = (entry["required_skills"] as? [String] ?? []).map { ($0, Requirement.Level.must) }
      let nice = (entry["preferred_skills"] as? [String] ?? []).map { ($0, Requirement.Level.nice) }
      let labels = (must + nice).map { (words: ContentWords($0.0), level: $0.1, text: $0.0) }
      let got = posting.requirements.map { (words: ContentWords($0.text), level: $0.level, text: $0.text) }
      var missed: [String] = []
      var wrongLevel: [String] = []
      for label in labels {
        listed += 1
        let hit = got.filter { label.words.share(in: $0.words) >= 0.6 && $0.words.share(in: label.words) >= 0.3 }
          .max { label.words.share(in: $0.words) < label.words.share(in: $1.words) }
        guard let hit else {
          missed.append(label.text)
          continue
        }
        found += 1
        if !nice.isEmpty {
          levels += 1
          if hit.level == label.level { levelsRight += 1 } else { wrongLevel.append(label.text) }
        }
      }
      var extra: [String] = []
      for item in got {
        extracted += 1
        if labels.contains(where: { item.words.share(in: $0.words) >= 0.5 && $0.words.share(in: item.words) >= 0.5 }) {
          correct += 1
        } else {
          extra.append(item.text)
        }
      }
      if !missed.isEmpty || !extra.isEmpty || !wrongLevel.isEmpty {
        lines.append("  \(file): found \(labels.count - missed.count)/\(labels.count), extra \(extra.count)")
        lines += missed.map { "    missed: \(oneLine($0))" }
        lines += wrongLevel.map { "    level:  \(oneLine($0))" }
        lines += extra.map { "    extra:  \(oneLine($0))" }
      }
    }
    print("Postings (\(index.deletingLastPathComponent().path))")
    print("  requirement recall:    \(percent(found, listed))")
    print("  requirement precision: \(percent(correct, extracted))")
    print("  must/nice right:       \(percent(levelsRight, levels))")
    if !quiet { lines.forEach { print($0) } }
    print()
  }
}

/// The distinct content words of a requirement, with markup and entities taken out.
struct ContentWords {
  let words: Set<String>

  init(_ text: String) {
    var plain = text.replacingOccurrences(of: "&lt;[^&]*&gt;", with: " ", options: .regularExpression)
    plain = plain.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    plain = plain.replacingOccurrences(of: "&#x[0-9a-fA-F]+;|&#[0-9]+;|&[a-z]+;", with: " ", options: .regularExpression)
    let tokens = plain.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }
    words = Set(tokens.map(String.init).filter { !Self.stopwords.contains($0) && $0 != "+" && $0 != "#" })
  }

  /// The share of these words that `other` holds.
  func share(in other: ContentWords) -> Double {
    words.isEmpty ? 0 : Double(words.intersection(other.words).count) / Double(words.count)
  }

  static let stopwords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "as", "is", "are", "be", "been", "being", "was", "were", "it", "its", "this", "that", "these",
    "those", "you", "your", "we", "our", "us", "i", "me", "my", "he", "she", "they", "their", "will",
    "would", "should", "can", "could", "may", "must", "have", "has", "had", "do", "does", "not", "no",
    "any", "all", "some", "such", "other", "into", "than", "so", "if", "who", "which", "what", "when",
    "where", "how", "also", "etc", "s", "e", "g", "ie", "eg",
  ]
}
