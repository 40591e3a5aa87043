/// A stronger version of an answer, built only from the speaker's own sentences: put in the
/// order a strong answer is told (situation, task, action, result for a story), with bracketed
/// placeholders where something is missing, "we" sentences flagged for the speaker's own part,
/// and what earns nothing (repeats, copied text, labels, filler, complaints) left out.
///
/// It is a skeleton to fill in, not a model answer: it invents nothing, and it asks only for
/// what the judges' advice says is missing, so it never contradicts the score.
public struct AnswerSkeleton: Equatable, Sendable {
  public struct Part: Equatable, Sendable {
    /// What the part is: "the situation", "the result".
    public var name: String
    /// The speaker's sentences, each followed by any placeholder that belongs to it, then the part's own.
    public var lines: [String]
  }

  public var parts: [Part]
  /// What the answer still lacks, by name: "the result", "your own part".
  public var missing: [String]

  /// One line a part, as `score --json` prints it.
  public var text: String { parts.map { $0.lines.joined(separator: " ") }.joined(separator: "\n") }

  /// Bracketed placeholders in a skeleton's text, for colouring.
  public static func placeholderRanges(in text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var index = text.startIndex
    while let open = text[index...].firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") {
      ranges.append(open..<text.index(after: close))
      index = text.index(after: close)
    }
    return ranges
  }
}

extension AnswerSkeleton {
  /// Builds the skeleton from an answer's analysis and the judges' verdicts; nil for questions
  /// whose answers have no parts to order (a salary figure, the candidate's questions).
  static func build(
    analysis: AnswerAnalysis, intent: QuestionIntent, rubric: Rubric, criteria: [Criterion: CriterionScore],
    relevance: Relevance
  ) -> AnswerSkeleton? {
    guard let shape = SkeletonShape.of(intent) else { return nil }
    let judged = [Criterion.story, .research, .match].compactMap { criteria[$0] }
    let advice = Set(judged.flatMap(\.advice))
    var labels: [Int: Set<String>] = [:]
    for item in judged.flatMap(\.evidence) {
      labels[analysis.sentence(at: item.start), default: []].insert(item.label)
    }
    let penalties = criteria[.delivery]?.penalties ?? []
    let kept = keptSentences(analysis, labels: labels, penalties: penalties, limit: rubric.length.upperBound)

    // Sentences keep their order where they can: each goes to the earliest part its evidence
    // fits at or after the part before it. A sentence with a step in it is about the step, not
    // the scene, unless it opens the answer. One with no evidence stays with the sentence before.
    var placed: [(sentence: Int, part: Int)] = []
    let candidates = { (sentence: Int) -> [Int] in
      // A number alone places a sentence only when nothing else does: "nine days" may set the scene.
      let all = (labels[sentence] ?? []).intersection(shape.labels)
      let strong = all.subtracting(SkeletonShape.weakLabels)
      let own = strong.isEmpty ? all : strong
      let fitting = shape.parts.indices.filter { !shape.parts[$0].labels.isDisjoint(with: own) }
      let steps = fitting.filter { !shape.parts[$0].setsTheScene }
      return steps.isEmpty ? fitting : steps
    }
    for sentence in kept {
      let previous = placed.last?.part ?? 0
      let fitting = candidates(sentence)
      if let part = fitting.first(where: { $0 >= previous }) ?? fitting.first {
        placed.append((sentence, part))
      } else {
        let after = kept.drop { $0 <= sentence }.lazy.compactMap { candidates($0).first }.first
        placed.append((sentence, placed.last?.part ?? after ?? 0))
      }
    }

    let flagWe = advice.contains(Advice.weOnly)
    let fillers = penalties.filter { $0.label == "filler" && SkeletonShape.droppableFillers.contains($0.text.lowercased()) }
    var parts: [Part] = []
    var missing: [String] = []
    if !relevance.answersQuestion {
      let needed = relevance.missing.map { ": it needs \($0)" } ?? ""
      parts.append(Part(name: "an answer to this question", lines: ["[This does not answer the question asked\(needed).]"]))
      missing.append("an answer to this question")
    }
    for (index, part) in shape.parts.enumerated() {
      var lines: [String] = []
      for (sentence, _) in placed.filter({ $0.part == index }) {
        lines.append(text(of: sentence, in: analysis, dropping: fillers))
        let own = labels[sentence] ?? []
        if flagWe, own.contains("team action"), !own.contains("action") {
          lines.append(SkeletonShape.ownPart)
          if !missing.contains("your own part") { missing.append("your own part") }
        }
      }
      if let wanted = part.placeholders.first(where: { advice.contains($0.advice) }) {
        // A "we" story already asks after each sentence; the part's own question is for when nothing was said.
        let asked = lines.contains(SkeletonShape.ownPart) && wanted.advice == Advice.weOnly
        if !asked || lines.isEmpty {
          lines.append(wanted.placeholder)
          if !missing.contains(part.name) { missing.append(part.name) }
        }
      }
      if !lines.isEmpty { parts.append(Part(name: part.name, lines: lines)) }
    }
    return AnswerSkeleton(parts: parts, missing: missing)
  }

