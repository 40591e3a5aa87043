/// Numbers, names and the rare words that make a story checkable.
extension AnswerAnalysis {
  /// Numbers, percentages, money, durations and multipliers ("doubled") in sentences that count.
  func quantities() -> [Evidence] {
    if let cached = caches.quantities.value { return cached }
    let found = findQuantities()
    caches.quantities.value = found
    return found
  }

  private func findQuantities() -> [Evidence] {
    var found: [Evidence] = []
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      guard substantive[index], !stockPhrase.contains(index) else { continue }
      let token = tokens[index]
      if !token.isNumeral, Self.isAbbreviatedAmount(token.word) {
        var item = evidence("quantity", tokens: index..<(index + 1))
        if token.start > 0, "$£€".unicodeScalars.contains(scalars[token.start - 1]) {
          item = Evidence(label: "quantity", text: slice(token.start - 1, item.end), start: token.start - 1, end: item.end)
        }
        found.append(item)
        continue
      }
      if token.isNumeral {
        if isYear(index) { continue }
        var end = index + 1
        if end < tokens.count, Self.units.contains(tokens[end].word) { end += 1 }
        var item = evidence("quantity", tokens: index..<end)
        if token.start > 0, "$£€".unicodeScalars.contains(scalars[token.start - 1]) {
          item = Evidence(label: "quantity", text: slice(token.start - 1, item.end), start: token.start - 1, end: item.end)
        }
        found.append(item)
        index = end - 1
        continue
      }
      // "within a month", "in a fortnight": how fast something changed.
      if ["within", "in", "after"].contains(token.word), index + 2 < tokens.count,
        ["a", "an", "one"].contains(tokens[index + 1].word), lexicon[.timeUnit].matches(at: index + 2, in: tokens) != nil
          || tokens[index + 2].word == "fortnight"
      {
        found.append(evidence("quantity", tokens: index..<(index + 3)))
        index += 2
        continue
      }
      if let length = lexicon[.multiplier].matches(at: index, in: tokens) {
        found.append(evidence("quantity", tokens: index..<(index + length)))
        index += length - 1
        continue
      }
      if let length = lexicon[.numberWord].matches(at: index, in: tokens) {
        var end = index + length
        if end < tokens.count, tokens[end].sentence == token.sentence,
          lexicon[.timeUnit].matches(at: end, in: tokens) != nil || Self.countables.contains(tokens[end].word)
        {
          end += 1
          found.append(evidence("quantity", tokens: index..<end))
        } else if ["hundred", "thousand", "million", "billion", "half", "percent", "fortnight", "zero"].contains(token.word) {
          found.append(evidence("quantity", tokens: index..<end))
        } else if end < tokens.count, tokens[end].sentence == token.sentence, tokens[end].word.count > 3,
          !lexicon.stopwords.contains(tokens[end].stem)
        {
          // "forty patients", "twelve stores": a count of something.
          found.append(evidence("quantity", tokens: index..<(end + 1)))
          end += 1
        }
        index = end - 1
      }
    }
    return found
  }

  /// "48k", "2.5m", "35k": an amount written the short way.
  static func isAbbreviatedAmount(_ word: String) -> Bool {
    guard let last = word.last, ["k", "m"].contains(last) || word.hasSuffix("bn") else { return false }
    let digits = word.dropLast(word.hasSuffix("bn") ? 2 : 1)
    return !digits.isEmpty && digits.allSatisfy { $0.isNumber || $0 == "." }
  }

  static let units: Set<String> = [
    "percent", "k", "m", "bn", "million", "thousand", "hours", "days", "weeks", "months", "minutes",
    "years", "people", "points", "x", "mm", "millimetres", "millimeters", "cm", "km", "miles", "kg",
    "pounds", "dollars", "seats", "staff", "suppliers", "customers", "patients", "sq", "ft",
  ]
  static let countables: Set<String> = [
    "percent", "people", "customers", "hours", "days", "weeks", "months", "times", "staff", "shifts",
  ]

  func isYear(_ index: Int) -> Bool {
    let word = tokens[index].word
    guard word.count == 4, let value = Int(word), (1950...2039).contains(value) else { return false }
    let end = tokens[index].end
    return !(end < scalars.count && scalars[end] == "%")
  }

  /// Names, years and rare words: what a listener could check or picture.
  func specifics(excluding verbs: Set<Int> = []) -> [Evidence] {
    guard verbs.isEmpty else { return findSpecifics(excluding: verbs) }
    if let cached = caches.specifics.value { return cached }
    let found = findSpecifics(excluding: [])
    caches.specifics.value = found
    return found
  }

  private func findSpecifics(excluding verbs: Set<Int>) -> [Evidence] {
    var found: [Evidence] = []
    var seen = Set<String>()
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      guard substantive[index], !verbs.contains(index), !stockPhrase.contains(index) else { continue }
      let token = tokens[index]
      if token.isNumeral {
        if isYear(index), seen.insert(token.word).inserted { found.append(evidence("specific", tokens: index..<(index + 1))) }
        continue
      }
      if token.isCapitalizedMidSentence, !Self.firstPerson.contains(token.word), !Self.commonCapitals.contains(token.word),
        !followsColon(index)
      {
        var end = index + 1
        while end < tokens.count, tokens[end].isCapitalizedMidSentence, tokens[end].sentence == token.sentence,
          !Self.firstPerson.contains(tokens[end].word)
        {
          end += 1
        }
        let name = (index..<end).map { tokens[$0].word }.joined(separator: " ")
        if seen.insert(name).inserted { found.append(evidence("specific", tokens: index..<end)) }
        index = end - 1
        continue
      }
      if isRareWord(index), seen.insert(token.stem).inserted {
        found.append(evidence("specific", tokens: index..<(index + 1)))
      }
    }
    return found
  }

  static let commonCapitals: Set<String> = ["ok", "okay", "mr", "mrs", "ms", "dr"]
  static let genericWork = Set(LexiconData.genericWorkWords)

  /// "Task: My task was…": a capital after a colon starts a clause, it is not a name.
  func followsColon(_ index: Int) -> Bool {
    var offset = tokens[index].start - 1
    while offset >= 0, scalars[offset] == " " { offset -= 1 }
    return offset >= 0 && (scalars[offset] == ":" || scalars[offset] == "-" || scalars[offset] == "\u{2013}")
  }

  /// A word an everyday sentence would not use, and not a buzzword or a verb form: "manhole", "accruals".
  func isRareWord(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.word.count >= 4, !lexicon.stopwords.contains(token.stem),
      token.word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }), !Self.genericWork.contains(token.word),
      zipf(token.word) < Self.rareZipf, zipf(lemmatizer.nounLemma(token.word)) < Self.rareZipf,
      lexicon[.buzzword].matches(at: index, in: tokens) == nil
    else { return false }
    // "relabelled", "risen": a verb form is a step, not a thing; "deploys" may be either.
    if !token.word.hasSuffix("s"), let lemma = verbLemma(token.word), lemma != token.word {
      return false
    }
    return true
  }

  /// Below this Zipf frequency a word is specific enough to picture: "drainage" (3.8) yes, "process" (5.0) no.
  static let rareZipf = 3.9
}
