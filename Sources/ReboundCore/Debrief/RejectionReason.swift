/// What the employer said (or did not say) about why the job went elsewhere.
public enum RejectionReason: String, Codable, CaseIterable, Sendable {
  case internalCandidate = "internal-candidate"
  case differentDirection = "different-direction"
  case betterQualified = "better-qualified"
  case missingSkill = "missing-skill"
  case presentation
  case noFeedback = "no-feedback"

  /// How the reason is put to a person choosing from a menu.
  public var label: String {
    switch self {
    case .internalCandidate: "They hired an internal candidate"
    case .differentDirection: "They decided to go in a different direction"
    case .betterQualified: "They chose someone better qualified"
    case .missingSkill: "I lacked a specific skill"
    case .presentation: "Something about how I came across"
    case .noFeedback: "No feedback, or nothing specific"
    }
  }

  /// The criteria a reason points to, most important first.
  public var focus: [Criterion] {
    switch self {
    case .internalCandidate, .differentDirection: [.story, .research]
    case .betterQualified: [.match, .story]
    case .missingSkill: [.match, .story]
    case .presentation: [.delivery]
    case .noFeedback: [.story, .delivery]
    }
  }

  /// What the reason usually means, and what to do about it, in plain words.
  public var meaning: String {
    switch self {
    case .internalCandidate:
      "An internal candidate has already shown their value where the team could see it. Your job is to make yours as plain: concrete success stories with results, research that shows you understand their problems, and, where you can, people inside who will vouch for you."
    case .differentDirection:
      "Teams rarely change direction away from someone they are sure will solve their problems. Show problems you have solved and the value you bring, so you are the person they want whatever the direction."
    case .betterQualified:
      "Often the other candidate was not more qualified but brought their qualifications out better. Go in with the list of what the posting asks for and a story that shows each one."
    case .missingSkill:
      "Decide whether you truly lack the skill or did not bring it out. If you lack it, decide whether it is worth learning; if you have it, practise telling the story that proves it, because now you know it can cost you the job."
    case .presentation:
      "Take this seriously and without defensiveness: how you come across can matter as much as what you know. Work on delivery: fillers, hedges, negativity, rambling and the length of your answers."
    case .noFeedback:
      "Without feedback, review your own answers rather than guess at their reasons. Your practice transcripts show where you were weakest; start there, and still ask for feedback."
    }
  }
}
