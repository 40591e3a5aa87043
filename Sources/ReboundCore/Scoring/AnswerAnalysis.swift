/// Everything the criteria need to know about one answer, found in one pass over its words.
final class AnswerAnalysis {
  let text: String
  let scalars: [Unicode.Scalar]
  let tokens: [Token]
  let sentenceCount: Int
  let lexicon: Lexicon
  /// Every lexicon phrase set's matches, found in one pass.
  private let phraseMatches: [[PhraseMatch]]

  init(_ text: String, tokenizer: Tokenizer, lexicon: Lexicon) {
    self.text = text
    self.scalars = Array(text.unicodeScalars)
    self.tokens = tokenizer.tokens(text)
    self.sentenceCount = (tokens.last?.sentence ?? -1) + 1
    self.lexicon = lexicon
    self.phraseMatches = lexicon.index.matches(in: tokens)
  }

  lazy var selfActions: [Evidence] = actions(by: "i")
  lazy var teamActions: [Evidence] = actions(by: "we")
  lazy var quantityEvidence: [Evidence] = quantities()
  lazy var specificEvidence: [Evidence] = specifics()

  /// Where each stem occurs, for matching requirements without rescanning the answer.
  lazy var stemPositions: [String: [Int]] = {
    var positions: [String: [Int]] = [:]
    for (index, token) in tokens.enumerated() { positions[token.stem, default: []].append(index) }
    return positions
  }()

