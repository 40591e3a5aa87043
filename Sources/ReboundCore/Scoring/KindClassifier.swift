/// Infers a question's kind from its wording when no kind is given.
public enum KindClassifier {
  /// Cues in the order they are checked: the first kind with a cue in the question wins.
  static let cues: [(QuestionKind, [String])] = [
    (.closing, [
      "questions for us", "questions do you have", "question do you have", "like to ask",
      "want to ask", "ask us", "ask me", "anything you'd like to know", "questions for me",
    ]),
    (.salary, [
      "salary", "compensation", "pay range", "expected pay", "notice period", "start date",
      "when could you start", "when can you start", "relocat", "rate do you",
    ]),
    (.weakness, [
      "weakness", "weaknesses", "area for improvement", "areas for improvement", "improve on",
      "criticism", "critical feedback", "development area", "struggle with", "work on",
    ]),
    (.behavioral, [
      "tell me about a time", "tell us about a time", "describe a time", "give me an example",
      "give an example", "give us an example", "describe a situation", "share an example",
      "walk me through a time", "when have you", "have you ever", "a time when", "a time you",
      "tell me about a situation", "example of when", "describe an occasion", "recall a time",
      "proudest", "biggest achievement", "greatest achievement", "a project you",
    ]),
    (.situational, [
      "what would you do", "how would you", "imagine", "suppose", "if you were", "what if",
      "first 90 days", "first ninety days", "how will you", "what would your approach",
    ]),
    (.motivation, [
      "why do you want", "why us", "why this", "why are you interested", "what do you know about",
      "what attracts", "why our", "why join", "why work", "motivates you", "why here",
      "interest you about", "interests you about", "drew you", "draws you", "our values",
      "our mission", "our company", "about us",
    ]),
    (.qualification, [
      "experience with", "experience in", "qualif", "skills", "why should we hire",
      "good fit", "right fit", "what makes you", "your experience", "how does your background",
      "technical", "familiar with", "proficien", "what can you bring", "what would you bring",
    ]),
  ]

  public static func kind(of question: String) -> QuestionKind {
    var text = question.lowercased()
    if text.includes("’") { text = text.replacingOccurrences(of: "’", with: "'") }
    for (kind, phrases) in cues where phrases.contains(where: text.includes) {
      return kind
    }
    return .general
  }
}
