/// A curated set of questions from one YAML file in `QuestionBanks/`.
public struct QuestionBank: Codable, Equatable, Sendable {
  public var id: String
  public var title: String
  public var description: String
  /// The role a role bank prepares for ("software engineering"); nil for a general bank.
  public var role: String?
  public var questions: [Question]
  /// Where the bank was read from.
  public var path: String

  public init(
    id: String, title: String, description: String, role: String?, questions: [Question],
    path: String
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.role = role
    self.questions = questions
    self.path = path
  }

  /// The kinds of question the bank holds, in the order they are declared.
  public var kinds: [QuestionKind] {
    QuestionKind.allCases.filter { kind in questions.contains { $0.kind == kind } }
  }
}
