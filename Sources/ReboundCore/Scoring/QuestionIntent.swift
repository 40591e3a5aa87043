/// What a question is really asking for, which decides what an answer must contain to answer it.
///
/// The kind decides how criteria are weighed; the intent decides the must-have. "Why are you
/// leaving?" and "Tell me about yourself" are both general questions, but only one is answered
/// by a reason for moving on. Read from the question's wording by a fitted model
/// (`Scripts/fit-scorer.py`), within the intents its bank's kind allows.
public enum QuestionIntent: String, Codable, CaseIterable, Sendable {
  /// "Tell me about a time…": one real episode, on the question's topic.
  case episode
  /// "What would you do if…": a plan for the situation asked about.
  case plan
  /// "What experience do you have with X?": the experience, shown.
  case qualification
  case weakness
  /// "What would you like to ask us?": questions of your own.
  case closing
  /// "What are your salary expectations?": a figure, with its basis.
  case salary
  /// "When could you start?", "Would you relocate?": the practical answer.
  case logistics
  /// "Why do you want to work here?": reasons tied to this company.
  case whyUs
  /// "Why this industry?", "Why nursing?": reasons for the field or the role.
  case field
  /// "Tell me about yourself", "Walk me through your CV": your working life.
  case aboutYou
  /// "Why are you leaving?": a reason for moving on, with no grievance.
  case leaving
  /// "What is your greatest strength?", "How would colleagues describe you?": a quality, shown.
  case strengths
  /// "What motivates you?", "Where do you see yourself?": what drives you, made concrete.
  case drivers

  /// Reads intents written by older versions too ("general", "salary"…): unknown ones become `drivers`.
  public init(from decoder: Decoder) throws {
    let raw = try decoder.singleValueContainer().decode(String.self)
    self = QuestionIntent(rawValue: raw) ?? .drivers
  }

  /// The kind an intent's question belongs to when no bank says.
  public var kind: QuestionKind { ScorerModel.shared.policy.kind[self] ?? .general }

  /// What the question needs, in the words advice uses.
  var needs: String {
    switch self {
    case .episode: "one real example, told as what you did"
    case .plan: "what you would do, step by step"
    case .qualification: "your experience of it, shown in real work"
    case .weakness: "a real weakness and what you do about it"
    case .closing: "questions of your own about the role or the team"
    case .salary: "a figure or a range, with what it is based on"
    case .logistics: "a plain answer: when, where or how you can work"
    case .whyUs: "reasons tied to this company"
    case .field: "why this work draws you"
    case .aboutYou: "your working life: where you are now and how you got there"
    case .leaving: "a reason for moving on"
    case .strengths: "a quality of yours, shown in what you did"
    case .drivers: "what drives you, with an example"
    }
  }

  /// The intent of `question`: the fitted model's choice among those `kind` allows (any, with no kind).
  public static func of(_ question: String, kind: QuestionKind? = nil) -> QuestionIntent {
    let features = AnswerFeatures.questionFeatures(question)
    let model = ScorerModel.shared
    let scores = model.intentReader.scores(features)
    let allowed = kind.map { model.policy.allowed[$0] ?? [] } ?? []
    var best: (QuestionIntent, Double)?
    for (index, intent) in model.intents.enumerated() where allowed.isEmpty || allowed.contains(intent) {
      if best == nil || scores[index] > best!.1 { best = (intent, scores[index]) }
    }
    return best?.0 ?? .episode
  }
}

/// The scorer's product policy as the fitting script wrote it: what each intent must and should
/// have, which intents a bank's kind allows, and where research and the match are scored.
struct IntentPolicy: Sendable {
  var kind: [QuestionIntent: QuestionKind] = [:]
  var must: [QuestionIntent: [String]] = [:]
  var want: [QuestionIntent: [String]] = [:]
  var allowed: [QuestionKind: [QuestionIntent]] = [:]
  var bad: [String] = []
  var research: Set<QuestionIntent> = []
  var match: Set<QuestionIntent> = []
  var kinds: [QuestionKind] = []

  init(lines: [Substring]) {
    func intents(_ text: Substring) -> [QuestionIntent] { text.split(separator: ",").compactMap { QuestionIntent(rawValue: String($0)) } }
    for line in lines {
      let parts = line.split(separator: " ")
      switch parts.first {
      case "kinds": kinds = parts.dropFirst().compactMap { QuestionKind(rawValue: String($0)) }
      case "intent" where parts.count == 5:
        guard let intent = QuestionIntent(rawValue: String(parts[1])) else { continue }
        kind[intent] = QuestionKind(rawValue: String(parts[2]))
        must[intent] = parts[3].dropFirst(5).split(separator: ",").map(String.init)
        want[intent] = parts[4].dropFirst(5).split(separator: ",").map(String.init)
      case "allowed" where parts.count == 3:
        if let kind = QuestionKind(rawValue: String(parts[1])) { allowed[kind] = intents(parts[2]) }
      case "bad" where parts.count == 2: bad = parts[1].split(separator: ",").map(String.init)
      case "research" where parts.count == 2: research = Set(intents(parts[1]))
      case "match" where parts.count == 2: match = Set(intents(parts[1]))
      default: continue
      }
    }
  }
}
