/// The sort of question an interviewer is asking; it decides what a strong answer lives on.
public enum QuestionKind: String, Codable, CaseIterable, Sendable {
  /// Openers and background: "tell me about yourself", career gaps, strengths.
  case general
  /// "Tell me about a time…": lives on a concrete success story.
  case behavioral
  /// "What would you do if…": a plan, ideally backed by a past example.
  case situational
  /// "Why us, why this role": lives on research into the company.
  case motivation
  /// "Walk me through your experience with X": the posting's requirements, shown.
  case qualification
  /// "What is your greatest weakness": honest, specific, with what you do about it.
  case weakness
  /// Pay expectations and logistics.
  case salary
  /// "What questions do you have for us?"
  case closing

  /// The kinds, listed for error messages.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
