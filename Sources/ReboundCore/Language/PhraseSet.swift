/// A list of words and multi-word phrases matched on whole, stemmed words.
///
/// "you know" matches across a space, "leader" never matches inside "cheerleader", and
/// "negotiated" matches "negotiation" because both sides are stemmed.
public struct PhraseSet: Sendable {
  /// Phrases as stem sequences, grouped by first stem, longest first.
  private var byFirstStem: [String: [[String]]] = [:]
  private var labels: [[String]: String] = [:]

  public init(_ phrases: [String], tokenizer: Tokenizer = Tokenizer()) {
    for phrase in phrases {
      let stems = tokenizer.tokens(phrase).map(\.stem)
      guard let first = stems.first else { continue }
      if labels[stems] == nil {
        byFirstStem[first, default: []].append(stems)
        labels[stems] = phrase
      }
    }
    for key in byFirstStem.keys { byFirstStem[key]?.sort { $0.count > $1.count } }
  }

  public var isEmpty: Bool { labels.isEmpty }

  /// Where phrases occur in `tokens`, as token index ranges that do not overlap.
  public func matches(in tokens: [Token]) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    var index = 0
    while index < tokens.count {
      if let candidates = byFirstStem[tokens[index].stem],
        let hit = candidates.first(where: { matches($0, tokens, at: index) })
      {
        found.append(PhraseMatch(tokens: index..<(index + hit.count), phrase: labels[hit] ?? ""))
        index += hit.count
      } else {
        index += 1
      }
    }
    return found
  }

  /// True when the phrase starts at token `index`.
  public func matches(at index: Int, in tokens: [Token]) -> Int? {
    guard let candidates = byFirstStem[tokens[index].stem] else { return nil }
    return candidates.first(where: { matches($0, tokens, at: index) })?.count
  }

  private func matches(_ stems: [String], _ tokens: [Token], at index: Int) -> Bool {
    guard index + stems.count <= tokens.count else { return false }
    for offset in 1..<max(1, stems.count) where tokens[index + offset].stem != stems[offset] {
      return false
    }
    return true
  }
}

/// One phrase found in a token list.
public struct PhraseMatch: Equatable, Sendable {
  public var tokens: Range<Int>
  /// The phrase as listed.
  public var phrase: String
}
