import Foundation

/// What the scorer knows beyond the answer: the posting, research notes, the company.
///
/// Built once per interview: the term lists it prepares are reused for every answer.
public struct ScoringContext: Sendable {
  public var posting: JobPosting?
  public var company: String?
  public var hasResearchNotes: Bool
  /// Stems of facts from the research notes and the posting's about/values part.
  let factStems: Set<String>
  /// Adjacent stem pairs from the same sources, for phrases like "carbon neutral".
  let factPairs: Set<String>
  /// The company name as lowercased words.
  let companyWords: [String]
  let requirements: [RequirementMatcher]

  public init(
    posting: JobPosting? = nil, research: String? = nil, company: String? = nil,
    tokenizer: Tokenizer = Tokenizer(), lexicon: Lexicon = .standard
  ) {
    self.posting = posting
    let name = company ?? posting?.company
    self.company = name.flatMap { $0.trimmed.isEmpty ? nil : $0 }
    self.hasResearchNotes = !(research ?? "").trimmedLines.isEmpty
    companyWords = tokenizer.tokens(self.company ?? "").map(\.word)
    let companyStems = Set(tokenizer.tokens(self.company ?? "").map(\.stem))
    var stems = Set<String>()
    var pairs = Set<String>()
    let sources = [research ?? ""] + (posting?.values ?? [])
    for source in sources {
      let tokens = tokenizer.tokens(source)
      let isFact = tokens.map {
        !$0.isNumeral && $0.word.count > 3 && !lexicon.stopwords.contains($0.stem)
          && !lexicon.irregularActions.contains($0.stem) && !lexicon.nonActions.contains($0.stem)
          && !Self.genericFactWords.contains($0.stem) && !companyStems.contains($0.stem)
      }
      for (index, token) in tokens.enumerated() where isFact[index] {
        stems.insert(token.stem)
        if index + 1 < tokens.count, isFact[index + 1], tokens[index + 1].sentence == token.sentence {
          pairs.insert(token.stem + " " + tokens[index + 1].stem)
        }
      }
    }
    factStems = stems
    factPairs = pairs
    requirements = (posting?.requirements ?? []).map {
      RequirementMatcher($0, tokenizer: tokenizer, lexicon: lexicon)
    }
  }

  /// Words too common in any company's self-description to prove research.
  static let genericFactWords: Set<String> = {
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
      ].map { stemmer.stem($0) })
  }()

  /// The requirement a question asks about by name ("your experience with SQL"), if any.
  func requirementNamed(in question: String, tokenizer: Tokenizer) -> String? {
    let stems = Set(tokenizer.tokens(question).map(\.stem))
    let scored = requirements.map { matcher in
      (matcher, matcher.stems.intersection(stems).count)
    }.filter { $0.1 > 0 }
    return scored.max { $0.1 < $1.1 }?.0.requirement.text
  }

  /// No posting, notes or company: nothing to score research or match against.
  public static let none = ScoringContext()
}

/// A posting requirement prepared for fast matching against answers.
struct RequirementMatcher: Sendable {
  let requirement: Requirement
  /// Distinct content stems of the requirement.
  let stems: Set<String>
  /// Adjacent content stem pairs ("stakehold", "manag").
  let pairs: [(first: String, second: String)]

  init(_ requirement: Requirement, tokenizer: Tokenizer, lexicon: Lexicon) {
    self.requirement = requirement
    var stems = Set<String>()
    var pairs: [(first: String, second: String)] = []
    for term in requirement.terms {
      let termStems = tokenizer.tokens(term).map(\.stem)
      if termStems.count == 1 { stems.insert(termStems[0]) }
      if termStems.count == 2 { pairs.append((termStems[0], termStems[1])) }
    }
    self.stems = stems
    self.pairs = pairs
  }
}
