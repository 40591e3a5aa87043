import Foundation

/// The scorer's fitted models and policy tables, read from the text `Scripts/fit-scorer.py`
/// writes (`Generated/ScorerModelData.swift`).
///
/// Read once, on the first score, so that starting an interview never waits for it.
struct ScorerModel: Sendable {
  let roles: [String]
  /// Each role's column.
  let roleIndex: [String: Int]
  /// The roles as read with the kind of question asked: what the criteria, evidence and advice use.
  let roleReader: LinearReader
  /// The roles as read from the sentences alone: what the "answers the question" gate uses, so
  /// that a story given to a salary question is not read as pay because pay was asked for.
  let contentReader: LinearReader
  let intents: [QuestionIntent]
  let intentReader: LinearReader
  /// Which question an answer answers, from the answer alone: each intent's intercept and weights
  /// over `AnswerProfile.answerVector`.
  let answerIntent: [(intent: QuestionIntent, intercept: Double, weights: [Double])]
  let profileNames: [String]
  /// How much the embedding counts beside the cues in the answer-intent model, as fitted.
  let embeddingScale: Double
  let criteria: [Criterion: RidgeModel]
  let gate: RidgeModel
  let gateFeatures: [String]
  /// The weight of each criterion in the overall score, for each kind and set of criteria that apply.
  let weights: [String: [Criterion: Double]]
  let policy: IntentPolicy

  static let shared = ScorerModel(text: ScorerModelData.text)

