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
  /// What sort of thing it asks for: a skill, experience, education, a certification, a trait, logistics.
  public var kind: RequirementKind
  /// The short phrase a person would say: "hands-on SQL", "NMC registration".
  public var skill: String
  /// The words and phrases that show the requirement in an answer ("sql", "stakeholder management").
  public var terms: [String]

  public init(text: String, level: Level, terms: [String], kind: RequirementKind? = nil, skill: String? = nil) {
    self.text = text
    self.level = level
    self.terms = terms
    let kind = kind ?? RequirementKind.of(text)
    self.kind = kind
    self.skill = skill ?? RequirementPhrase.phrase(text, kind: kind)
  }

  enum CodingKeys: String, CodingKey { case text, level, kind, skill, terms }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let text = try c.decode(String.self, forKey: .text)
    self.init(
      text: text, level: try c.decode(Level.self, forKey: .level),
      terms: try c.decodeIfPresent([String].self, forKey: .terms) ?? [],
      kind: try c.decodeIfPresent(RequirementKind.self, forKey: .kind),
      skill: try c.decodeIfPresent(String.self, forKey: .skill))
  }
}
