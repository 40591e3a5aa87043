/// What the scorer knows around an answer, prepared once for every sentence: the question's
/// words, the posting's requirements, the facts in the research notes, the company's name.
struct FeatureContext: Sendable {
  /// Content stems of the question, as concepts.
  let questionStems: Set<String>
  /// Content stems of each requirement, as concepts; generic words ("experience", "strong") left out.
  let requirements: [Set<String>]
  /// Content stems of each research fact, as concepts.
  let facts: [Set<String>]
  /// The company's name as lowercased words.
  let companyWords: [String]
  let stopwords: Set<String>
  let concepts: Concepts

  init(question: String, requirements: [String], facts: [String], company: String?, tokenizer: Tokenizer = Tokenizer()) {
    let stopwords = Set(LexiconData.stopwords)
    let noise = Set(LexiconData.requirementNoise)
    let concepts = Concepts.shared
    func content(_ text: String, dropping extra: Set<String> = []) -> Set<String> {
      Set(tokenizer.tokens(text).filter { token in
        !token.isNumeral && token.word.count > 1 && !stopwords.contains(token.word) && !extra.contains(token.word)
      }.map { concepts.concept($0.stem) })
    }
    self.stopwords = stopwords
    self.concepts = concepts
    questionStems = content(question)
    // Kept in the posting's order, empty or not, so an index names the posting's requirement.
    self.requirements = requirements.map { content($0, dropping: noise) }
    let name = tokenizer.tokens(company ?? "").map(\.word)
    companyWords = name
    self.facts = facts.map { content($0, dropping: Set(name)) }.filter { $0.count >= 2 }
  }

  /// The requirements a sentence with these stems brings up: all of a short requirement's
  /// words, or two of a longer one's.
  func requirementsMatched(_ stems: Set<String>) -> [Int] {
    requirements.indices.filter { index in
      guard !requirements[index].isEmpty else { return false }
      return requirements[index].intersection(stems).count >= min(2, requirements[index].count)
    }
  }

  /// The research facts a sentence with these stems uses: two of a fact's words or more.
  func factsMatched(_ stems: Set<String>) -> [Int] {
    facts.indices.filter { facts[$0].intersection(stems).count >= 2 }
  }

  /// True when the words hold the company's name, whole.
  func namesCompany(_ words: [String]) -> Bool {
    guard let first = companyWords.first else { return false }
    for index in words.indices where words[index] == first {
      if Array(words[index...].prefix(companyWords.count)) == companyWords { return true }
    }
    return false
  }
}