  init(text: String) {
    // Split as bytes: a megabyte of text split by Character would take longer than all the rest.
    var sections: [String: [Substring]] = [:]
    var current = ""
    for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
      let line = Substring(bytes)
      if bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") {
        current = String(line.dropFirst().dropLast())
        sections[current] = []
      } else {
        sections[current, default: []].append(line)
      }
    }
    func numbers(_ line: Substring?) -> [Double] { (line ?? "").split(separator: " ").map { Double($0) ?? 0 } }
    let cueCount = SentenceFeatures.cueNames.count
    roles = (sections["roles"] ?? []).map(String.init)
    roleIndex = Dictionary(roles.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    roleReader = LinearReader(
      classes: roles.count, intercepts: numbers(sections["role intercepts"]?.first),
      cueLines: sections["role cues"] ?? [], termLines: sections["role terms"] ?? [],
      cueCount: 3 * cueCount + EmbeddingData.dimensions + QuestionKind.allCases.count)
    contentReader = LinearReader(
      classes: roles.count, intercepts: numbers(sections["content intercepts"]?.first),
      cueLines: sections["content cues"] ?? [], termLines: sections["content terms"] ?? [],
      cueCount: 3 * cueCount + EmbeddingData.dimensions + QuestionKind.allCases.count)
    let intentNames = (sections["intents"] ?? []).map(String.init)
    intents = intentNames.map { QuestionIntent(rawValue: $0) ?? .episode }
    intentReader = LinearReader(
      classes: intentNames.count, intercepts: numbers(sections["intent intercepts"]?.first),
      cueLines: sections["intent cues"] ?? [], termLines: sections["intent terms"] ?? [],
      cueCount: cueCount + EmbeddingData.dimensions)
    answerIntent = (sections["answer intent"] ?? []).compactMap { line in
      let parts = line.split(separator: " ")
      guard parts.count > 2, let intent = QuestionIntent(rawValue: String(parts[0])) else { return nil }
      return (intent, Double(parts[1]) ?? 0, parts.dropFirst(2).map { Double($0) ?? 0 })
    }
    profileNames = (sections["profile"] ?? []).map(String.init)
    embeddingScale = (sections["settings"] ?? []).first { $0.hasPrefix("embedding_scale ") }
      .flatMap { Double($0.split(separator: " ").last ?? "") } ?? 1
    var criteria: [Criterion: RidgeModel] = [:]
    for criterion in Criterion.allCases {
      let lines = sections["criterion \(criterion.rawValue)"] ?? []
      criteria[criterion] = RidgeModel(
        intercept: numbers(lines.first).first ?? 0, mean: numbers(lines.dropFirst().first),
        scale: numbers(lines.dropFirst(2).first), coefficients: numbers(lines.dropFirst(3).first))
    }
    self.criteria = criteria
    let gate = sections["gate"] ?? []
    gateFeatures = (gate.first ?? "").split(separator: " ").map(String.init)
    self.gate = RidgeModel(
      intercept: numbers(gate.dropFirst().first).first ?? 0, mean: numbers(gate.dropFirst(2).first),
      scale: numbers(gate.dropFirst(3).first), coefficients: numbers(gate.dropFirst(4).first))
    var weights: [String: [Criterion: Double]] = [:]
    for line in sections["weights"] ?? [] {
      let parts = line.split(separator: " ")
      guard parts.count == 3 else { continue }
      let names = parts[1].split(separator: ",").compactMap { Criterion(rawValue: String($0)) }
      let values = parts[2].split(separator: ",").map { Double($0) ?? 0 }
      weights["\(parts[0]) \(parts[1])"] = Dictionary(uniqueKeysWithValues: zip(names, values))
    }
    self.weights = weights
    policy = IntentPolicy(lines: sections["policy"] ?? [])
  }

  /// How well an answer fits the question asked: the chance, read from the answer alone, that it
  /// answers a question of `intent` rather than of another intent.
  func fit(of vector: [Double], to intent: QuestionIntent) -> Double {
    let scores = answerIntent.map { entry in
      entry.intercept + zip(entry.weights, vector).reduce(0) { $0 + $1.0 * $1.1 }
    }
    guard let top = scores.max(), let index = answerIntent.firstIndex(where: { $0.intent == intent }) else { return 0 }
    let total = scores.reduce(0) { $0 + Foundation.exp($1 - top) }
    return Foundation.exp(scores[index] - top) / total
  }

  /// The weight of each criterion that applies, for a kind of question: as fitted for that
  /// combination, or the kind's weights over the criteria that apply, or equal weights.
  func weights(for kind: QuestionKind, applying criteria: [Criterion]) -> [Criterion: Double] {
    let key = "\(kind.rawValue) " + criteria.map(\.rawValue).joined(separator: ",")
    if let fitted = weights[key] { return fitted }
    let wider = weights.filter { $0.key.hasPrefix(kind.rawValue + " ") && Set(criteria).isSubset(of: $0.value.keys) }
      .min { $0.key < $1.key }
    if let wider {
      let total = criteria.reduce(0) { $0 + (wider.value[$1] ?? 0) }
      if total > 0 { return Dictionary(uniqueKeysWithValues: criteria.map { ($0, (wider.value[$0] ?? 0) / total) }) }
    }
    return Dictionary(uniqueKeysWithValues: criteria.map { ($0, 1 / Double(criteria.count)) })
  }
}

/// A logistic model per class over a sentence's terms and cues; sparse, as the script writes it.
struct LinearReader: Sendable {
  let classes: Int
  let intercepts: [Double]
  /// Each cue's weight for every class, cue by cue.
  let cueWeights: [[Double]]
  /// Each term's non-zero weights, by class.
  let termWeights: [String: [(Int, Double)]]

  init(classes: Int, intercepts: [Double], cueLines: [Substring], termLines: [Substring], cueCount: Int) {
    self.classes = classes
    self.intercepts = intercepts
    var cues = Array(repeating: Array(repeating: 0.0, count: classes), count: cueCount)
    for (index, line) in cueLines.prefix(cueCount).enumerated() {
      let values = line.split(separator: "\t").last?.split(separator: " ").map { Double($0) ?? 0 } ?? []
      for (k, value) in values.prefix(classes).enumerated() { cues[index][k] = value }
    }
    cueWeights = cues
    var terms: [String: [(Int, Double)]] = [:]
    terms.reserveCapacity(termLines.count)
    for line in termLines {
      // "term<TAB>class:weight class:weight …", read as bytes.
      let bytes = line.utf8
      guard let tab = bytes.firstIndex(of: UInt8(ascii: "\t")) else { continue }
      var cells: [(Int, Double)] = []
      for cell in bytes[bytes.index(after: tab)...].split(separator: UInt8(ascii: " ")) {
        guard let colon = cell.firstIndex(of: UInt8(ascii: ":")), let k = Int(Substring(cell[..<colon])) else { continue }
        cells.append((k, Self.decimal(cell[cell.index(after: colon)...])))
      }
      terms[String(Substring(bytes[..<tab]))] = cells
    }
    termWeights = terms
  }

