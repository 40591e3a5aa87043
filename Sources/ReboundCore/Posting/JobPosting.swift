/// What an employer says it is looking for, read from a posting a person pasted.
public struct JobPosting: Codable, Equatable, Sendable {
  public var title: String?
  public var company: String?
  public var requirements: [Requirement]
  public var responsibilities: [String]
  /// The about, values or mission part, one entry per sentence or bullet.
  public var values: [String]

  public init(
    title: String?, company: String?, requirements: [Requirement], responsibilities: [String],
    values: [String]
  ) {
    self.title = title
    self.company = company
    self.requirements = requirements
    self.responsibilities = responsibilities
    self.values = values
  }

  public var mustHaves: [Requirement] { requirements.filter { $0.level == .must } }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(title, forKey: .title)  // null rather than absent, for scripts
    try c.encode(company, forKey: .company)
    try c.encode(requirements, forKey: .requirements)
    try c.encode(responsibilities, forKey: .responsibilities)
    try c.encode(values, forKey: .values)
  }
}

/// One qualification the posting asks for.
public struct Requirement: Codable, Equatable, Hashable, Sendable {
  public enum Level: String, Codable, Sendable {
    case must
    case nice
  }

  public var text: String
  public var level: Level
  /// The words and phrases that show the requirement in an answer ("sql", "stakeholder management").
  public var terms: [String]

  public init(text: String, level: Level, terms: [String]) {
    self.text = text
    self.level = level
    self.terms = terms
  }
}
