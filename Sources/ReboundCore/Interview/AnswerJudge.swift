/// Scores answers and decides when to probe; the session asks it, so tests can swap in their own.
public protocol AnswerJudge: Sendable {
  /// The verdict on everything said for one question so far.
  func score(_ answer: String, for question: PlannedQuestion) -> ScoreCard
  /// The probe an interviewer would ask about the biggest gap, if any.
  func followUp(after answer: String, card: ScoreCard, for question: PlannedQuestion) -> FollowUpProbe?
  /// The end-of-interview roll-up.
  func summarize(_ turns: [Turn]) -> InterviewSummary
}

/// A follow-up question aimed at one gap in an answer.
public struct FollowUpProbe: Equatable, Sendable {
  public var question: String
  /// The gap it probes: "result", "action", "requirement", "company".
  public var gap: String

  public init(question: String, gap: String) {
    self.question = question
    self.gap = gap
  }
}

/// When the candidate hears how an answer scored.
public enum FeedbackTiming: String, CaseIterable, Sendable {
  /// After every answer, for drilling.
  case each
  /// Only at the end, as in a real interview.
  case end
}

/// How a session behaves, from the command line.
public struct InterviewOptions: Sendable {
  public var timeLimit: Double?
  public var feedback: FeedbackTiming
  public var followUps: Bool

  public init(timeLimit: Double? = nil, feedback: FeedbackTiming = .each, followUps: Bool = true) {
    self.timeLimit = timeLimit
    self.feedback = feedback
    self.followUps = followUps
  }
}
