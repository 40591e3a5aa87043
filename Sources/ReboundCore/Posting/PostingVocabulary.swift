/// The words that tell a posting's items apart, as data in one place: what marks a requirement,
/// a duty, a benefit, the company talking about itself, or how to apply.
enum PostingVocabulary {
  static let requirement = MarkerList(requirementMarkers)
  static let nice = MarkerList(niceMarkers)
  static let must = MarkerList(mustMarkers)
  static let benefit = MarkerList(benefitMarkers)
  static let apply = MarkerList(applyMarkers)
  static let company = MarkerList(companyMarkers)

  /// An item that says it is required, or names a qualification, whatever section it sits in.
  static let requirementMarkers = [
    "must have", "must be", "must hold", "must possess", "must pass", "must demonstrate", "is a must",
    "are a must", "required", "requirement", "is essential", "are essential", "essential", "years of experience",
    "years' experience", "years experience", "year experience", "years of ", "experience in", "experience with",
    "experience of", "experience working", "experience as", "degree", "diploma", "bachelor", "master's",
    "masters", "b.s.", "m.a.", "ba/bs", "phd", "gcse", "nvq", "a level", "certification", "certified",
    "certificate", "licence", "license", "licensed", "registration", "registered", "qualification",
    "qualified", "knowledge of", "knowledge in", "ability to", "able to", "proficien", "fluent", "fluency",
    "familiarity with", "familiar with", "understanding of", "background in", "track record", "skills",
    "skill", "you have", "you are", "you'll have",
    "you will have", "you bring", "willing to", "willingness to", "eligible to", "right to work",
    "background check", "drug screen", "clean driving", "driving record", "capable of", "competent",
    "expertise", "experience", "attitude", "personality", "passionate about", "detail-oriented",
    "detail oriented", "attention to detail", "self-starter", "self starter", "team player", "motivated",
    "organised", "organized", "communication", "numerate", "literate",
  ]

  /// Words that mark an item as optional, wherever it sits.
  static let niceMarkers = [
    "preferred", "a plus", "is a plus", "nice to have", "nice-to-have", "bonus", "ideally", "desirable",
    "an asset", "is an advantage", "an advantage", "advantageous", "would be great", "beneficial",
    "would be nice", "not required", "not essential", "helpful", "highly valued", "additional consideration",
    "preferably", "would also be", "even better", "welcome", "(d)", "(desirable)",
  ]

  /// Words that make an item required even in a list of nice-to-haves.
  static let mustMarkers = ["(required)", "is a must", "are a must", "(e)", "(essential)", "is essential", "must "]

  /// What the employer offers rather than asks for.
  static let benefitMarkers = [
    "insurance", "pension", "401k", "401(k)", "paid time off", "holiday", "vacation", "annual leave",
    "competitive salary", "competitive pay", "competitive compensation", "compensation", "salary",
    "bonus scheme", "discount", "parking", "gym", "lunch", "breakfast", "snacks", "we offer", "you'll get",
    "you will get", "you can expect", "perks", "benefits", "stock options", "equity", "career advancement",
    "professional development", "opportunities for", "work environment", "new office", "stylish office", "relocation package",
    "sponsored", "reimburse", "free ", "flexible schedule", "flexible hours", "visa", "housing provided",
    "airfare", "paid for", "wellness", "cycle to work", "childcare", "employee assistance",
  ]

  /// How to apply, who to contact, and other lines that are not about the job.
  static let applyMarkers = [
    "to apply", "how to apply", "apply now", "apply today", "click apply", "apply online", "apply via",
    "please apply", "send your", "send us", "email us", "email your", "e-mail us", "submit your",
    "submit resume", "resumes to", "cv to", "contact us", "please contact", "for further details",
    "informal visits", "closing date", "telephone number", "phone calls", "reach out to", "http", "www.",
    "equal opportunity", "equal opportunities", "equal-opportunity", "eeo", "regardless of race", "without regard",
    "reasonable accommodation", "reasonably accommodate", "protected veteran", "inclusive employer",
    "follow us on", "recruitment agencies", "walk-ins", "c2c", "third party submissions",
    "3rd party submissions", "veterans preference", "name:", "where can i find out more",
    "love to hear from you", "hear from you", "get in touch", "if this sounds like you", "come and join",
    "join our journey", "interested?", "what's next", "whats next", "if you are claiming", "submit all",
    "documents must", "your application", "tentative job offer", "referral to management",
    "qualification determinations", "resumes do not", "hours per week you worked", "dates you held",
    "federal agencies", "selective service", "financial disclosure", "direct deposit", "trial period",
  ]

  /// The company describing itself.
  static let companyMarkers = [
    "we are", "we're a", "we're an", "we're the", "our mission", "our team", "our company", "founded",
    "our customers", "our clients", "we believe", "we pride", "our culture", "our philosophy", "join us",
    "join our", "we help", "we have", "our story", "leading ", "leader in", "headquartered", "since 19",
    "since 20", "is a global", "is a leading",
  ]

  /// Words that open an item requiring something, not describing a duty: "Experience with…", "Strong…".
  static let requirementOpeners: Set<String> = [
    "experience", "experienced", "knowledge", "knowledgeable", "ability", "able", "proficiency", "proficient",
    "understanding", "strong", "excellent", "exceptional", "outstanding", "good", "great", "solid", "proven",
    "demonstrated", "demonstrable", "must", "working", "familiarity", "familiar", "fluent", "fluency",
    "bachelor", "bachelor's", "bachelors", "master", "master's", "degree", "diploma", "certification",
    "certified", "current", "valid", "licensed", "registered", "minimum", "at", "previous", "prior",
    "basic", "advanced", "deep", "hands", "comfortable", "confident", "skilled", "skills", "passion",
    "passionate", "self", "detail", "high", "highly", "creative", "effective", "superb", "eager",
    "energetic", "enthusiastic", "motivated", "organised", "organized", "willing", "willingness",
    "commitment", "committed", "a", "an", "you", "your", "fundamental", "thorough", "sound", "expert",
    "expertise", "background", "interest", "keen", "sharp", "intermediate", "native", "team",
  ]
}
