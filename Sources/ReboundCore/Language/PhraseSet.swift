/// A list of words and multi-word phrases matched on whole, stemmed words.
///
/// "you know" matches across a space, "leader" never matches inside "cheerleader", and
/// "negotiated" matches "negotiation" because both sides are stemmed. An entry written with a
/// leading "=" must match word for word: "=doubled" is not "double-check".
public struct PhraseSet: Sendable {
  /// Phrases as stem sequences, grouped by first stem, longest first.
  private(set) var byFirstStem: [String: [[String]]] = [:]
  private(set) var labels: [[String]: String] = [:]
  /// Entries that must match word for word, by their stems.
  private(set) var exactWords: [[String]: [String]] = [:]
  /// The set's place in its lexicon, so one pass over an answer can match every set at once.
  var slot: Int?

  public init(_ phrases: [String], tokenizer: Tokenizer = Tokenizer()) {
    for entry in phrases {
      let exact = entry.hasPrefix("=")
      let phrase = exact ? String(entry.dropFirst()) : entry
      let tokens = tokenizer.tokens(phrase)
      let stems = tokens.map(\.stem)
      guard let first = stems.first else { continue }
      if labels[stems] == nil {
        byFirstStem[first, default: []].append(stems)
        labels[stems] = phrase
        if exact { exactWords[stems] = tokens.map(\.word) }
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

  func matches(_ stems: [String], _ tokens: [Token], at index: Int) -> Bool {
    guard index + stems.count <= tokens.count else { return false }
    for offset in 1..<max(1, stems.count) where tokens[index + offset].stem != stems[offset] {
      return false
    }
    if let words = exactWords[stems] {
      return words.indices.allSatisfy { tokens[index + $0].word == words[$0] }
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

/// Every phrase set of a lexicon behind one dictionary: one lookup per word instead of one per set.
struct PhraseIndex: Sendable {
  private var candidates: [String: [(stems: [String], slot: Int, phrase: String, words: [String]?)]] = [:]
  let slots: Int

  init(_ sets: [PhraseSet]) {
    for (slot, set) in sets.enumerated() {
      for (first, phrases) in set.byFirstStem {
        for stems in phrases {
          candidates[first, default: []].append((stems, slot, set.labels[stems] ?? "", set.exactWords[stems]))
        }
      }
    }
    for key in candidates.keys { candidates[key]?.sort { $0.stems.count > $1.stems.count } }
    slots = sets.count
  }

  /// Each set's matches, longest first at each place and never overlapping within a set.
  func matches(in tokens: [Token]) -> [[PhraseMatch]] {
    var found = [[PhraseMatch]](repeating: [], count: slots)
    var nextFree = [Int](repeating: 0, count: slots)
    for index in tokens.indices {
      guard let list = candidates[tokens[index].stem] else { continue }
      for candidate in list where nextFree[candidate.slot] <= index {
        guard index + candidate.stems.count <= tokens.count else { continue }
        var hit = true
        for offset in 1..<max(1, candidate.stems.count)
        where tokens[index + offset].stem != candidate.stems[offset] {
          hit = false
          break
        }
        if hit, let words = candidate.words {
          hit = words.indices.allSatisfy { tokens[index + $0].word == words[$0] }
        }
        if hit {
          found[candidate.slot].append(
            PhraseMatch(tokens: index..<(index + candidate.stems.count), phrase: candidate.phrase))
          nextFree[candidate.slot] = index + candidate.stems.count
        }
      }
    }
    return found
  }
}
