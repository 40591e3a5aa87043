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

  public init(
    overall: Int?, criteria: [Criterion: Int?], mustHavesShown: [String], mustHavesMissed: [String]
  ) {
    self.overall = overall
    self.criteria = criteria
    self.mustHavesShown = mustHavesShown
    self.mustHavesMissed = mustHavesMissed
  }
}
