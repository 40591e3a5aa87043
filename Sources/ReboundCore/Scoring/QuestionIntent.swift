/// What a question is really asking for, which decides what an answer must contain to answer it.
///
/// The kind decides how criteria are weighed; the intent decides the must-have. "Why are you
/// leaving?" and "Tell me about yourself" are both general questions, but only one is answered
/// by a reason for moving on.
public enum QuestionIntent: String, Codable, CaseIterable, Sendable {
  /// "Tell me about a time…": one real episode, on the question's topic.
  case episode
  /// "What would you do if…": a plan for the situation asked about.
  case plan
  case weakness
  /// "Why are you leaving?", "Were you fired?": a reason, with no grievance.
  case leaving
  /// "Tell me about yourself": where you are now, what you have done, why this move.
  case aboutYou
  /// "What are your strengths?", "Why should we hire you?": a strength, shown.
  case strengths
  /// "Why do you want to work here?": reasons tied to this company and role.
  case whyUs
  case salary
  case closing
  /// "What motivates you?", "Describe your ideal manager": how you work, made concrete.
  case drivers
  /// "What experience do you have with X?": the experience, shown.
  case qualification
  case general

  /// The kind an intent's question belongs to when no kind is given.
  public var kind: QuestionKind {
    switch self {
    case .episode: .behavioral
    case .plan: .situational
    case .weakness: .weakness
    case .leaving, .aboutYou, .drivers, .general: .general
    case .strengths, .qualification: .qualification
    case .whyUs: .motivation
    case .salary: .salary
    case .closing: .closing
    }
  }

  /// Wording that gives an intent away, checked in this order: the first intent with a cue wins.
  static let cues: [(QuestionIntent, [String])] = [
    (.closing, [
      "questions for us", "questions do you have", "question do you have", "questions for me",
      "like to ask", "want to ask", "anything you'd like to know", "ask us", "ask me anything",
      "anything to ask", "anything you want to ask",
    ]),
    (.salary, [
      "salary", "compensation", "pay range", "expected pay", "rate do you", "how much do you expect",
      "pay expectations", "what are you earning", "notice period", "start date", "when could you start",
      "when can you start", "relocat",
    ]),
    (.weakness, [
      "weakness", "weaknesses", "area for improvement", "areas for improvement", "development area",
      "improve on", "struggle with", "need to work on", "could you improve", "criticism", "critical feedback",
    ]),
    (.leaving, [
      "leaving", "leave your", "leave the", "to leave", "you leave", "left your", "fired", "let go",
      "were you dismissed", "previous boss", "former boss", "last boss", "gap in your",
    ]),
    (.aboutYou, [
      "about yourself", "tell me about you", "introduce yourself", "walk me through your cv",
      "walk me through your resume", "your background", "what kind of worker", "describe yourself",
    ]),
    (.whyUs, [
      "why do you want to work", "why us", "why this company", "why our", "why join", "why work",
      "interested in this", "interested in working", "what attracts", "drew you", "draws you",
      "why here", "what do you know about", "why do you want this", "why are you interested",
      "why this role", "why this job", "why this position", "interest you about", "interests you about",
      "our values", "our mission", "why do you want to join", "apply for this",
    ]),
    (.strengths, [
      "strengths", "strength", "why should we hire", "what you bring", "what can you bring",
      "what would you bring", "bring to the table", "what makes you", "good fit", "right fit",
      "why are you the best", "why you",
    ]),
    (.episode, [
      "tell me about a time", "tell us about a time", "describe a time", "give me an example",
      "give an example", "give us an example", "describe a situation", "share an example",
      "walk me through a", "talk me through a", "talk us through a", "when have you", "have you ever",
      "a time when", "a time you", "tell me about a situation", "example of when", "describe an occasion",
      "recall a time", "proudest", "achievement", "biggest mistake", "your mistake", "a mistake",
      "a project you", "obstacles", "a situation where", "a situation in which", "tell me about a project",
      "tell me about the last", "describe the last", "a challenge you", "the hardest", "a difficult",
    ]),
    (.plan, [
      "what would you do", "how would you", "imagine", "suppose", "if you were", "what if",
      "first 90 days", "first ninety days", "how will you", "what would your approach", "if a ",
    ]),
    (.drivers, [
      "motivates you", "what drives you", "ideal manager", "ideal job", "ideal team", "work best",
      "working style", "how do you deal", "how do you handle", "how do you cope", "how do you manage",
      "how would your colleagues", "how would your manager", "what do you enjoy", "what kind of manager",
      "how do you prioriti", "how do you stay", "how do you work", "under pressure", "stress",
    ]),
    (.qualification, [
      "experience with", "experience in", "qualif", "skills", "your experience", "how does your background",
      "technical", "familiar with", "proficien", "what do you know about using", "have you used",
      "what experience",
    ]),
  ]

  /// The intent a question's wording shows, or the kind's default when none shows.
  public static func of(_ question: String, kind: QuestionKind? = nil) -> QuestionIntent {
    var text = question.lowercased()
    if text.includes("’") { text = text.replacingOccurrences(of: "’", with: "'") }
    for (intent, phrases) in cues where phrases.contains(where: { Self.contains(text, $0) }) {
      // A given kind wins over a cue that contradicts it ("Tell me about a time you asked for feedback").
      if let kind, !intent.fits(kind) { continue }
      return intent
    }
    switch kind {
    case .behavioral: return .episode
    case .situational: return .plan
    case .weakness: return .weakness
    case .motivation: return .whyUs
    case .salary: return .salary
    case .closing: return .closing
    case .qualification: return .qualification
    case .general, nil: return .general
    }
  }

  /// True when `phrase` occurs in `text` not followed by more of the same word ("you" is not "your").
  static func contains(_ text: String, _ phrase: String) -> Bool {
    guard text.includes(phrase) else { return false }
    let bytes = Array(text.utf8)
    let wanted = Array(phrase.utf8)
    let lastIsLetter = phrase.last?.isLetter ?? false
    guard wanted.count <= bytes.count else { return false }
    for start in 0...(bytes.count - wanted.count) where bytes[start] == wanted[0] {
      guard bytes[start..<(start + wanted.count)].elementsEqual(wanted) else { continue }
      let after = start + wanted.count
      let letterFollows = after < bytes.count && (bytes[after] | 0x20 >= 0x61 && bytes[after] | 0x20 <= 0x7A)
      if !lastIsLetter || !letterFollows { return true }
    }
    return false
  }

  /// Whether a question of this intent can carry the kind an author gave it.
  func fits(_ kind: QuestionKind) -> Bool {
    switch self {
    case .episode: [.behavioral, .general, .qualification, .weakness].contains(kind)
    case .plan: [.situational, .general, .qualification].contains(kind)
    case .weakness: kind == .weakness || kind == .general
    case .leaving, .aboutYou, .drivers: [.general, .motivation, .behavioral, .qualification].contains(kind)
    case .strengths, .qualification: [.qualification, .general, .behavioral].contains(kind)
    case .whyUs: kind == .motivation || kind == .general
    case .salary: kind == .salary
    case .closing: kind == .closing
    case .general: true
    }
  }
}
