/// How the answer speaks about other people and about the speaker: judged by what is said about whom.
extension AnswerAnalysis {
  /// Complaints and insults aimed at people: an insult anywhere, a complaint in a sentence about an
  /// employer, a manager, a colleague or a client (anywhere when the question is about leaving,
  /// where the employer goes without saying), and pushing the fault onto others.
  func negativity(employerImplied: Bool) -> [Evidence] {
    let aimed = Set(matches(.employerTarget).map { tokens[$0.tokens.lowerBound].sentence })
    var found = foundAnywhere(.insult, label: "insult")
    for match in matches(.complaint)
    where employerImplied || aimed.contains(tokens[match.tokens.lowerBound].sentence) {
      found.append(evidence("complaint", tokens: match.tokens))
    }
    found += foundAnywhere(.deflection, label: "blame")
    var seen = Set<Int>()
    return found.filter { item in seen.insert(item.start).inserted }.sorted { $0.start < $1.start }
  }

  var profanity: [Evidence] { foundAnywhere(.profanity, label: "profanity") }
  var boasts: [Evidence] { foundAnywhere(.boast, label: "boast or denial") }
  var selfDoubt: [Evidence] { foundAnywhere(.selfDoubt, label: "self-doubt") }

  /// Content words used far more than the others: signs of circling.
  func repeatedWords() -> [(word: String, count: Int, first: Int)] {
    var counts: [String: (count: Int, first: Int, word: String)] = [:]
    for (index, token) in tokens.enumerated()
    where !lexicon.stopwords.contains(token.stem) && token.word.count > 3 && !token.isNumeral {
      let entry = counts[token.stem]
      counts[token.stem] = ((entry?.count ?? 0) + 1, entry?.first ?? index, entry?.word ?? token.word)
    }
    let threshold = max(5, wordCount / 20)
    return counts.values.filter { $0.count >= threshold }
      .sorted { $0.count > $1.count }
      .map { ($0.word, $0.count, $0.first) }
  }
}
