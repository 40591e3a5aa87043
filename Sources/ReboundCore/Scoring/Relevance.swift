/// Whether an answer answers the question asked, judged before any criterion.
public struct Relevance: Codable, Equatable, Sendable {
  /// False when the answer is about something else, or lacks what this question must be answered with.
  public var answersQuestion: Bool
  /// What the question asks for.
  public var intent: QuestionIntent
  /// The words that show the answer is on the question.
  public var evidence: [Evidence]
  /// What the question asked for that the answer never gives, in plain words.
  public var missing: String?
  /// How sure the scorer is that the answer answers the question, 0–1 (nil on older cards).
  public var confidence: Double?

  public init(
    answersQuestion: Bool, intent: QuestionIntent, evidence: [Evidence] = [], missing: String? = nil,
    confidence: Double? = nil
  ) {
    self.answersQuestion = answersQuestion
    self.intent = intent
    self.evidence = evidence
    self.missing = missing
    self.confidence = confidence
  }
}
