/// The words and phrases an interviewer listens for, prepared for matching.
///
/// The lists themselves live in `LexiconData`; this type stems them once and indexes every list
/// so one pass over an answer finds them all.
public struct Lexicon: Sendable {
  /// One phrase set per signal, indexed by the signal's raw value.
  let sets: [PhraseSet]
  /// Every set behind one dictionary: one lookup per word of an answer.
  let index: PhraseIndex
  /// Verb lemmas that describe states and thoughts, not steps taken.
  public let nonActions: Set<String>
  /// Verb lemmas that name an effort without saying what was done.
  public let vagueVerbs: Set<String>
  public let stopwords: Set<String>
  /// Stems common to every requirement ("experience", "strong") that prove nothing on their own.
  public let requirementNoise: Set<String>

  public init(tokenizer: Tokenizer = Tokenizer()) {
    func stems(_ words: [String]) -> Set<String> {
      Set(words.flatMap { tokenizer.tokens($0).map(\.stem) })
    }
    var lists = LexiconData.phrases
    lists[.context, default: []] += LexiconData.timeAnchors
    var sets: [PhraseSet] = []
    for signal in Signal.allCases {
      var set = PhraseSet(lists[signal] ?? [], tokenizer: tokenizer)
      set.slot = signal.rawValue
      sets.append(set)
    }
    self.sets = sets
    index = PhraseIndex(sets)
    nonActions = Set(LexiconData.nonActions)
    vagueVerbs = Set(LexiconData.vagueVerbs)
    stopwords = stems(LexiconData.stopwords)
    requirementNoise = stems(LexiconData.requirementNoise)
  }

  /// The phrase set for one signal.
  public subscript(_ signal: Signal) -> PhraseSet { sets[signal.rawValue] }

  /// One lexicon for the process; building it stems a few thousand words.
  public static let standard = Lexicon()
}
