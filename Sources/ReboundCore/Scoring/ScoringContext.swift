import Foundation

/// What the scorer knows beyond the answer: the posting, research notes, the company.
///
/// Built once per interview: the term lists it prepares are reused for every answer.
public struct ScoringContext: Sendable {
  public var posting: JobPosting?
  public var company: String?
  /// Facts from the research notes and the posting's about/values part.
  let facts: ResearchFacts
  /// The posting and the notes as they were written, so text copied from them earns nothing.
  let copySource: CopySource
  /// The company name as lowercased words.
  private(set) var companyWords: [String]
  let requirements: [RequirementMatcher]

  public var hasResearchNotes: Bool { facts.hasNotes }

  public init(
    posting: JobPosting? = nil, research: String? = nil, company: String? = nil,
    tokenizer: Tokenizer = Tokenizer(), lexicon given: Lexicon? = nil
  ) {
    // The lexicon is built on first use (a couple of milliseconds); with no posting or notes
    // there is nothing to prepare, and an interview's first question need not wait for it.
    let needsLexicon = posting != nil || !(research ?? "").trimmedLines.isEmpty
    let lexicon = needsLexicon ? (given ?? .standard) : nil
    self.posting = posting
    let name = (company ?? posting?.company).map(Self.cleanName)
    self.company = name.flatMap { $0.isEmpty ? nil : $0 }
    companyWords = tokenizer.tokens(self.company ?? "").map(\.word)
    let companyName = self.company
    facts = lexicon.map {
      ResearchFacts(notes: research, about: posting?.values ?? [], company: companyName, tokenizer: tokenizer, lexicon: $0)
    } ?? .none
    let postingText = (posting?.requirements.map(\.text) ?? []) + (posting?.responsibilities ?? [])
      + (posting?.values ?? [])
    copySource = CopySource(postingText + [research ?? ""], tokenizer: tokenizer)
    requirements = lexicon.map { lexicon in
      (posting?.requirements ?? []).map { RequirementMatcher($0, tokenizer: tokenizer, lexicon: lexicon) }
    } ?? []
  }

  /// "Widget Inc. (fictional example)" is Widget Inc.: a note in brackets is not part of the name.
  static func cleanName(_ name: String) -> String {
    var name = name
    if let open = name.firstIndex(of: "("), name.last == ")" { name = String(name[..<open]) }
    return name.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
  }

  /// The same context for a company named in the question itself: "Why do you want to work at Acme?"
  func naming(_ company: String) -> ScoringContext {
    var copy = self
    copy.company = company
    copy.companyWords = Tokenizer().tokens(company).map(\.word)
    return copy
  }

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
