import Foundation

/// A few of the candidate's own words, said back the way an interviewer would: "You mentioned
/// the agency missed its deadline."
enum AnswerEcho {
  /// The clause of `answer` around a piece of evidence, at most ten words, in the second person.
  static func clause(around evidence: Evidence, in answer: String) -> String? {
    let scalars = Array(answer.unicodeScalars)
    guard evidence.start < scalars.count else { return nil }
    let stops: Set<Unicode.Scalar> = [".", "!", "?", ";", ",", ":", "\n"]
    // A step is said back from its verb on ("you moved your orders…"); a scene from its clause's start.
    let isStep = evidence.label.hasSuffix("action")
    var start = evidence.start
    while !isStep, start > 0, !stops.contains(scalars[start - 1]) { start -= 1 }
    var end = min(evidence.end, scalars.count)
    while end < scalars.count, !stops.contains(scalars[end]) { end += 1 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    var words = String(view).split(whereSeparator: \.isWhitespace).map(String.init)
    // Drop the joining words a clause starts with: "so", "and", "but", "then".
    while let first = words.first?.lowercased(), ["so", "and", "but", "then", "because", "which", "that"].contains(first) {
      words.removeFirst()
    }
    if isStep, let first = words.first?.lowercased(), !["i", "we", "i've", "we've", "i'd", "we'd"].contains(first) {
      words.insert("I", at: 0)
    }
    // A step ends where the next one begins: "…to a backup supplier", not "…and moved".
    if isStep, let and = words.dropFirst(2).firstIndex(where: { $0.lowercased() == "and" }), and >= 3 {
      words = Array(words[..<and])
    }
    guard words.count >= 3 else { return nil }
    if words.count > 10 { words = Array(words.prefix(10)) }
    while let last = words.last?.lowercased(), ["and", "or", "of", "to", "the", "a", "an", "in", "with", "for"].contains(last) {
      words.removeLast()
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
