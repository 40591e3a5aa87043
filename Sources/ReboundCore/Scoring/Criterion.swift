/// The four things an interviewer weighs in an answer.
public enum Criterion: String, Codable, CaseIterable, Sendable, CodingKeyRepresentable {
  /// A concrete success story: situation, task, action by the speaker, result.
  case story
  /// Evidence of research into this company.
  case research
  /// The posting's requirements brought out with evidence.
  case match
  /// Length, fillers, hedges, clichés, negativity, repetition.
  case delivery

  /// The name shown to people.
  public var title: String {
    switch self {
    case .story: "Success story"
    case .research: "Company research"
    case .match: "Posting match"
    case .delivery: "Delivery"
    }
  }
}
