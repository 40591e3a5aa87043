/// Splits text into words on Unicode word boundaries, tracking sentences and original positions.
///
/// Words are runs of letters and digits; an apostrophe or a hyphen inside a word joins
/// ("don't"), a hyphen splits ("cross-functional" gives two words so phrases still match),
/// and digits keep their decimal point and thousands commas ("1,200", "3.5").
public struct Tokenizer: Sendable {
  let stemmer: Stemmer

  public init(stemmer: Stemmer = .shared) { self.stemmer = stemmer }

  public func tokens(_ text: String) -> [Token] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 5)
    var sentence = 0
    var sentenceHasWords = false
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isWordScalar(scalar) {
        let start = index
        var word = String.UnicodeScalarView()
        var allDigits = true
        var firstIsUpper = false
        while index < scalars.count {
          let current = scalars[index]
          if current.isASCII, isWordScalar(current) {
            // ASCII fast path: no Unicode property tables needed.
            let value = current.value
            let isDigit = value >= 48 && value <= 57
            let isUpper = value >= 65 && value <= 90
            if index == start { firstIsUpper = isUpper }
            if !isDigit { allDigits = false }
            word.append(isUpper ? Unicode.Scalar(value + 32) ?? current : current)
            index += 1
          } else if isWordScalar(current) {
            if index == start { firstIsUpper = current.properties.isUppercase }
            if current.properties.numericType == nil { allDigits = false }
            word.append(contentsOf: current.properties.lowercaseMapping.unicodeScalars)
            index += 1
          } else if isApostrophe(current), index + 1 < scalars.count,
            isWordScalar(scalars[index + 1]), !word.isEmpty
          {
            word.append("'")
            index += 1
          } else if (current == "." || current == ","), allDigits, index + 1 < scalars.count,
            scalars[index + 1].value >= 48, scalars[index + 1].value <= 57
          {
            word.append(current)
            index += 1
          } else {
            break
          }
        }
        let text = String(word)
        tokens.append(
          Token(
            word: text, stem: allDigits ? text : stemmer.stem(text), start: start, end: index,
            sentence: sentence, isCapitalizedMidSentence: firstIsUpper && sentenceHasWords,
            isNumeral: allDigits))
        sentenceHasWords = true
        continue
      }
      if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" || scalar == ";" {
        if sentenceHasWords {
          sentence += 1
          sentenceHasWords = false
        }
      }
      index += 1
    }
    return tokens
  }

  private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
  }

  private func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }
}
