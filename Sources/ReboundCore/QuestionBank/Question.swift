/// One question an interviewer may ask, with what a strong answer covers.
public struct Question: Codable, Equatable, Hashable, Sendable {
  public var id: String
  public var text: String
  public var kind: QuestionKind
  /// What a strong answer covers, shown by `/hint`.
  public var tips: [String]
  /// Points an interviewer listens for; the scorer reads them as extra terms.
  public var lookFors: [String]
  /// Probes an interviewer may ask after the main answer.
  public var followUps: [String]
  /// True for ice-breakers that open an interview.
  public var opener: Bool
  /// The bank this question came from.
  public var bankID: String
  /// For a template filled from a posting: the kinds of requirement it suits (empty: any).
  public var requirementKinds: [RequirementKind] = []

  public init(
    id: String, text: String, kind: QuestionKind, tips: [String] = [], lookFors: [String] = [],
    followUps: [String] = [], opener: Bool = false, bankID: String = ""
  ) {
    self.id = id
    self.text = text
    self.kind = kind
    self.tips = tips
    self.lookFors = lookFors
    self.followUps = followUps
    self.opener = opener
    self.bankID = bankID
  }

  /// Placeholders a template question may hold, filled from a job posting.
  public static let placeholders: Set<String> = ["requirement", "company", "role"]

  /// Placeholder names used in the text, such as `requirement` in "a time you used {requirement}".
  public var placeholdersUsed: [String] {
    var names: [String] = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  /// A template is filled from a posting before it is asked.
  public var isTemplate: Bool { !placeholdersUsed.isEmpty }
}
