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
  }
}

/// What to practise next, and the command that does it.
public struct PracticePlan: Codable, Equatable, Sendable {
  public var focus: [Criterion]
  public var skill: String?
  /// Posting requirements to prepare a story for.
  public var requirements: [String]
  public var banks: [String]
  /// Questions written for this plan ("Tell me about a time your work called for SQL…").
  public var questions: [String]
  public var command: String
}
