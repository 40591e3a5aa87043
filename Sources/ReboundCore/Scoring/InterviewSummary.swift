/// The end-of-interview roll-up saved in a transcript.
public struct InterviewSummary: Codable, Equatable, Sendable {
  /// Mean overall score of the answered questions.
  public var overall: Int?
  /// Mean of each criterion across answered questions; nil when it was never scored.
  public var criteria: [Criterion: Int?]
  /// The posting's must-haves brought out somewhere in the interview.
  public var mustHavesShown: [String]
  /// The posting's must-haves never brought out.
  public var mustHavesMissed: [String]
  /// Each answered question's score, so history can be read without the turns.
  public var questions: [QuestionScore]

  public init(
    overall: Int?, criteria: [Criterion: Int?], mustHavesShown: [String], mustHavesMissed: [String],
    questions: [QuestionScore] = []
  ) {
    self.overall = overall
    self.criteria = criteria
    self.mustHavesShown = mustHavesShown
    self.mustHavesMissed = mustHavesMissed
    self.questions = questions
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    overall = try c.decodeIfPresent(Int.self, forKey: .overall)
    criteria = try c.decodeIfPresent([Criterion: Int?].self, forKey: .criteria) ?? [:]
    mustHavesShown = try c.decodeIfPresent([String].self, forKey: .mustHavesShown) ?? []
    mustHavesMissed = try c.decodeIfPresent([String].self, forKey: .mustHavesMissed) ?? []
    questions = try c.decodeIfPresent([QuestionScore].self, forKey: .questions) ?? []
  }
}

/// One question's score in an attempt, kept in the summary for fast history.
public struct QuestionScore: Codable, Equatable, Sendable {
  public var questionId: String
  public var question: String
  public var overall: Int

  public init(questionId: String, question: String, overall: Int) {
    self.questionId = questionId
    self.question = question
    self.overall = overall
  }
}
