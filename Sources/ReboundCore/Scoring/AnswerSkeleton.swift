/// A stronger version of an answer built only from the speaker's own sentences: the parts the
/// question wants in their natural order, each filled with the sentences that play it, and a
/// bracketed placeholder where a part is missing.
///
/// The parts and their order are the question's wanted roles (the policy the scorer is fitted
/// with); which sentence plays which is the fitted role model's call.
public struct AnswerSkeleton: Equatable, Sendable {
  public struct Part: Equatable, Sendable {
    public var name: String
    public var lines: [String]
  }

  public var parts: [Part]
  /// The parts the answer lacks, by name ("the result", "your own part").
  public var missing: [String]

  /// One line a sentence or placeholder.
  public var text: String { parts.flatMap(\.lines).joined(separator: "\n") }

  /// The bracketed placeholders in a line of skeleton text, for marking them where it is shown.
  public static func placeholderRanges(in text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var index = text.startIndex
    while let open = text[index...].firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") {
      ranges.append(open..<text.index(after: close))
      index = text.index(after: close)
    }
    return ranges
  }

  /// The order parts come in when a question wants several.
  static let order = [
    "situation", "task", "credential", "weakness", "hypothetical", "own_action", "team_action", "remedy", "result",
    "reflection", "company_reason", "field_reason", "personal_driver", "claim", "question_to_them", "pay", "logistics",
  ]

  /// A placeholder sentence for each part, in the user's voice.
  public static func placeholder(_ role: String) -> String {
    switch role {
    case "situation": "[Where and when this was, and what was at stake.]"
    case "task": "[What you had to achieve.]"
    case "own_action": "[What you did yourself: 'I …'.]"
    case "hypothetical": "[What you would do first, and then.]"
    case "result": "[What changed because of you, with a number if you have one.]"
    case "reflection": "[What you do differently now.]"
    case "weakness": "[The weakness itself, plainly.]"
    case "remedy": "[What you do about it.]"
    case "question_to_them": "[A question about the work or the team.]"
    case "pay": "[Your range, and what it is based on.]"
    case "logistics": "[When, where or how you can work.]"
    case "company_reason": "[A fact about this company, and why it matters to you.]"
    case "field_reason": "[What draws you to this work.]"
    case "personal_driver": "[Why this matters to you.]"
    case "credential": "[Your training, or your years in this work.]"
    default: "[\(SentenceRoles.partName(role).prefix(1).uppercased() + SentenceRoles.partName(role).dropFirst()).]"
    }
  }

  /// The skeleton of an assessed answer; nil for questions with no parts to order.
  /// - Parameter worthAdding: the missing parts that would raise the score, which get a placeholder.
  static func build(assessment a: Assessment, answersQuestion: Bool, worthAdding: Set<String>) -> AnswerSkeleton? {
    let model = ScorerModel.shared
    guard (model.policy.want[a.intent] ?? []).count >= 2 else { return nil }
    // The parts the question wants, and the others that answer it (a team's steps in a story).
    var parts = model.policy.want[a.intent] ?? []
    for role in model.policy.must[a.intent] ?? [] where !parts.contains(role) { parts.append(role) }
    let wanted = parts.sorted { (order.firstIndex(of: $0) ?? order.count) < (order.firstIndex(of: $1) ?? order.count) }
    let index = model.roleIndex
    // Each sentence goes to the wanted part it plays most. A sentence that plays none of them, one
    // said before or copied, and one whose main business is a complaint or a boast are left out:
    // the skeleton is the parts the question wants, in order.
    var placed: [(sentence: Int, part: Int)] = []
    let slot = SentenceFeatures.cueNames.firstIndex(of: "placeholder")
    // A sentence with an unfilled slot ("[COMPANY]") is a template's, not the speaker's, and is left out too.
    for (sentence, row) in a.roles.enumerated()
    where !a.features.echoes.contains(sentence) && !(slot.map { a.features.sentences[sentence].cues[$0] > 0 } ?? false) {
      let best = wanted.enumerated().filter { a.plays(sentence, $0.element) }
        .max { row[index[$0.element] ?? 0] < row[index[$1.element] ?? 0] }
      guard let best else { continue }
      if !model.policy.bad.contains(where: { a.costs(sentence, $0) }) { placed.append((sentence, best.offset)) }
    }
    var built: [Part] = []
    var missing: [String] = []
    if !answersQuestion {
      built.append(Part(name: "an answer to this question", lines: ["[This does not answer the question: it needs \(a.intent.needs).]"]))
      missing.append("an answer to this question")
    }
    for (number, role) in wanted.enumerated() {
      var lines = placed.filter { $0.part == number }.map { TextSanitizer.oneLine(a.features.text.sentenceText($0.sentence)) }
      if worthAdding.contains(role) {
        lines.append(placeholder(role))
        missing.append(SentenceRoles.partName(role))
      }
      if !lines.isEmpty { built.append(Part(name: SentenceRoles.partName(role), lines: lines)) }
    }
    return AnswerSkeleton(parts: built, missing: missing)
  }
}
