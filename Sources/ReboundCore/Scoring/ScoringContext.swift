import Foundation

/// What the scorer knows beyond the answer: the posting, research notes, the company.
///
/// Built once per interview: what it prepares is reused for every answer.
public struct ScoringContext: Sendable {
  public var posting: JobPosting?
  public var company: String?
  /// The research notes and the posting's about part, one fact a sentence, as written.
  let factTexts: [String]
  /// The posting and the notes as they were written, so text copied from them earns nothing.
  let copySource: CopySource
  public let hasResearchNotes: Bool

  public init(posting: JobPosting? = nil, research: String? = nil, company: String? = nil, tokenizer: Tokenizer = Tokenizer()) {
    self.posting = posting
    let name = (company ?? posting?.company).map(Self.cleanName)
    self.company = name.flatMap { $0.isEmpty ? nil : $0 }
    hasResearchNotes = !(research ?? "").trimmedLines.isEmpty
    factTexts = ((research ?? "").split(whereSeparator: \.isNewline).map(String.init) + (posting?.values ?? []))
      .flatMap(SentenceSplitter.sentences)
    let postingText = (posting?.requirements.map(\.text) ?? []) + (posting?.responsibilities ?? [])
      + (posting?.values ?? [])
    copySource = CopySource(postingText + [research ?? ""], tokenizer: tokenizer)
  }

  /// A company name as written, without a note in brackets after it.
  static func cleanName(_ name: String) -> String {
    var name = name
    if let open = name.firstIndex(of: "("), name.last == ")" { name = String(name[..<open]) }
    return name.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
  }

  /// The same context for a company named in the question itself: "Why do you want to work at Acme?"
  func naming(_ company: String) -> ScoringContext {
    var copy = self
    copy.company = company
    return copy
  }

  /// No posting, notes or company: nothing to score research or match against.
  public static let none = ScoringContext()
}

/// The posting and notes as three-word runs, so an answer pasted from them is recognised.
public struct CopySource: Sendable {
  let trigrams: Set<String>

  init(_ texts: [String], tokenizer: Tokenizer) {
    var trigrams = Set<String>()
    for text in texts {
      let stems = tokenizer.tokens(text).map(\.stem)
      guard stems.count >= 3 else { continue }
      for index in 0..<(stems.count - 2) {
        trigrams.insert(stems[index] + " " + stems[index + 1] + " " + stems[index + 2])
      }
    }
    self.trigrams = trigrams
  }

  /// True when most of a sentence's three-word runs appear in the source.
  func covers(_ stems: [String]) -> Bool {
    guard stems.count >= 5, !trigrams.isEmpty else { return false }
    var hits = 0
    for index in 0..<(stems.count - 2) where trigrams.contains(stems[index] + " " + stems[index + 1] + " " + stems[index + 2]) {
      hits += 1
    }
    return Double(hits) / Double(stems.count - 2) >= 0.5
  }

  /// The share of the answer's three-word runs that appear in the source.
  func copiedShare(of tokens: [Token]) -> Double {
    guard tokens.count >= 3, !trigrams.isEmpty else { return 0 }
    var hits = 0
    for index in 0..<(tokens.count - 2)
    where trigrams.contains(tokens[index].stem + " " + tokens[index + 1].stem + " " + tokens[index + 2].stem) {
      hits += 1
    }
    return Double(hits) / Double(tokens.count - 2)
  }
}
