import Foundation

/// A few of the candidate's own words, said back the way an interviewer would: "You mentioned
/// the agency missed its deadline."
enum AnswerEcho {
  /// One whole clause of an evidence sentence, said back in the second person: the first clause
  /// (for a scene) or the last (for the step an answer stopped at). A clause longer than sixteen
  /// words is not said back at all, so nothing is ever cut mid-phrase.
  static func clause(of evidence: Evidence, last: Bool) -> String? {
    var clauses: [[String]] = [[]]
    for word in evidence.text.split(whereSeparator: \.isWhitespace).map(String.init) {
      let lower = word.lowercased()
      if ["and", "but", "so", "then", "because", "which"].contains(lower), !(clauses.last ?? []).isEmpty {
        clauses.append([])
        continue
      }
      clauses[clauses.count - 1].append(word)
      if let end = word.last, ",;:.!?".contains(end) { clauses.append([]) }
    }
    let usable = clauses.map { $0.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",;:.!?\"“”")) } }
      .filter { $0.count >= 3 }
    guard var words = last ? usable.last : usable.first, words.count <= 16 else { return nil }
    if evidence.label.hasSuffix("action"), let first = words.first?.lowercased(),
      !["i", "we", "i've", "we've", "i'd", "we'd", "i'll", "we'll"].contains(first)
    {
      words.insert("I", at: 0)
    }
    let spoken = words.enumerated().map { index, word in secondPerson(word, first: index == 0) }
    return TextSanitizer.oneLine(spoken.joined(separator: " "))
  }

  static let persons: [String: String] = [
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "we": "you", "us": "you",
    "our": "your", "ours": "yours", "ourselves": "yourselves", "i'm": "you're", "i've": "you've",
    "i'd": "you'd", "i'll": "you'll", "we're": "you're", "we've": "you've", "we'd": "you'd", "am": "were",
  ]

  static func secondPerson(_ word: String, first: Bool) -> String {
    let lower = word.lowercased().replacingOccurrences(of: "’", with: "'")
    let core = lower.trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "'")))
    if let swapped = persons[core] {
      return word.replacingOccurrences(of: word.trimmingCharacters(in: .punctuationCharacters), with: swapped)
    }
    // A sentence capital is not kept inside "You mentioned …"; a name is.
    if first, let initial = word.first, initial.isUppercase, word.dropFirst().allSatisfy({ !$0.isUppercase }),
      WordFrequency.shared.zipf(core) >= 4.5
    {
      return initial.lowercased() + word.dropFirst()
    }
    return word
  }
}
