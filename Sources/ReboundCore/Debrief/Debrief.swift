import Foundation

/// A rejection turned into information: what happened, what it points to, a note, and a plan.
public struct Debrief: Codable, Equatable, Sendable {
  public static let currentSchema = 1

  public var schema = Debrief.currentSchema
  public var id: String
  public var createdAt: Date
  public var company: String
  public var role: String?
  public var stage: String?
  /// When the interview or the news happened, as the person gave it.
  public var date: String?
  public var reason: RejectionReason
  /// What they said, in the person's own words.
  public var feedback: String?
  public var posting: String?
  public var findings: Findings
  public var plan: PracticePlan
  /// A follow-up note to the recruiter or hiring manager, to edit and send.
  public var note: String
  public var perspective: [String]

  /// What the reason and the person's own practice transcripts point to.
  public struct Findings: Codable, Equatable, Sendable {
    public var meaning: String
    /// The skill named in the feedback, for a missing-skill rejection.
    public var skill: String?
    /// Practice attempts found for this company or posting.
    public var attempts: Int
    /// Each criterion's mean over those attempts.
    public var criterionMeans: [Criterion: Int?]
    public var weakestCriterion: Criterion?
    /// Must-haves never brought out in any of those attempts.
    public var requirementsNeverShown: [String]
    /// The posting's must-haves that no story in the bank shows yet.
    public var mustHavesWithoutStory: [String] = []

    enum CodingKeys: String, CodingKey {
      case meaning, skill, attempts, criterionMeans, weakestCriterion, requirementsNeverShown, mustHavesWithoutStory
    }

    public init(
      meaning: String, skill: String?, attempts: Int, criterionMeans: [Criterion: Int?], weakestCriterion: Criterion?,
      requirementsNeverShown: [String], mustHavesWithoutStory: [String] = []
    ) {
      self.meaning = meaning
      self.skill = skill
      self.attempts = attempts
      self.criterionMeans = criterionMeans
      self.weakestCriterion = weakestCriterion
      self.requirementsNeverShown = requirementsNeverShown
      self.mustHavesWithoutStory = mustHavesWithoutStory
    }

    public init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      meaning = try c.decode(String.self, forKey: .meaning)
      skill = try c.decodeIfPresent(String.self, forKey: .skill)
      attempts = try c.decode(Int.self, forKey: .attempts)
      criterionMeans = try c.decode([Criterion: Int?].self, forKey: .criterionMeans)
      weakestCriterion = try c.decodeIfPresent(Criterion.self, forKey: .weakestCriterion)
      requirementsNeverShown = try c.decode([String].self, forKey: .requirementsNeverShown)
      // Debriefs written before the story bank have none.
      mustHavesWithoutStory = try c.decodeIfPresent([String].self, forKey: .mustHavesWithoutStory) ?? []
    }
  }
}

/// What to practise next, and the command that does it.
public struct PracticePlan: Codable, Equatable, Sendable {
  /// What to do, in order: stories to write come first, then what to drill.
  public var steps: [String] = []
  public var focus: [Criterion]
  public var skill: String?
  /// Posting requirements to prepare a story for.
  public var requirements: [String]
  public var banks: [String]
  /// Questions written for this plan ("Tell me about a time your work called for SQL…").
  public var questions: [String]
  public var command: String

  enum CodingKeys: String, CodingKey { case steps, focus, skill, requirements, banks, questions, command }

  public init(
    steps: [String] = [], focus: [Criterion], skill: String?, requirements: [String], banks: [String],
    questions: [String], command: String
  ) {
    self.steps = steps
    self.focus = focus
    self.skill = skill
    self.requirements = requirements
    self.banks = banks
    self.questions = questions
    self.command = command
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    steps = try c.decodeIfPresent([String].self, forKey: .steps) ?? []
    focus = try c.decode([Criterion].self, forKey: .focus)
    skill = try c.decodeIfPresent(String.self, forKey: .skill)
    requirements = try c.decode([String].self, forKey: .requirements)
    banks = try c.decode([String].self, forKey: .banks)
    questions = try c.decode([String].self, forKey: .questions)
    command = try c.decode(String.self, forKey: .command)
  }
}
