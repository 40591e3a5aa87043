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
  /// The question banks, for the questions an interview built from each posting would ask.
  var banks: URL?

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
    let questions = try banks.map { try questionReport(folder: folder, banks: $0) }
    print("Postings (\(index.deletingLastPathComponent().path))")
    print("  requirement recall:    \(percent(found, listed))")
    print("  requirement precision: \(percent(correct, extracted))")
    print("  must/nice right:       \(percent(levelsRight, levels))")
    if let questions {
      print("  posting-driven questions that read right: \(percent(questions.good, questions.total))")
    }
    if !quiet { lines.forEach { print($0) } }
    if let questions, !quiet { questions.problems.forEach { print($0) } }
    print()
  }

  /// Every question an interview built from each posting asks, checked as a reader would: under 40
  /// words, no sentences glued together, no nine-word run pasted from the posting, no slot filled
  /// with a sentence.
  func questionReport(folder: URL, banks: URL) throws -> (good: Int, total: Int, problems: [String]) {
    let catalog = try BankCatalog.load(from: banks)
    let parser = PostingParser()
    let tokenizer = Tokenizer()
    var good = 0
    var total = 0
    var problems: [String] = []
    for entry in try readJSONLines(index) {
      guard let file = entry["file"] as? String else { continue }
      let url = folder.appendingPathComponent(file)
      let posting = try parser.parse(contentsOf: url)
      let raw = try String(contentsOf: url, encoding: .utf8)
      let postingWords = tokenizer.tokens(PostingText.plain(raw)).map(\.word)
      var runs = Set<String>()
      if postingWords.count >= 9 {
        for start in 0...(postingWords.count - 9) { runs.insert(postingWords[start..<(start + 9)].joined(separator: " ")) }
      }
      for seed in [UInt64(1), 2, 3] {
        let plan = InterviewPlanner(catalog: catalog, banks: catalog.banks.filter { $0.role == nil }, count: 8, seed: seed, posting: posting).plan()
        for planned in plan where planned.origin == .posting {
          total += 1
          let text = planned.question.text
          let words = tokenizer.tokens(text).map(\.word)
          var faults: [String] = []
          if words.count >= 40 { faults.append("\(words.count) words") }
          if text.range(of: "[a-z][.!?][A-Z]|[a-z]{3}[A-Z][a-z]{2}", options: .regularExpression) != nil { faults.append("glued") }
          if words.count >= 9, (0...(words.count - 9)).contains(where: { runs.contains(words[$0..<($0 + 9)].joined(separator: " ")) }) {
            faults.append("pastes the posting")
          }
          let requirement = posting.requirements.first { $0.text == planned.requirement }
          if let skill = requirement?.skill, RequirementPhraseCheck.isSentence(skill) { faults.append("slot is a sentence") }
          if faults.isEmpty { good += 1 } else { problems.append("    question (\(faults.joined(separator: ", "))): \(oneLine(text, 110))") }
        }
      }
    }
    return (good, total, problems)
  }
}

/// Whether a phrase put in a question's slot is a sentence rather than a phrase.
enum RequirementPhraseCheck {
  static func isSentence(_ phrase: String) -> Bool {
    let lower = " " + phrase.lowercased() + " "
    return phrase.split(separator: " ").count > 8 || phrase.contains(".") || phrase.hasSuffix(":")
      || [" must ", " will ", " is ", " are ", " you ", " we ", " should "].contains(where: lower.contains)
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
