/// The facts a candidate could have found about the company (research notes, the posting's
/// about part), each prepared so an answer that uses it in its own words can be recognised.
public struct ResearchFacts: Sendable {
  struct Fact: Sendable {
    /// Content stems of the fact.
    let stems: Set<String>
    /// The rarer of them: a name, a number, a word an everyday sentence would not use.
    let distinctive: Set<String>
  }

  let facts: [Fact]
  let hasNotes: Bool

  /// No notes and no posting: nothing to look for.
  static let none = ResearchFacts(facts: [], hasNotes: false)

  private init(facts: [Fact], hasNotes: Bool) {
    self.facts = facts
    self.hasNotes = hasNotes
  }

  init(notes: String?, about: [String], company: String?, tokenizer: Tokenizer, lexicon: Lexicon) {
    let companyStems = Set(tokenizer.tokens(company ?? "").map(\.stem))
    let frequency = WordFrequency.shared
    var facts: [Fact] = []
    let lines = (notes ?? "").split(whereSeparator: \.isNewline).map(String.init) + about
    for line in lines {
      // One fact a sentence: "Runs night trains to Glasgow. Aims to be carbon neutral by 2030." is two.
      var bySentence: [Int: [Token]] = [:]
      for token in tokenizer.tokens(line) { bySentence[token.sentence, default: []].append(token) }
      for sentence in bySentence.keys.sorted() {
        var stems = Set<String>()
        var distinctive = Set<String>()
        for token in bySentence[sentence] ?? [] {
          guard !lexicon.stopwords.contains(token.stem), !companyStems.contains(token.stem),
            !Self.generic.contains(token.stem)
          else { continue }
          if token.isNumeral {
            if token.word.count >= 2 { distinctive.insert(token.stem) }
            continue
          }
          guard token.word.count > 2 else { continue }
          stems.insert(token.stem)
          // A name or a rare word only this company's notes would use: "Wakefield", "apprenticeships".
          let zipf = frequency.zipf(token.word)
          if zipf < 3.2 || token.isCapitalizedMidSentence && zipf < 3.5 { distinctive.insert(token.stem) }
        }
        if stems.count + distinctive.count >= 2 {
          facts.append(Fact(stems: stems.union(distinctive), distinctive: distinctive))
        }
      }
    }
    self.facts = facts
    hasNotes = !(notes ?? "").trimmedLines.isEmpty
  }

  var isEmpty: Bool { facts.isEmpty }

  /// The words of each distinct fact the answer uses, in its own words or the notes', one list a fact.
  ///
  /// A fact shared only through everyday words ("payroll software") counts where the answer is
  /// talking about the company (`aboutCompany` sentences); a name or a number from the notes
  /// counts wherever it appears.
  func used(in analysis: AnswerAnalysis, aboutCompany: Set<Int>) -> [[Evidence]] {
    guard !facts.isEmpty else { return [] }
    var used: [[Evidence]] = []
    var taken = Set<Int>()
    for sentence in analysis.sentences where sentence.flags.isEmpty {
      let indices = Array(sentence.tokens)
      let stems = Set(indices.map { analysis.tokens[$0].stem })
      for (number, fact) in facts.enumerated() where !taken.contains(number) {
        let shared = fact.stems.intersection(stems)
        let distinctive = !fact.distinctive.intersection(stems).isEmpty
        let index = analysis.tokens[sentence.tokens.lowerBound].sentence
        guard distinctive || shared.count >= 2 && aboutCompany.contains(index) else { continue }
        let hits = indices.filter { shared.contains(analysis.tokens[$0].stem) }
        guard !hits.isEmpty else { continue }
        taken.insert(number)
        // Each run of the fact's words, as it was said: "night trains", "Glasgow".
        var runs: [Range<Int>] = []
        for hit in hits {
          if let last = runs.last, last.upperBound == hit { runs[runs.count - 1] = last.lowerBound..<(hit + 1) } else { runs.append(hit..<(hit + 1)) }
        }
        used.append(runs.prefix(3).map { analysis.evidence("research fact", tokens: $0) })
      }
    }
    return used
  }

  /// Words too common in any company's self-description to prove research.
  static let generic: Set<String> = {
    let stemmer = Stemmer.shared
    return Set(
      [
        "company", "team", "work", "people", "great", "good", "best", "opportunity", "role", "job",
        "business", "help", "world", "value", "values", "mission", "culture", "we", "our", "us",
        "believe", "everyone", "every", "make", "build", "together", "better", "passion",
        "passionate", "love", "join", "looking", "want", "create", "grow", "growth", "working",
        "employees", "place", "around", "global", "leading", "leader", "innovative", "innovation",
        "customers", "customer", "clients", "client", "products", "product", "services", "service",
        "success", "committed", "commitment", "environment", "support", "offer", "part", "day",
        "month", "year", "week", "time", "every", "across", "new", "first", "data", "way", "also",
        "invented", "calibration", "notes", "research", "fact", "facts", "candidate", "interview",
        "answers", "may", "could", "found", "use", "any", "them", "since", "runs", "run", "has",
      ].map { stemmer.stem($0) })
  }()
}

/// The questions a candidate asks at the end, told apart: about the work, or about the perks.
struct QuestionsAsked {
  let all: [Evidence]
  let aboutTheWork: [Evidence]
  /// Extra questions joined into one sentence: "…first, and what would success look like…?"
  let joined: Int

  init(_ analysis: AnswerAnalysis) {
    var found: [Evidence] = []
    var start = 0
    for (index, scalar) in analysis.scalars.enumerated() {
      if scalar == "." || scalar == "!" || scalar == "\n" || scalar == ";" {
        start = index + 1
        continue
      }
      guard scalar == "?" else { continue }
      let sentence = analysis.slice(start, index + 1)
      let trimmed = sentence.drop { $0 == " " || $0 == "\n" || $0 == "\"" }
      let offset = start + (sentence.unicodeScalars.count - trimmed.unicodeScalars.count)
      if trimmed.split(separator: " ").count >= 3 {
        found.append(Evidence(label: "question asked", text: String(trimmed), start: offset, end: index + 1))
      }
      start = index + 1
    }
    // "I'd like to know how…", "I was wondering what…": questions asked as statements.
    let stated = ["i'd like to know", "i would like to know", "i was wondering", "i'm wondering", "i'd love to know",
      "i'd like to hear", "could you tell me", "can you tell me"]
    let lower = analysis.text.lowercased()
    for phrase in stated where lower.includes(phrase) && !found.contains(where: { $0.text.lowercased().includes(phrase) }) {
      if let range = lower.range(of: phrase) {
        let start = lower.unicodeScalars.distance(from: lower.unicodeScalars.startIndex, to: range.lowerBound)
        let end = min(analysis.scalars.count, start + phrase.unicodeScalars.count)
        found.append(Evidence(label: "question asked", text: analysis.slice(start, end), start: start, end: end))
      }
    }
    all = found.sorted { $0.start < $1.start }
    let perks = analysis.lexicon[.perk]
    let work = analysis.lexicon[.workQuestion]
    let tokenizer = Tokenizer()
    aboutTheWork = all.filter { question in
      let tokens = tokenizer.tokens(question.text)
      return perks.matches(in: tokens).isEmpty && !work.matches(in: tokens).isEmpty
    }
    joined = aboutTheWork.reduce(0) { count, question in
      let lower = question.text.lowercased()
      return count + ["and what ", "and how ", "and who ", "and when ", "and where ", "and which ", "also, what ", "also, how "]
        .reduce(0) { $0 + lower.components(separatedBy: $1).count - 1 }
    }
  }
}
