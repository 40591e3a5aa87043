/// What sort of thing a requirement asks for, which decides how an interviewer would ask about it.
public enum RequirementKind: String, Codable, CaseIterable, Sendable {
  /// Something done with skill: "SQL", "stakeholder management". Asked: a time you used it.
  case skill
  /// Time in a field: "5 years in project management". Asked: the most demanding thing in it.
  case experience
  /// A degree, a diploma, school results. Asked at most how it shows in the work.
  case education
  /// A certification, licence or registration: "NMC registration", "PMP".
  case certification
  /// How someone is: "calm under pressure", "attention to detail". Asked: a time it made the difference.
  case trait
  /// Conditions of the job: location, hours, travel, a driving licence, checks. Not an interview question.
  case logistics

  /// The kind a requirement's words show, checked in this order.
  static let yearCount = Pattern("[0-9]+\\+? ?(years?|yrs)")

  public static func of(_ text: String) -> RequirementKind {
    let lower = " " + PostingParser.normalised(text) + " "
    let counted = (lower.includes("year") || lower.includes("yrs"))
      && yearCount.matches(lower)
    for (kind, markers) in cueLists where markers.found(in: lower) {
      if kind == .trait, counted {
        return .experience
      }
      return kind
    }
    if counted { return .experience }
    return .skill
  }

  static let cueLists: [(RequirementKind, MarkerList)] = cues.map { ($0.0, MarkerList($0.1)) }

  static let cues: [(RequirementKind, [String])] = [
    (.logistics, [
      "driver's licen", "drivers licen", "driving licen", "drivers' licen", "driving record", "reliable transportation",
      " travel", "relocat", " lift ", " lbs", " pounds", "kilos", "weekends", "evenings", "night duty", " nights",
      "rotating shifts", "shift work", " on-site", " onsite", " in-office", " in office", " remote", "background check",
      "background investigation", " drug", "screening", "citizen", "right to work", "eligible to work",
      "authorized to work", "authorised to work", " visa", "availability", "available to", "start date", " standing",
      " squat", "ladders", "physical", "native english", "live within", " commute",
    ]),
    (.certification, [
      "certification", "certified", "certificate", "licence", "license", "licensed", "registration", "registered",
      " qts", "qualified teacher", "cpr", " bls", " acls", "prince2", " pmp", " aat", " cima", " acca", " cpa",
      " cpc", "comptia", "journeyman", " cscs", " dbs", "chartered",
    ]),
    (.education, [
      "degree", "bachelor", "master's", "masters", "diploma", "gcse", "a level", "a-level", " nvq", "high school",
      " ged", "ba/bs", "b.s.", "m.a.", "b.a.", " phd", "graduate", "education", "postgraduate", "coursework",
    ]),
    (.trait, [
      "attitude", "personality", "passionate", "passion for", "motivated", "enthusias", "organised", "organized",
      "reliab", "detail-oriented", "detail oriented", "attention to detail", "self-starter", "self starter",
      "team player", "friendly", "calm", "patient", "energetic", "eye for", "positive", "integrity", "mindset",
      "work ethic", "dependab", "punctual", "flexible", "adaptab", "curious", "curiosity", "empath", "resilien",
      "proactive", "initiative", "independently", "autonomy", "ownership", "sense of urgency", "personable",
      "approachable", "compassion", "caring", "honest", "trustworthy", "confident", "professionalism",
      "thrive", "enjoys", "loves", "likes to", "like to", "eager", "hard-working", "hardworking", "sharp mind", "numerate", "literate",
    ]),
    (.experience, [
      "years of", "years' experience", "years experience", "year experience", "years in ", "years as ",
      "experience in", "experience as", "experience of", "experience working", "background in", "track record",
      "previous experience", "prior experience", "proven experience",
    ]),
  ]
}