  /// The sentences worth keeping, in order: none that earns nothing (a repeat, copied text, a
  /// label, a template), no complaint that carries nothing else, and, over the kind's length,
  /// the longest sentences with no evidence dropped first.
  static func keptSentences(
    _ analysis: AnswerAnalysis, labels: [Int: Set<String>], penalties: [Evidence], limit: Int
  ) -> [Int] {
    let penalised = Set(
      penalties.filter { SkeletonShape.droppedPenalties.contains($0.label) }.map { analysis.sentence(at: $0.start) })
    var kept = analysis.sentences.indices.filter { index in
      analysis.sentences[index].flags.isEmpty && !(penalised.contains(index) && labels[index] == nil)
    }
    let length = { (index: Int) in analysis.sentences[index].tokens.count }
    var words = kept.reduce(0) { $0 + length($1) }
    let spare = kept.filter { labels[$0] == nil }.sorted { length($0) > length($1) }
    for index in spare where words > limit {
      kept.removeAll { $0 == index }
      words -= length(index)
    }
    return kept
  }

  /// A sentence as the speaker wrote it, without a method label in front ("Result:"), without
  /// droppable filler, and ending on its own punctuation.
  static func text(of sentence: Int, in analysis: AnswerAnalysis, dropping fillers: [Evidence]) -> String {
    let range = analysis.sentences[sentence].tokens
    let scalars = analysis.scalars
    var first = range.lowerBound
    // "Result: we shipped" starts at "we".
    while first < range.upperBound - 1, !analysis.substantive[first], analysis.lexicon[.starLabel].matches(at: first, in: analysis.tokens) != nil {
      first += 1
    }
    let start = analysis.tokens[first].start
    var end = analysis.tokens[range.upperBound - 1].end
    while end < scalars.count, closing.contains(scalars[end]) { end += 1 }
    var text = ""
    var offset = start
    var edited = false
    // Whole runs between the fillers are copied at once.
    for filler in fillers.filter({ $0.start >= start && $0.end <= end }).sorted(by: { $0.start < $1.start }) where filler.start >= offset {
      text += scalarText(scalars[offset..<filler.start])
      offset = filler.end
      // "Um, so I called": the comma and the space go with the filler.
      while offset < end, scalars[offset] == "," || scalars[offset] == " " { offset += 1 }
      edited = true
    }
    text += scalarText(scalars[offset..<end])
    // A line break inside a sentence is only wrapping.
    if edited || text.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r\n" }) {
      text = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" }).joined(separator: " ")
    }
    if let firstLetter = text.first, firstLetter.isLowercase {
      text = firstLetter.uppercased() + text.dropFirst()
    }
    if let last = text.unicodeScalars.last, !closing.contains(last) || last == "%" {
      text += "."
    }
    return text
  }

  /// What may close a sentence, kept with it.
  static let closing: Set<Unicode.Scalar> = [".", "!", "?", "…", "\"", "'", ")", "”", "’", "%"]
}