  /// A number as the fitting script writes it ("-0.1234", "5.6e-05"), read from its bytes: the
  /// model holds a hundred thousand of them, and the general parser is the slow part of loading.
  static func decimal<Bytes: Collection>(_ bytes: Bytes) -> Double where Bytes.Element == UInt8 {
    var mantissa = 0.0
    var scale = 0
    var exponent = 0
    var negative = false
    var negativeExponent = false
    var state = 0  // 0 integer part, 1 fraction, 2 exponent
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "-"): if state == 2 { negativeExponent = true } else { negative = true }
      case UInt8(ascii: "+"): continue
      case UInt8(ascii: "."): state = 1
      case UInt8(ascii: "e"), UInt8(ascii: "E"): state = 2
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let digit = Int(byte - UInt8(ascii: "0"))
        if state == 2 {
          exponent = exponent * 10 + digit
        } else {
          mantissa = mantissa * 10 + Double(digit)
          if state == 1 { scale += 1 }
        }
      default: continue
      }
    }
    let power = (negativeExponent ? -exponent : exponent) - scale
    let value = power >= 0 ? mantissa * Foundation.pow(10, Double(power)) : mantissa / Foundation.pow(10, Double(-power))
    return negative ? -value : value
  }

  /// The linear score of every class for one sentence: its terms, then `cues` (by default its
  /// own cues and its embedding; the roles also read the neighbours' cues).
  func scores(_ features: SentenceFeatures, cues: [Double]? = nil) -> [Double] {
    var scores = intercepts
    for term in features.terms {
      for (k, w) in termWeights[term] ?? [] { scores[k] += w }
    }
    for (index, value) in (cues ?? features.cues + features.embedding).enumerated() where value != 0 && index < cueWeights.count {
      for k in 0..<classes { scores[k] += cueWeights[index][k] * value }
    }
    return scores
  }

  /// The roles of an answer's sentences: for each, the probability of every role, each a separate
  /// yes-or-no, read from the sentence, the cues of the sentences on either side of it, and the
  /// kind of question it answers (`kinds` in the model's order).
  func roles(of sentences: [SentenceFeatures], kind: QuestionKind, kinds: [QuestionKind]) -> [[Double]] {
    let none = Array(repeating: 0.0, count: SentenceFeatures.cueNames.count)
    let asked = kinds.map { $0 == kind ? 1.0 : 0.0 }
    return sentences.indices.map { index in
      let cues = sentences[index].cues + (index > 0 ? sentences[index - 1].cues : none)
        + (index + 1 < sentences.count ? sentences[index + 1].cues : none) + sentences[index].embedding + asked
      return scores(sentences[index], cues: cues).map { 1 / (1 + Foundation.exp(-$0)) }
    }
  }
}

/// A linear model on standardised features: ridge for the criteria, logistic for the gate.
struct RidgeModel: Sendable {
  let intercept: Double
  let mean: [Double]
  let scale: [Double]
  let coefficients: [Double]

  func value(_ x: [Double]) -> Double {
    var total = intercept
    for index in coefficients.indices where index < x.count {
      total += (x[index] - mean[index]) / scale[index] * coefficients[index]
    }
    return total
  }

  /// Each feature's share of `value` beyond the average answer: what carried the score.
  func contributions(_ x: [Double]) -> [Double] {
    coefficients.indices.map { index in index < x.count ? (x[index] - mean[index]) / scale[index] * coefficients[index] : 0 }
  }
}
