/// A question ready to ask: its final wording and where it came from.
public struct PlannedQuestion: Equatable, Sendable {
  public var question: Question
  public var origin: QuestionOrigin
  /// The posting requirement a posting-driven question probes.
  public var requirement: String?

  public init(question: Question, origin: QuestionOrigin = .bank, requirement: String? = nil) {
    self.question = question
    self.origin = origin
    self.requirement = requirement
  }
}