  /// The sentence holding the scalar offset `start` (the first word at or after it).
  func sentence(at start: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].start < start { low = mid + 1 } else { high = mid }
    }
    return low < tokens.count ? tokens[low].sentence : sentenceCount
  }

  var wordCount: Int { tokens.count }

  /// The exact words between two token indices, as evidence.
  func evidence(_ label: String, tokens range: Range<Int>) -> Evidence {
    let start = tokens[range.lowerBound].start
    var end = tokens[range.upperBound - 1].end
    // Keep a trailing % or currency suffix with its number.
    if end < scalars.count, scalars[end] == "%" { end += 1 }
    return Evidence(label: label, text: slice(start, end), start: start, end: end)
  }

  func slice(_ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }

  func matches(_ set: PhraseSet) -> [PhraseMatch] {
    if let slot = set.slot, slot < phraseMatches.count { return phraseMatches[slot] }
    return set.matches(in: tokens)
  }

  /// The evidence for each phrase found, one per distinct place.
  func found(_ set: PhraseSet, label: String) -> [Evidence] {
    matches(set).map { evidence(label, tokens: $0.tokens) }
  }

  /// Where in the answer a token sits, from 0 (start) to 1 (end).
  func position(of tokenIndex: Int) -> Double {
    tokens.isEmpty ? 0 : Double(tokenIndex) / Double(tokens.count)
  }

  // MARK: Actions

  /// "I" (or "we") followed within three words by an action verb: "I rebuilt", "I then called".
  func actions(by subject: String) -> [Evidence] {
    // "I've led" and "we've cut" count like "I led"; "I'd" is usually "I would" and does not.
    let subjects: Set<String> = [subject, subject + "'ve"]
    var found: [Evidence] = []
    var index = 0
    while index < tokens.count {
      guard subjects.contains(tokens[index].word) else {
        index += 1
        continue
      }
      var look = index + 1
      var reach = index + 3
      while look < tokens.count, look <= reach, tokens[look].sentence == tokens[index].sentence {
        let token = tokens[look]
        // "I was able to reduce", "I decided to rebuild": the verb after "to" is the action.
        if ["was", "were"].contains(token.word), look + 2 < tokens.count, tokens[look + 1].word == "able",
          tokens[look + 2].word == "to"
        {
          look += 3
          reach = look
          if look < tokens.count, isBaseVerb(tokens[look]) {
            found.append(evidence("action", tokens: index..<(look + 1)))
            index = look
          }
          break
        }
        if token.word == "to", look + 1 < tokens.count, look > index + 1, isBaseVerb(tokens[look + 1]),
          Self.leadIns.contains(tokens[look - 1].word)
        {
          found.append(evidence("action", tokens: index..<(look + 2)))
          index = look + 1
          break
        }
        if lexicon.nonActions.contains(token.stem) || lexicon.nonActions.contains(token.word) {
          if ["decided", "started", "agreed", "tried", "used", "learned", "learnt"].contains(token.word),
            look + 1 < tokens.count, isActionVerb(tokens[look + 1]) || tokens[look + 1].word == "to"
          {
            look += 1
            continue
          }
          if ["then", "also", "quickly", "personally", "immediately", "first", "next", "finally",
            "really", "actually", "just"].contains(token.word)
          {
            look += 1
            continue
          }
          break
        }
        if isActionVerb(token) {
          // "I managed to convince": the action is what follows "to".
          if Self.leadIns.contains(token.word), look + 2 < tokens.count, tokens[look + 1].word == "to",
            isBaseVerb(tokens[look + 2])
          {
            look += 2
          }
          found.append(evidence("action", tokens: index..<(look + 1)))
          index = look
          // "I pulled the data, joined it to rosters and built a dashboard": each verb counts.
          var next = look + 1
          while next < tokens.count, tokens[next].sentence == token.sentence {
            let linked = tokens[next - 1].word == "and" || tokens[next - 1].word == "then"
              || separatedByComma(next - 1, next)
            if linked, isActionVerb(tokens[next]), !lexicon.nonActions.contains(tokens[next].stem) {
              found.append(evidence("action", tokens: next..<(next + 1)))
              index = next
            }
            next += 1
          }
          break
        }
        if ["then", "quickly", "first", "next", "finally", "immediately", "carefully", "personally", "to"]
          .contains(token.word)
        {
          look += 1
          continue
        }
        break
      }
      index += 1
    }
    return found
  }

  /// Verbs that lead into the real action through "to": "I decided to…", "I managed to…".
  static let leadIns: Set<String> = [
    "decided", "managed", "started", "chose", "offered", "volunteered", "agreed", "began", "went",
    "stepped", "moved", "worked", "set", "arranged", "needed", "had", "wanted", "used", "learned",
  ]

  /// A plain verb after "to": long enough, and neither a stopword nor a state.
  func isBaseVerb(_ token: Token) -> Bool {
    token.word.count > 3 && !token.isNumeral && !lexicon.stopwords.contains(token.stem)
      && !lexicon.nonActions.contains(token.stem) && !token.isCapitalizedMidSentence
  }

  func separatedByComma(_ left: Int, _ right: Int) -> Bool {
    scalars[tokens[left].end..<tokens[right].start].contains(",")
  }

  func isActionVerb(_ token: Token) -> Bool {
    let word = token.word
    if lexicon.irregularActions.contains(token.stem) || lexicon.irregularActions.contains(word) {
      return true
    }
    return word.count > 4 && word.hasSuffix("ed") && !lexicon.nonActions.contains(token.stem)
  }

  /// Planned or habitual actions ("I would call", "I always check"), for situational answers.
  func plannedActions() -> [Evidence] {
    var found: [Evidence] = []
    for index in tokens.indices where tokens[index].word == "i" || tokens[index].word == "i'd" {
      let next = index + 1
      guard next + 1 < tokens.count else { continue }
      if tokens[index].word == "i'd" || ["would", "will", "always", "usually", "start", "first"].contains(tokens[next].word) {
        let verb = tokens[index].word == "i'd" ? next : next + 1
        if verb < tokens.count, tokens[verb].word.count > 2,
          !lexicon.stopwords.contains(tokens[verb].stem), !lexicon.nonActions.contains(tokens[verb].stem)
        {
          found.append(evidence("planned action", tokens: index..<(verb + 1)))
        }
      }
    }
    return found
  }

  // MARK: Quantities and specifics

  /// Numbers, percentages, money, durations and multipliers ("doubled").
  func quantities() -> [Evidence] {
    var found: [Evidence] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.isNumeral {
        if isYear(index) {
          index += 1
          continue
        }
        var end = index + 1
        if end < tokens.count, ["percent", "k", "m", "bn", "million", "thousand", "hours", "days",
          "weeks", "months", "minutes", "years", "people", "points", "x"].contains(tokens[end].word)
        {
          end += 1
        }
        var item = evidence("quantity", tokens: index..<end)
        if token.start > 0, "$£€".unicodeScalars.contains(scalars[token.start - 1]) {
          item = Evidence(label: "quantity", text: slice(token.start - 1, item.end), start: token.start - 1, end: item.end)
        }
        found.append(item)
        index = end
        continue
      }
      if let length = lexicon.multipliers.matches(at: index, in: tokens) {
        found.append(evidence("quantity", tokens: index..<(index + length)))
        index += length
        continue
      }
      if let length = lexicon.numberWords.matches(at: index, in: tokens) {
        var end = index + length
        if end < tokens.count, lexicon.timeUnits.matches(at: end, in: tokens) != nil
          || ["percent", "people", "customers", "hours", "days", "weeks", "months", "times"].contains(tokens[end].word)
        {
          end += 1
          found.append(evidence("quantity", tokens: index..<end))
        } else if ["hundred", "thousand", "million", "billion", "half", "percent", "doubled"].contains(tokens[index].word) {
          found.append(evidence("quantity", tokens: index..<end))
        } else if end < tokens.count, tokens[end].sentence == tokens[index].sentence,
          tokens[end].word.count > 3, !lexicon.stopwords.contains(tokens[end].stem),
          !lexicon.nonActions.contains(tokens[end].stem)
        {
          // "forty patients", "twelve stores": a count of something.
          found.append(evidence("quantity", tokens: index..<(end + 1)))
          index = end + 1
          continue
        }
        index = end
        continue
      }
      index += 1
    }
    return found
  }

  func isYear(_ index: Int) -> Bool {
    let word = tokens[index].word
    guard word.count == 4, let value = Int(word), (1950...2039).contains(value) else { return false }
    let end = tokens[index].end
    return !(end < scalars.count && scalars[end] == "%")
  }

  /// Names, years and tools: capitalised words inside a sentence, and years.
  func specifics() -> [Evidence] {
    var found: [Evidence] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.isNumeral && isYear(index) {
        found.append(evidence("specific", tokens: index..<(index + 1)))
      } else if token.isCapitalizedMidSentence, token.word != "i", token.word != "i'm", token.word != "i've",
        token.word != "i'd", !Self.commonCapitals.contains(token.word)
      {
        var end = index + 1
        while end < tokens.count, tokens[end].isCapitalizedMidSentence, tokens[end].sentence == token.sentence,
          !tokens[end].word.hasPrefix("i'"), tokens[end].word != "i"
        {
          end += 1
        }
        found.append(evidence("specific", tokens: index..<end))
        index = end
        continue
      }
      index += 1
    }
    return found
  }

  static let commonCapitals: Set<String> = ["ok", "okay"]

  // MARK: Delivery

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

  /// Negative words: harsh ones anywhere, milder ones only when aimed at other people.
  func negativity() -> [Evidence] {
    var found = self.found(lexicon.harshWords, label: "negativity")
    let people = matches(lexicon.otherPeople)
    let sentencesAboutOthers = Set(people.map { tokens[$0.tokens.lowerBound].sentence })
    for match in matches(lexicon.complaints)
    where sentencesAboutOthers.contains(tokens[match.tokens.lowerBound].sentence) {
      found.append(evidence("negativity", tokens: match.tokens))
    }
    return found.sorted { $0.start < $1.start }
  }
}
